import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCorpus } from '../testing/fixtures.js';
import { tempDir } from '../testing/temp-export.js';
import { strictAjv } from '../testing/validators.js';
import { writeExport } from '../write-export.js';
import { ndjsonOfArticle, RECORD_TYPES, recordsOfArticle } from './ndjson.js';
import { ndjsonRecordSchemas } from './schema.js';

const readLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((line) => JSON.parse(line));

describe('ndjson format', () => {
  it('writes one file per record type, every line valid against its row schema', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['ndjson'], outDir: out });
    const ajv = strictAjv();
    const schemas = ndjsonRecordSchemas();
    for (const type of RECORD_TYPES) {
      const validate = ajv.compile(schemas[type]);
      const rows = readLines(join(out, `ndjson/${type}.ndjson`));
      for (const row of rows) expect(validate(row), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('holds exactly the corpus records, each annotation row tagged with its article', async () => {
    const out = join(tempDir(), 'export');
    const corpus = exportCorpus();
    await writeExport({ corpus, formats: ['ndjson'], outDir: out });
    const read = (type: string) => readLines(join(out, `ndjson/${type}.ndjson`));
    // By hand from the fixture: 9 + 3 mentions, 3 + 1 quotes, 1 time, 1 event, 8 entities.
    expect(read('mentions')).toHaveLength(12);
    expect(read('quotes')).toHaveLength(4);
    expect(read('times')).toHaveLength(1);
    expect(read('events')).toHaveLength(1);
    expect(read('entities')).toEqual(corpus.entities);
    const articles = read('articles');
    expect(articles.map((a) => a.id)).toEqual(['summit-talks', 'trump-in-rome']);
    expect(articles[0].text).toBe(corpus.articles[0]!.text);
    expect(articles[0]).not.toHaveProperty('mentions');
    for (const type of ['mentions', 'quotes', 'times', 'events'] as const) {
      const rows = read(type);
      for (const article of corpus.articles) {
        const mine = rows.filter((r) => r.articleId === article.id).map(({ articleId, ...rest }) => rest);
        expect(mine, `${type} of ${article.id}`).toEqual(article[type]);
      }
    }
  });

  it('ends every file with a newline and writes empty record types as empty files', async () => {
    const out = join(tempDir(), 'export');
    const corpus = exportCorpus();
    corpus.articles = [corpus.articles[1]!]; // the brief article has no times or events
    await writeExport({ corpus, formats: ['ndjson'], outDir: out });
    expect(readFileSync(join(out, 'ndjson/times.ndjson'), 'utf8')).toBe('');
    expect(readFileSync(join(out, 'ndjson/mentions.ndjson'), 'utf8').endsWith('}\n')).toBe(true);
  });
});

describe('ndjsonOfArticle', () => {
  it('gives, as text, exactly the rows of recordsOfArticle, key order included', () => {
    for (const article of exportCorpus().articles) {
      const text = ndjsonOfArticle(article);
      const records = recordsOfArticle(article);
      for (const type of ['articles', 'mentions', 'quotes', 'times', 'events'] as const) {
        const expected = records[type].map((row) => `${JSON.stringify(row)}\n`).join('');
        expect(text[type], `${article.id} ${type}`).toBe(expected);
      }
    }
  });
});
