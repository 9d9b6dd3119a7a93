import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusSchema } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from '../testing/fixtures.js';
import { tempDir } from '../testing/temp-export.js';
import { strictAjv } from '../testing/validators.js';
import { writeExport } from '../write-export.js';

describe('json format', () => {
  it('writes the corpus and its JSON Schema, and the corpus validates against that schema', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['json'], outDir: out });
    const schema = JSON.parse(readFileSync(join(out, 'json/corpus.schema.json'), 'utf8'));
    const corpus = JSON.parse(readFileSync(join(out, 'json/corpus.json'), 'utf8'));
    const validate = strictAjv().compile(schema);
    expect(validate.errors ?? null).toBeNull();
    expect(validate(corpus), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects a corpus with a wrong field, so the check above can fail', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['json'], outDir: out });
    const validate = strictAjv().compile(
      JSON.parse(readFileSync(join(out, 'json/corpus.schema.json'), 'utf8')),
    );
    const corpus = JSON.parse(readFileSync(join(out, 'json/corpus.json'), 'utf8'));
    corpus.articles[0].mentions[0].form = 'nickname';
    expect(validate(corpus)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/articles/0/mentions/0/form');
  });

  it('round-trips: parsing the export with CorpusSchema gives back the same corpus', async () => {
    const out = join(tempDir(), 'export');
    const corpus = exportCorpus();
    await writeExport({ corpus, formats: ['json'], outDir: out });
    const text = readFileSync(join(out, 'json/corpus.json'), 'utf8');
    expect(CorpusSchema.parse(JSON.parse(text))).toEqual(corpus);
    // Streamed piece by piece, yet byte for byte what stringifying the whole validated corpus gives
    // (records are written as the schema parses them: keys in schema order, defaults applied).
    expect(text).toBe(`${JSON.stringify(CorpusSchema.parse(corpus))}\n`);
  });
});
