import { buildSearchIndex, serializeSearchIndex } from '@dispatch/core';
import { corpusIndex } from '../../src/data/corpus';

// Written once at build time to out/search-data.json; only the search page fetches it.
export const dynamic = 'force-static';

/** The corpus and its prebuilt full-text index, for the search page to run queries in the browser. */
export async function GET() {
  const index = await corpusIndex();
  const body = `{"corpus":${JSON.stringify(index.corpus)},"search":${serializeSearchIndex(buildSearchIndex(index))}}`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
