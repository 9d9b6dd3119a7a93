import { CorpusSchema } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from './fixture-corpus.js';

describe('fixtureCorpus', () => {
  it('is a valid corpus, so component tests render data the site could really get', () => {
    const result = CorpusSchema.safeParse(fixtureCorpus());
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
