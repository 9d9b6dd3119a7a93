import { describe, expect, it } from 'vitest';
import { CorpusSchema } from '../schema/corpus.js';
import { queryCorpus } from './query-fixture.js';

describe('queryCorpus fixture', () => {
  it('is a valid corpus (every span inside its text, every entity known)', () => {
    const result = CorpusSchema.safeParse(queryCorpus);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
