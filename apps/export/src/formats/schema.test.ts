import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from '../testing/fixtures.js';
import { tempDir } from '../testing/temp-export.js';
import { readTree, strictAjv } from '../testing/validators.js';
import { writeExport } from '../write-export.js';
import { ndjsonRecordSchemas } from './schema.js';

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; description?: string };

/** Paths of every object property (at any depth) that has no description. */
function undescribed(schema: Schema, path = ''): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (!child.description) missing.push(`${path}.${key}`);
    missing.push(...undescribed(child, `${path}.${key}`));
  }
  if (schema.items) missing.push(...undescribed(schema.items, `${path}[]`));
  for (const option of schema.anyOf ?? []) missing.push(...undescribed(option, path));
  return missing;
}

describe('schema format', () => {
  it('writes a draft 2020-12 schema for every record type and NDJSON row, each compiling in strict ajv', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['schema'], outDir: out });
    const files = [...readTree(out).keys()].filter((p) => p !== 'manifest.json');
    expect(files).toEqual([
      'schema/article.schema.json',
      'schema/corpus.schema.json',
      'schema/entity.schema.json',
      'schema/event.schema.json',
      'schema/mention.schema.json',
      'schema/ndjson/articles.schema.json',
      'schema/ndjson/entities.schema.json',
      'schema/ndjson/events.schema.json',
      'schema/ndjson/mentions.schema.json',
      'schema/ndjson/quotes.schema.json',
      'schema/ndjson/times.schema.json',
      'schema/quote.schema.json',
      'schema/time.schema.json',
    ]);
    const ajv = strictAjv();
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(out, file), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.compile(schema), file).not.toThrow();
    }
  });

  it('describes every field of every schema', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['schema'], outDir: out });
    for (const [file, bytes] of readTree(out)) {
      if (!file.startsWith('schema/')) continue;
      expect(undescribed(JSON.parse(bytes.toString('utf8'))), file).toEqual([]);
    }
  });

  it('the description check finds a property without one', () => {
    expect(undescribed({ properties: { a: { description: 'x', properties: { b: {} } } } })).toEqual(['.a.b']);
  });

  it('gives annotation rows a required articleId and article rows no annotation arrays', () => {
    const schemas = ndjsonRecordSchemas();
    const mentions = schemas.mentions as { required: string[]; properties: Record<string, unknown> };
    expect(mentions.required[0]).toBe('articleId');
    expect(Object.keys(mentions.properties)[0]).toBe('articleId');
    const articles = schemas.articles as { required: string[]; properties: Record<string, unknown> };
    expect(Object.keys(articles.properties)).not.toContain('mentions');
    expect(articles.required).toContain('structure');
    expect(articles.required).not.toContain('quotes');
  });
});
