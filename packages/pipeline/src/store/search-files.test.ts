import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSearchIndex, type Corpus, indexCorpus, searchCorpus, useSearchIndex } from '@dispatch/core';
import { loadSourceData } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile-corpus.js';
import { KeptFiles } from './kept-files.js';
import { openSearchFiles, SearchWriter } from './search-files.js';

// The real story told seven times under other ids, headlines and dates: three blocks of three articles.
const real = compileCorpus(loadSourceData(resolve(import.meta.dirname, '../../../../data')));
const story = real.articles[0]!;
const corpus: Corpus = {
  ...real,
  articles: Array.from({ length: 7 }, (_, i) => ({
    ...story,
    id: `${story.id}-${i}`,
    headline: `${['Ceasefire', 'Talks', 'Grain'][i % 3]} ${i}`,
    filed: `2025-05-${String(20 - i).padStart(2, '0')}`,
  })),
};

describe('search files of a compiled corpus', () => {
  it('hold every block and the postings, and answer as the index built in memory, even once removed', () => {
    const build = mkdtempSync(join(tmpdir(), 'dispatch-search-'));
    const index = indexCorpus(corpus);
    const writer = new SearchWriter(build, index.entities, 3);
    for (let ordinal = 0; ordinal < corpus.articles.length; ordinal++) writer.add(index.article(ordinal));
    writer.finish();
    const files = new KeptFiles(join(build, 'search'));
    expect(files.names()).toEqual([
      'block-0000.json',
      'block-0001.json',
      'block-0002.json',
      'meta.json',
      'postings.bin',
    ]);
    rmSync(build, { recursive: true });

    const fromFiles = indexCorpus(corpus);
    useSearchIndex(fromFiles, openSearchFiles(files));
    const inMemory = indexCorpus(corpus);
    useSearchIndex(inMemory, buildSearchIndex(inMemory, 3));
    for (const text of ['ceasefire', 'grain talks', 'ceasfire', 'said', 'xyzzy']) {
      for (const page of [{}, { offset: 2, limit: 5 }]) {
        expect(searchCorpus(fromFiles, text, page)).toEqual(searchCorpus(inMemory, text, page));
      }
    }
    // Every telling says "said" (three blocks), no quote or entity does.
    expect(searchCorpus(fromFiles, 'said').total).toBe(7);
  });
});
