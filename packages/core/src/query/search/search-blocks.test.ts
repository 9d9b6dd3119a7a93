import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../schema/corpus.js';
import { kyivArticle, queryCorpus, talksArticle } from '../../testing/query-fixture.js';
import { type CorpusIndex, indexCorpus } from '../corpus-index.js';
import { findQuotes } from '../quotes.js';
import { type SearchHit, searchCorpus } from './search.js';
import { foldTerm, loadSearchIndex, serializeSearchIndex } from './search-index.js';
import { buildSearchIndex, useSearchIndex } from './search-index-builder.js';

// Eleven stories (the fixture's two, told again under other headlines and dates), so that with blocks of
// three articles the index has four blocks.
const HEADLINES = ['Ceasefire talks resume', 'Grain deal holds', 'Putin ready for talks', 'Kyiv waits'];
const corpus: Corpus = {
  ...queryCorpus,
  articles: Array.from({ length: 11 }, (_, i) => ({
    ...(i % 2 === 0 ? talksArticle : kyivArticle),
    id: `story-${String(i).padStart(2, '0')}`,
    headline: `${HEADLINES[i % HEADLINES.length]} ${i}`,
    filed: `2025-04-${String(20 - i).padStart(2, '0')}`,
  })),
};

const indexWithBlocks = (blockSize: number): CorpusIndex => {
  const index = indexCorpus(corpus);
  useSearchIndex(index, buildSearchIndex(index, blockSize));
  return index;
};

const key = (hit: SearchHit) => `${hit.type}:${hit.entityId ?? hit.articleId}:${hit.quoteIndex ?? ''}`;
const QUERIES = [
  'ceasefire',
  'talks putin',
  'surren',
  'ceasfire',
  'grain zelensky',
  'witkof',
  'hold',
  'nothing',
];
const OPTIONS = [
  {},
  { scope: 'quote' as const },
  { scope: 'article' as const },
  { scope: 'entity' as const },
  { after: '2025-04-14' },
  { before: '2025-04-12', scope: 'article' as const },
];

describe('search by blocks of articles', () => {
  const whole = indexWithBlocks(1000);
  const blocked = indexWithBlocks(3);

  it('finds the same documents, and counts them, as one index over the whole corpus', () => {
    for (const text of QUERIES) {
      for (const options of OPTIONS) {
        const one = searchCorpus(whole, text, options);
        const many = searchCorpus(blocked, text, options);
        expect(many.total, `${text} ${JSON.stringify(options)}`).toBe(one.total);
        expect(many.items.map(key).sort()).toEqual(one.items.map(key).sort());
        expect(many.items).toHaveLength(one.total);
      }
    }
    expect(searchCorpus(blocked, 'ceasefire').total).toBeGreaterThan(10);
    expect(searchCorpus(blocked, 'nothing').total).toBe(0);
  });

  it('pages through the blocks newest first, best first within each, with nothing repeated or lost', () => {
    for (const text of ['ceasefire', 'talks putin', 'zelensky']) {
      const all = searchCorpus(blocked, text).items;
      const paged: SearchHit[] = [];
      for (let offset = 0; offset < all.length; offset += 4) {
        const page = searchCorpus(blocked, text, { offset, limit: 4 });
        expect(page.total).toBe(all.length);
        paged.push(...page.items);
      }
      expect(paged.map(key)).toEqual(all.map(key));
      const blockOf = (hit: SearchHit) =>
        hit.articleId === null ? 0 : Math.floor(blocked.ordinalById.get(hit.articleId)! / 3);
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        expect(blockOf(a)).toBeLessThanOrEqual(blockOf(b));
        if (blockOf(a) === blockOf(b)) expect(a.score).toBeGreaterThanOrEqual(b.score);
      }
    }
  });

  it('ranks a corpus of one block exactly as before, entities among the articles', () => {
    const found = searchCorpus(whole, 'zelensky').items;
    const scores = found.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(found.map((hit) => hit.type)).toContain('entity');
  });

  it('finds quotes by their whole words from the postings, as the quote filter expects', () => {
    const quotes = (index: CorpusIndex, words: string[]) =>
      findQuotes(index, { words }).items.map((item) => `${item.articleId}:${item.quote.text}`);
    expect(quotes(blocked, ['ceasefire'])).toEqual(quotes(whole, ['ceasefire']));
    expect(quotes(blocked, ['ceasefire'])).toHaveLength(6);
    expect(quotes(blocked, ['surrender', 'zelensky'])).toHaveLength(5);
    expect(quotes(blocked, ['surren'])).toEqual([]);
  });

  it('serialises every block and answers the same once loaded', () => {
    const loaded = indexCorpus(corpus);
    useSearchIndex(loaded, loadSearchIndex(serializeSearchIndex(buildSearchIndex(loaded, 3))));
    for (const text of QUERIES) expect(searchCorpus(loaded, text)).toEqual(searchCorpus(blocked, text));
  });
});

describe('foldTerm', () => {
  it('folds ASCII words by lower-casing them, and others without accents as well', () => {
    expect(['Ceasefire', 'TALKS', '', 'Zelénskyy', 'ÉLAN', 'ﬁnal', 'straße'].map(foldTerm)).toEqual([
      'ceasefire',
      'talks',
      null,
      'zelenskyy',
      'elan',
      'final',
      'straße',
    ]);
  });
});
