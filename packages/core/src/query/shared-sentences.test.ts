import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { indexCorpus } from './corpus-index.js';
import { sharedSentences } from './shared-sentences.js';

describe('sharedSentences', () => {
  // Fixture: the dateline LONDON lies before the first sentence; sentence 1 names Ada Lovelace and
  // Charles Babbage; sentence 2 names only Lovelace.
  it('pairs every two entities named in one sentence, citing that sentence', () => {
    const pairs = sharedSentences(indexCorpus(fixtureCorpus()));
    expect(pairs.map((p) => p.entityIds)).toEqual([['ada-lovelace', 'charles-babbage']]);
    expect(pairs[0]!.sentences).toEqual([
      {
        articleId: 'engine-talk',
        headline: 'Lovelace meets Babbage',
        sentenceId: 's-8',
        span: { start: 8, end: 51 },
        text: 'Ada Lovelace met Charles Babbage on Monday.',
      },
    ]);
  });

  it('filters by entity and by kind', () => {
    const index = indexCorpus(fixtureCorpus());
    expect(sharedSentences(index, { kinds: ['PERSON'] })).toHaveLength(1);
    expect(sharedSentences(index, { kinds: ['PERSON', 'ORG'] })).toHaveLength(1);
    expect(sharedSentences(index, { kinds: ['LOC', 'ORG'] })).toEqual([]);
    expect(sharedSentences(index, { entityId: 'charles-babbage' })).toHaveLength(1);
    expect(sharedSentences(index, { entityId: 'london' })).toEqual([]);
  });

  it('counts a pair once per sentence, across articles', () => {
    const other = fixtureArticle({ id: 'again', filed: '1843-01-01' });
    const pairs = sharedSentences(indexCorpus(fixtureCorpus([fixtureArticle(), other])), {
      kinds: ['PERSON'],
    });
    expect(pairs[0]!.sentences.map((s) => s.articleId)).toEqual(['engine-talk', 'again']);
  });
});
