import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnnotatedArticle, type Corpus, CorpusSchema, indexCorpus } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { selectByQuery } from './query-selection.js';
import { exportCorpus } from './testing/fixtures.js';
import { tempDir } from './testing/temp-export.js';
import { writeExport } from './write-export.js';

/** Runs a query on the fixture corpus and gathers the selection into a plain corpus. */
function selectFixture(text: string): { corpus: Corpus; notes: string[] } {
  const { input, notes } = selectByQuery(indexCorpus(exportCorpus()), text);
  const articles = [...(input.articles as Iterable<AnnotatedArticle>)];
  return { corpus: { schemaVersion: input.schemaVersion, entities: [...input.entities], articles }, notes };
}

describe('selectByQuery', () => {
  it('keeps whole articles for an articles query, and only the entities they refer to', () => {
    const { corpus } = selectFixture('articles entity:putin');
    expect(corpus.articles.map((a) => a.id)).toEqual(['summit-talks']);
    expect(corpus.articles[0]!.mentions).toHaveLength(9);
    expect(corpus.entities.map((e) => e.id)).not.toContain('rome');
    expect(corpus.entities.map((e) => e.id)).toContain('vladimir-putin');
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('keeps only the matching quotes for a quotes query, in the articles that have them', () => {
    const { corpus } = selectFixture('quotes speaker:trump');
    expect(corpus.articles.map((a) => [a.id, a.quotes.map((q) => q.text)])).toEqual([
      ['summit-talks', ['Stop!']],
      ['trump-in-rome', ['we are close']],
    ]);
    // Other record types stay whole: the quotes keep their context.
    expect(corpus.articles[0]!.mentions).toHaveLength(9);
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('keeps matching entities and no articles for an entities query', () => {
    const { corpus } = selectFixture('entities kind:loc');
    expect(corpus.entities.map((e) => e.id).sort()).toEqual(['moscow', 'rome']);
    expect(corpus.articles).toEqual([]);
  });

  it('exports every match, not just the first page, unless the query asks for a page', () => {
    expect(selectFixture('articles').corpus.articles).toHaveLength(2);
    expect(selectFixture('articles limit:1').corpus.articles).toHaveLength(1);
  });

  it('passes on the notes of the query engine, and selects nothing for an unknown name', () => {
    const { corpus, notes } = selectFixture('quotes speaker:nobodyknown');
    expect(corpus.articles).toEqual([]);
    expect(notes).toEqual(["no entity matches 'nobodyknown'"]);
  });

  it('refuses a malformed query with a usage error pointing at the offending token', () => {
    let error: unknown;
    try {
      selectFixture('quotes after:yesterday');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toMatch(/^invalid query: /);
    // "quotes after:" is 13 characters: the carets sit under the 9 letters of "yesterday".
    expect(message).toContain(`\n  quotes after:yesterday\n  ${' '.repeat(13)}${'^'.repeat(9)}`);
  });
});

describe('writeExport with a query', () => {
  it('writes only the selection and records the query in the manifest', async () => {
    const out = join(tempDir(), 'export');
    const { manifest } = await writeExport({
      corpus: exportCorpus(),
      formats: ['ndjson'],
      outDir: out,
      query: 'quotes speaker:peskov',
    });
    expect(manifest.query).toBe('quotes speaker:peskov');
    expect(manifest.counts.quotes).toBe(1);
    expect(manifest.counts.articles).toBe(1);
    const quotes = readFileSync(join(out, 'ndjson/quotes.ndjson'), 'utf8').trimEnd().split('\n');
    expect(quotes.map((line) => JSON.parse(line).text)).toEqual(['The talks were constructive,']);
  });
});
