import { describe, expect, it } from 'vitest';
import { queryCorpus } from '../../testing/query-fixture.js';
import { indexCorpus } from '../corpus-index.js';
import { searchCorpus } from './search.js';
import { loadSearchIndex, serializeSearchIndex } from './search-index.js';
import { buildSearchIndex, useSearchIndex } from './search-index-builder.js';

describe('search index serialisation', () => {
  it('loads what it wrote and answers the same as a freshly built index', () => {
    const json = serializeSearchIndex(buildSearchIndex(indexCorpus(queryCorpus)));
    const loaded = indexCorpus(queryCorpus);
    useSearchIndex(loaded, loadSearchIndex(json));
    const fresh = indexCorpus(queryCorpus);
    for (const text of ['ceasefire', 'talks putin', 'surren', 'witkof']) {
      expect(searchCorpus(loaded, text)).toEqual(searchCorpus(fresh, text));
    }
    expect(searchCorpus(loaded, 'witkof').items.map((h) => h.entityId ?? h.articleId)).toContain(
      'steve-witkoff',
    );
  });

  it('refuses text that is not a search index', () => {
    expect(() => loadSearchIndex('{"version":0}')).toThrow(/not a Dispatch search index/);
  });
});
