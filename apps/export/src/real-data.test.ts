import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusSchema } from '@dispatch/core';
import { loadCorpus } from '@dispatch/pipeline';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { offlineDocumentLoader } from './document-loader.js';
import { tempDir } from './testing/temp-export.js';
import { ninjsValidator, readTree, strictAjv } from './testing/validators.js';
import { writeExport } from './write-export.js';

const dataDir = resolve(import.meta.dirname, '../../../data');

describe('export of the real data', () => {
  it('writes every format for the seed article, each valid', async () => {
    const corpus = loadCorpus({ dataDir, cache: false });
    const out = join(tempDir(), 'export');
    const { manifest } = await writeExport({ corpus, formats: 'all', outDir: out });
    const tree = readTree(out);
    const json = (path: string) => JSON.parse(tree.get(path)!.toString('utf8'));

    // json: validates against its generated schema and parses back into the same corpus.
    const validateCorpus = strictAjv().compile(json('json/corpus.schema.json'));
    expect(validateCorpus(json('json/corpus.json')), JSON.stringify(validateCorpus.errors)).toBe(true);
    expect(CorpusSchema.parse(json('json/corpus.json'))).toEqual(corpus);

    const seed = corpus.articles.find((a) => a.id === 'putin-witkoff-talks')!;
    expect(seed.sha256).toBe('466847ae5ab36411a422b1a1184a840d66645d008b9e72aee92a883369fe24fd');
    expect(manifest.counts.articles).toBe(corpus.articles.length);
    expect(manifest.counts.quotes).toBe(corpus.articles.reduce((n, a) => n + a.quotes.length, 0));

    // ninjs: valid against IPTC's schema; Putin (Q7747) among the people.
    const ninjs = json('ninjs/putin-witkoff-talks.json');
    const validateNinjs = ninjsValidator();
    expect(validateNinjs(ninjs), JSON.stringify(validateNinjs.errors)).toBe(true);
    expect(ninjs.people).toContainEqual(
      expect.objectContaining({ name: 'Vladimir Putin', uri: 'http://www.wikidata.org/entity/Q7747' }),
    );
    expect(ninjs.located).toBe('Moscow');

    // jsonld and annotations: expand offline in safe mode.
    for (const path of ['jsonld/putin-witkoff-talks.jsonld', 'annotations/putin-witkoff-talks.jsonld']) {
      const expanded = await jsonld.expand(json(path), { documentLoader: offlineDocumentLoader, safe: true });
      expect(expanded.length, path).toBeGreaterThan(0);
    }

    // annotations: every position selector, counted in code points, covers its exact words.
    const codePoints = Array.from(seed.text);
    const items = json('annotations/putin-witkoff-talks.jsonld').first.items as {
      target: { selector: [{ exact: string }, { start: number; end: number }] };
    }[];
    expect(items.length).toBe(seed.mentions.length + seed.quotes.length);
    for (const { target } of items) {
      const [quote, position] = target.selector;
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }

    // the manifest's checksums cover every file.
    expect(manifest.files.length).toBe(tree.size - 1);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toContain('"generator"');
  }, 60_000);

  // cache: false extracts every time, so this really re-extracts rather than reading the compiled store.
  it('gives byte-identical exports when the data is extracted again', async () => {
    const root = tempDir();
    const createdAt = new Date(0);
    await writeExport({
      corpus: loadCorpus({ dataDir, cache: false }),
      formats: 'all',
      outDir: join(root, 'a'),
      createdAt,
    });
    await writeExport({
      corpus: loadCorpus({ dataDir, cache: false }),
      formats: 'all',
      outDir: join(root, 'b'),
      createdAt,
    });
    const a = readTree(join(root, 'a'));
    const b = readTree(join(root, 'b'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  }, 60_000);
});
