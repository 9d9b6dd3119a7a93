import { QUERY_HELP } from '@dispatch/core';
import type { Metadata } from 'next';
import { SearchApp } from '../../src/components/search/search-app';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search Dispatch stories, quotes and people with a small query language.',
};

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <noscript>
        <p>
          Search runs in your browser and needs JavaScript. Every story, person, quote and date is also
          reachable from the <a href="/">stories</a>, <a href="/quotes/">quotes</a> and{' '}
          <a href="/timeline/">timeline</a> pages.
        </p>
      </noscript>
      <SearchApp />
      <details className="query-help">
        <summary>Query syntax</summary>
        <pre>{QUERY_HELP}</pre>
      </details>
    </>
  );
}
