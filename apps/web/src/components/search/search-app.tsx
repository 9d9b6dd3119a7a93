'use client';

import {
  type Corpus,
  type CorpusIndex,
  indexCorpus,
  loadSearchIndex,
  parseQuery,
  type QueryResult,
  runQuery,
  useSearchIndex,
} from '@dispatch/core';
import { useEffect, useMemo, useState } from 'react';
import { SearchResults } from './search-results';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; index: CorpusIndex };

async function loadIndex(): Promise<CorpusIndex> {
  const response = await fetch('/search-data.json');
  if (!response.ok) throw new Error(`the search index could not be loaded (HTTP ${response.status})`);
  const data = (await response.json()) as { corpus: Corpus; search: unknown };
  const index = indexCorpus(data.corpus);
  // The full-text index was built at build time; loading it is cheaper than indexing again here.
  useSearchIndex(index, loadSearchIndex(JSON.stringify(data.search)));
  return index;
}

/**
 * The search page's one interactive part: the query from `?q=`, run against the prebuilt index in the
 * browser as you type, and kept in the URL so a search can be shared.
 */
export function SearchApp() {
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get('q') ?? '');
    loadIndex().then(
      (index) => setLoaded({ state: 'ready', index }),
      (error: Error) => setLoaded({ state: 'failed', message: error.message }),
    );
  }, []);

  const outcome = useMemo((): { error: string } | { result: QueryResult } | null => {
    if (loaded.state !== 'ready' || !query.trim()) return null;
    const parsed = parseQuery(query);
    if (!parsed.ok) return { error: parsed.error.message };
    return { result: runQuery(loaded.index, parsed.query) };
  }, [loaded, query]);

  const onChange = (value: string) => {
    setQuery(value);
    const url = value.trim() ? `?q=${encodeURIComponent(value)}` : window.location.pathname;
    window.history.replaceState(null, '', url);
  };

  return (
    <search className="search-app">
      <form action="/search/" method="get" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="q">Query</label>
        <div className="search-row">
          <input
            id="q"
            name="q"
            type="search"
            value={query}
            onChange={(event) => onChange(event.target.value)}
            placeholder='quotes speaker:trump channel:"Truth Social"'
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-status"
          />
          <button type="submit">Search</button>
        </div>
      </form>
      <p id="search-status" className="muted" aria-live="polite">
        {loaded.state === 'loading'
          ? 'Loading the index…'
          : loaded.state === 'failed'
            ? `Search is unavailable: ${loaded.message}`
            : outcome === null
              ? 'Type a query or a few words.'
              : 'error' in outcome
                ? `Not a query: ${outcome.error}`
                : ''}
      </p>
      {loaded.state === 'ready' && outcome && 'result' in outcome ? (
        <SearchResults index={loaded.index} result={outcome.result} />
      ) : null}
    </search>
  );
}
