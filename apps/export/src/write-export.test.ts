import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusSchema } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { ExportDataError, UsageError } from './errors.js';
import { FORMAT_NAMES } from './formats/registry.js';
import { cloneArticle, exportCorpus, summitArticle } from './testing/fixtures.js';
import { tempDir } from './testing/temp-export.js';
import { readTree } from './testing/validators.js';
import { writeExport } from './write-export.js';

const createdAt = new Date('2025-05-01T12:00:00Z');

describe('writeExport', () => {
  it('writes every format in its folder, plus manifest.json', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: out, createdAt });
    expect(readdirSync(out).sort()).toEqual([...FORMAT_NAMES, 'manifest.json'].sort());
    expect(readdirSync(join(out, 'ninjs')).sort()).toEqual(['summit-talks.json', 'trump-in-rome.json']);
    expect(readdirSync(join(out, 'jsonld')).sort()).toEqual(['summit-talks.jsonld', 'trump-in-rome.jsonld']);
  });

  it('is deterministic: two exports of the same data are byte-identical, manifest included', async () => {
    const root = tempDir();
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: join(root, 'a'), createdAt });
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: join(root, 'b'), createdAt });
    const a = readTree(join(root, 'a'));
    const b = readTree(join(root, 'b'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('records versions, counts and the sha256 and size of every file in the manifest', async () => {
    const out = join(tempDir(), 'export');
    const { manifest } = await writeExport({
      corpus: exportCorpus(),
      formats: 'all',
      outDir: out,
      createdAt,
    });
    const onDisk = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(onDisk).toEqual(manifest);
    expect(manifest.generator).toEqual({ name: 'dispatch-export', version: '0.1.0' });
    expect(manifest.schemaVersion).toBe('1.0.0');
    expect(manifest.createdAt).toBe('2025-05-01T12:00:00.000Z');
    expect(manifest.counts).toEqual({
      articles: 2,
      entities: 8,
      mentions: 12,
      quotes: 4,
      times: 1,
      events: 1,
    });
    const tree = readTree(out);
    tree.delete('manifest.json');
    expect(manifest.files.map((f) => f.path)).toEqual([...tree.keys()]);
    for (const file of manifest.files) {
      const bytes = tree.get(file.path)!;
      expect(file.bytes, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('replaces a previous export completely', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: out, createdAt });
    await writeExport({ corpus: exportCorpus(), formats: ['json'], outDir: out, createdAt });
    expect(readdirSync(out).sort()).toEqual(['json', 'manifest.json']);
  });

  it('refuses to replace a folder that is not an export, and leaves it as it was', async () => {
    const out = join(tempDir(), 'documents');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.txt'), 'years of work');
    await expect(writeExport({ corpus: exportCorpus(), formats: ['json'], outDir: out })).rejects.toThrow(
      /refusing to replace .*documents: it is not empty and holds no dispatch-export manifest.json/,
    );
    expect(readdirSync(out)).toEqual(['thesis.txt']);
  });

  it('reports invalid data with the record and the field, and keeps the previous export', async () => {
    const root = tempDir();
    const out = join(root, 'export');
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: out, createdAt });
    const before = readTree(out);
    const corpus = exportCorpus();
    const bad = summitArticle();
    bad.mentions[2] = { ...bad.mentions[2]!, span: { start: 30, end: 999 } };
    corpus.articles = [corpus.articles[1]!, cloneArticle(bad, 'broken-story')];
    const attempt = writeExport({ corpus, formats: 'all', outDir: out, createdAt });
    await expect(attempt).rejects.toThrow(ExportDataError);
    await expect(writeExport({ corpus, formats: 'all', outDir: out, createdAt })).rejects.toThrow(
      'invalid data: article "broken-story" (articles[1]) mentions[2].span: span [30, 999) lies outside the text (length 256)',
    );
    const after = readTree(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, bytes] of before) expect(bytes.equals(after.get(path)!), path).toBe(true);
    expect(readdirSync(root)).toEqual(['export']); // no temporary folder left behind
  });

  it('names the entity and field of an invalid entity, and an unknown entity reference', async () => {
    const out = join(tempDir(), 'export');
    const corpus = exportCorpus();
    corpus.entities[3] = { ...corpus.entities[3]!, wikidata: 'Moscow' };
    await expect(writeExport({ corpus, formats: ['json'], outDir: out })).rejects.toThrow(
      /^invalid data: entity "moscow" \(entities\[3\]\) wikidata: expected a Wikidata item id/,
    );
    const orphan = exportCorpus();
    orphan.entities = orphan.entities.filter((e) => e.id !== 'kremlin');
    await expect(writeExport({ corpus: orphan, formats: ['json'], outDir: out })).rejects.toThrow(
      'invalid data: article "summit-talks" (articles[0]) mentions[3].entityId: unknown entity "kremlin"',
    );
  });

  it('refuses two articles with the same id (their files would collide)', async () => {
    const corpus = exportCorpus();
    corpus.articles = [summitArticle(), summitArticle()];
    await expect(writeExport({ corpus, formats: ['ninjs'], outDir: join(tempDir(), 'x') })).rejects.toThrow(
      'article "summit-talks" (articles[1]) id: duplicate article id',
    );
  });

  it('refuses an unknown format before touching the disk', async () => {
    const root = tempDir();
    await expect(
      writeExport({ corpus: exportCorpus(), formats: ['json', 'xml'], outDir: join(root, 'x') }),
    ).rejects.toThrow(
      new UsageError(`unknown format "xml"; expected one of: ${FORMAT_NAMES.join(', ')}, all`),
    );
    expect(existsSync(join(root, 'x'))).toBe(false);
  });

  it('streams articles from an async generator (a corpus larger than memory)', async () => {
    const out = join(tempDir(), 'export');
    const corpus = exportCorpus();
    async function* articles() {
      for (let i = 0; i < 300; i++) yield cloneArticle(summitArticle(), `story-${i}`);
    }
    const { manifest } = await writeExport({
      corpus: { schemaVersion: corpus.schemaVersion, entities: corpus.entities, articles: articles() },
      formats: ['ndjson'],
      outDir: out,
    });
    expect(manifest.counts.articles).toBe(300);
    expect(readFileSync(join(out, 'ndjson/mentions.ndjson'), 'utf8').split('\n')).toHaveLength(300 * 9 + 1);
  });
});

describe('export folder permissions', () => {
  it('creates the export readable by others, as any folder the user makes (not 0700 like a temp dir)', async () => {
    const out = join(tempDir(), 'export');
    await writeExport({ corpus: exportCorpus(), formats: ['json'], outDir: out });
    const expected = 0o777 & ~process.umask();
    expect(statSync(out).mode & 0o777).toBe(expected);
  });
});

describe('writeExport with validate: false (a corpus loadCorpus has just validated)', () => {
  it('writes the same files as with validation, given a corpus as CorpusSchema parses it', async () => {
    const root = tempDir();
    await writeExport({ corpus: exportCorpus(), formats: 'all', outDir: join(root, 'a'), createdAt });
    await writeExport({
      corpus: CorpusSchema.parse(exportCorpus()),
      formats: 'all',
      outDir: join(root, 'b'),
      createdAt,
      validate: false,
    });
    const a = readTree(join(root, 'a'));
    const b = readTree(join(root, 'b'));
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('still refuses unknown entities and duplicate ids', async () => {
    const orphan = exportCorpus();
    orphan.entities = orphan.entities.filter((e) => e.id !== 'rome');
    await expect(
      writeExport({ corpus: orphan, formats: ['json'], outDir: join(tempDir(), 'x'), validate: false }),
    ).rejects.toThrow(
      'invalid data: article "trump-in-rome" (articles[1]) mentions[1].entityId: unknown entity "rome"',
    );
    const twice = exportCorpus();
    twice.articles = [summitArticle(), summitArticle()];
    await expect(
      writeExport({ corpus: twice, formats: ['json'], outDir: join(tempDir(), 'x'), validate: false }),
    ).rejects.toThrow('duplicate article id');
  });
});
