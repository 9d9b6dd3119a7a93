import { join } from 'node:path';
import { CorpusSchema, deriveIndex, indexCorpus, openCorpusIndex } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from './testing/fixtures.js';
import { tempDir } from './testing/temp-export.js';
import { readTree } from './testing/validators.js';
import { inputFromIndex } from './validate.js';
import { writeExport } from './write-export.js';

const createdAt = new Date('2025-05-01T00:00:00Z');

/** A lazily loaded index over the fixture corpus that counts how often each article body is read. */
function countingIndex() {
  const corpus = CorpusSchema.parse(exportCorpus());
  const loads = new Map<string, number>();
  const index = openCorpusIndex({
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    derived: deriveIndex(corpus),
    cacheSize: 0,
    loadArticle: (ordinal) => {
      const article = corpus.articles[ordinal]!;
      loads.set(article.id, (loads.get(article.id) ?? 0) + 1);
      return article;
    },
  });
  return { corpus, index, loads };
}

describe('inputFromIndex', () => {
  it('exports the same files as the corpus itself', async () => {
    const root = tempDir();
    const corpus = CorpusSchema.parse(exportCorpus());
    await writeExport({ corpus, formats: 'all', outDir: join(root, 'a'), createdAt });
    await writeExport({
      corpus: inputFromIndex(indexCorpus(corpus)),
      formats: 'all',
      outDir: join(root, 'b'),
      createdAt,
    });
    const a = readTree(join(root, 'a'));
    const b = readTree(join(root, 'b'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('reads each article body once for a whole export', async () => {
    const { index, loads } = countingIndex();
    await writeExport({ corpus: inputFromIndex(index), formats: ['ndjson'], outDir: join(tempDir(), 'x') });
    expect(Object.fromEntries(loads)).toEqual({ 'summit-talks': 1, 'trump-in-rome': 1 });
  });

  it('runs a query on the index and never reads the bodies of articles it does not select', async () => {
    const { index, loads } = countingIndex();
    const { manifest } = await writeExport({
      corpus: inputFromIndex(index),
      formats: ['json'],
      outDir: join(tempDir(), 'x'),
      query: 'articles entity:rome',
    });
    expect(manifest.counts.articles).toBe(1);
    expect(loads.has('summit-talks')).toBe(false);
    expect(loads.get('trump-in-rome')).toBeGreaterThan(0);
  });
});
