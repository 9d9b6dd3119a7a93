import MiniSearch, { type Options } from 'minisearch';
import type { AnnotatedArticle } from '../../schema/corpus.js';
import type { Entity } from '../../schema/entity.js';
import { type CorpusIndex, memoize } from '../corpus-index.js';

/** One searchable record: an article, a quote or an entity. */
export interface SearchDocument {
  /** `a:<articleId>`, `q:<articleId>:<quote index>` or `e:<entityId>`: readable without the corpus. */
  id: string;
  /** Headline, speaker name or entity name. */
  title: string;
  /** Article text, quoted words, or an entity's aliases and roles. */
  text: string;
}

/** A built full-text index over a corpus; serialise it with `serializeSearchIndex`. */
export type SearchIndex = MiniSearch<SearchDocument>;

/** Splits on spaces and punctuation as MiniSearch does by default; kept here so snippets split alike. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** Folds a term as names are folded: no diacritics, lower case, apostrophes dropped. */
export function foldTerm(term: string): string | null {
  const folded = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.length > 0 ? folded : null;
}

// Building and loading must agree on these, or a loaded index would fold terms differently.
const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: (text) => text.split(WORD_SEPARATOR),
  processTerm: foldTerm,
};

/** Version of the index layout; a serialised index of another version is rebuilt, not loaded. */
export const SEARCH_INDEX_VERSION = 1;

export function articleDocument(article: AnnotatedArticle): SearchDocument {
  return { id: `a:${article.id}`, title: article.headline, text: article.text };
}

export function quoteDocuments(article: AnnotatedArticle): SearchDocument[] {
  return article.quotes.map((quote, i) => ({
    id: `q:${article.id}:${i}`,
    title: quote.speaker?.name ?? '',
    text: quote.text,
  }));
}

export function entityDocument(entity: Entity): SearchDocument {
  return { id: `e:${entity.id}`, title: entity.name, text: [...entity.aliases, ...entity.roles].join(' · ') };
}

/** An empty search index, for a compiler that adds documents as it streams through a corpus. */
export function createSearchIndex(): SearchIndex {
  return new MiniSearch<SearchDocument>(OPTIONS);
}

/** Indexes every article, quote and entity of the corpus. Reads every article body once. */
export function buildSearchIndex(index: CorpusIndex): SearchIndex {
  const search = createSearchIndex();
  for (let ordinal = 0; ordinal < index.derived.headers.length; ordinal++) {
    const article = index.article(ordinal);
    search.add(articleDocument(article));
    search.addAll(quoteDocuments(article));
  }
  search.addAll(index.entities.map(entityDocument));
  return search;
}

/** The index as JSON text, to store beside a compiled corpus or ship to a browser. */
export function serializeSearchIndex(search: SearchIndex): string {
  return JSON.stringify({ version: SEARCH_INDEX_VERSION, index: search });
}

/** Loads what `serializeSearchIndex` wrote. Throws when the text is not a search index of this version. */
export function loadSearchIndex(json: string): SearchIndex {
  const parsed = JSON.parse(json) as { version?: unknown; index?: unknown };
  if (parsed?.version !== SEARCH_INDEX_VERSION || typeof parsed.index !== 'object' || parsed.index === null) {
    throw new Error(`not a Dispatch search index of version ${SEARCH_INDEX_VERSION}`);
  }
  return MiniSearch.loadJS(parsed.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
}

/** Makes `index` search with an index built earlier (e.g. loaded from disk) instead of building one. */
export function useSearchIndex(index: CorpusIndex, search: SearchIndex): void {
  index.memo.set('search', search);
}

/** The index's search index: the one attached with `useSearchIndex`, else built on first use. */
export function searchIndexOf(index: CorpusIndex): SearchIndex {
  return memoize(index, 'search', () => buildSearchIndex(index));
}
