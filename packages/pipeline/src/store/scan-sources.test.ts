import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractFn } from '../compile-corpus.js';
import { compileCorpusStore } from '../load-corpus.js';
import { oneSentenceExtraction } from '../testing/one-sentence-extraction.js';
import { articleHash } from './fingerprint.js';
import { scanSources } from './scan-sources.js';
import { type StatCacheData, statCachePath } from './stat-cache.js';

// Every readFileSync goes through a spy, so a test can tell which data files a scan actually read.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});

const KB = 'entities:\n  - { id: paris, kind: LOC, name: Paris }\n';
const EXTRACTOR = 'extractor-1';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(readFileSync).mockClear();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function writeArticle(dataDir: string, slug: string, text: string): void {
  mkdirSync(join(dataDir, 'articles', slug), { recursive: true });
  writeFileSync(join(dataDir, 'articles', slug, 'article.txt'), text);
  writeFileSync(join(dataDir, 'articles', slug, 'meta.yaml'), `headline: ${slug}\nfiled: 2025-01-02\n`);
}

function setup(): { dataDir: string; storeDir: string } {
  const dataDir = tempDir('dispatch-scan-');
  writeFileSync(join(dataDir, 'entities.yaml'), KB);
  writeArticle(dataDir, 'a-story', 'Paris in spring.');
  writeArticle(dataDir, 'b-story', 'Paris at night.');
  return { dataDir, storeDir: tempDir('dispatch-compiled-') };
}

/** The data files (under `dataDir`) that readFileSync was asked for since the last clear, by name. */
function filesRead(dataDir: string): string[] {
  const read = vi
    .mocked(readFileSync)
    .mock.calls.map(([path]) => String(path))
    .filter((path) => path.startsWith(dataDir))
    .map((path) => path.slice(dataDir.length + 1));
  vi.mocked(readFileSync).mockClear();
  return read.sort();
}

/**
 * Makes the last scan's stat cache look written an hour later than it was, as it is for a user whose files
 * changed long before they open the corpus again (a fresh file is not trusted for two seconds: racy).
 */
function ageCache(storeDir: string, writtenAt = Date.now() / 1000 + 3600): void {
  const path = statCachePath(storeDir);
  const data = JSON.parse(readFileSync(path, 'utf8')) as StatCacheData;
  data.scannedAt = String(BigInt(data.scannedAt) + 3_600_000_000_000n);
  writeFileSync(path, JSON.stringify(data));
  utimesSync(path, writtenAt, writtenAt);
  vi.mocked(readFileSync).mockClear();
}

const hashes = (dataDir: string, storeDir?: string, extractor = EXTRACTOR) =>
  Object.fromEntries(scanSources(dataDir, extractor, storeDir).articles.map((a) => [a.id, a.hash]));

describe('scanSources with a stat cache', () => {
  it('reads every file on the first scan and no unchanged file on the next', () => {
    const { dataDir, storeDir } = setup();
    const first = hashes(dataDir, storeDir);
    expect(filesRead(dataDir)).toEqual([
      'articles/a-story/article.txt',
      'articles/a-story/meta.yaml',
      'articles/b-story/article.txt',
      'articles/b-story/meta.yaml',
      'entities.yaml',
    ]);
    // the hash is the one computed from the bytes, as without a cache
    expect(first['a-story']).toBe(
      articleHash({
        extractor: EXTRACTOR,
        knowledgeBase: scanSources(dataDir, EXTRACTOR).knowledgeBaseHash,
        text: Buffer.from('Paris in spring.'),
        meta: Buffer.from('headline: a-story\nfiled: 2025-01-02\n'),
        curation: null,
      }),
    );

    ageCache(storeDir);
    expect(hashes(dataDir, storeDir)).toEqual(first);
    expect(filesRead(dataDir)).toEqual([]);
  });

  it('re-hashes a file rewritten with the same size and a touched mtime', () => {
    const { dataDir, storeDir } = setup();
    const first = hashes(dataDir, storeDir);
    ageCache(storeDir);
    const text = join(dataDir, 'articles/b-story/article.txt');
    writeFileSync(text, 'Paris at noon.!');
    expect(statSync(text).size).toBe('Paris at night.'.length);
    const later = Date.now() / 1000 + 5;
    utimesSync(text, later, later);

    const second = hashes(dataDir, storeDir);
    expect(filesRead(dataDir)).toEqual(['articles/b-story/article.txt', 'articles/b-story/meta.yaml']);
    expect(second['a-story']).toBe(first['a-story']);
    expect(second['b-story']).not.toBe(first['b-story']);
  });

  it('re-hashes a file whose mtime was set back to the recorded one (its ctime moved)', () => {
    const { dataDir, storeDir } = setup();
    const text = join(dataDir, 'articles/a-story/article.txt');
    utimesSync(text, 1_600_000_000, 1_600_000_000);
    const first = hashes(dataDir, storeDir);
    ageCache(storeDir);
    writeFileSync(text, 'Paris in autumn.');
    expect(statSync(text).size).toBe('Paris in spring.'.length);
    utimesSync(text, 1_600_000_000, 1_600_000_000);
    expect(statSync(text).mtimeMs).toBe(1_600_000_000_000);

    expect(hashes(dataDir, storeDir)['a-story']).not.toBe(first['a-story']);
    expect(filesRead(dataDir)).toContain('articles/a-story/article.txt');
  });

  it('does not trust a file changed as recently as the cache was written (racy)', () => {
    const { dataDir, storeDir } = setup();
    hashes(dataDir, storeDir);
    expect(filesRead(dataDir)).toHaveLength(5);
    // no ageing: the files changed within moments of the scan that recorded them
    expect(hashes(dataDir, storeDir)).toBeDefined();
    expect(filesRead(dataDir)).toHaveLength(5);
    // a cache file stamped no later than the files is not trusted either, however old the scan
    ageCache(storeDir, 1_600_000_000);
    hashes(dataDir, storeDir);
    expect(filesRead(dataDir)).toHaveLength(5);
  });

  it('notices a curation file added to an article folder', () => {
    const { dataDir, storeDir } = setup();
    const first = hashes(dataDir, storeDir);
    ageCache(storeDir);
    writeFileSync(join(dataDir, 'articles/a-story/curation.yaml'), 'mentions: []\n');
    const second = hashes(dataDir, storeDir);
    expect(second['a-story']).not.toBe(first['a-story']);
    expect(second['b-story']).toBe(first['b-story']);
    expect(filesRead(dataDir)).toContain('articles/a-story/curation.yaml');
  });

  it('notices an article folder added or removed', () => {
    const { dataDir, storeDir } = setup();
    hashes(dataDir, storeDir);
    ageCache(storeDir);
    writeArticle(dataDir, 'c-story', 'Paris by day.');
    rmSync(join(dataDir, 'articles/a-story'), { recursive: true });
    expect(Object.keys(hashes(dataDir, storeDir))).toEqual(['b-story', 'c-story']);
  });

  it('parses an unchanged knowledge base only when a compile asks for it', () => {
    const { dataDir, storeDir } = setup();
    hashes(dataDir, storeDir);
    ageCache(storeDir);
    const sources = scanSources(dataDir, EXTRACTOR, storeDir);
    expect(filesRead(dataDir)).toEqual([]);
    expect(sources.knowledgeBase.entities.map((e) => e.id)).toEqual(['paris']);
    expect(filesRead(dataDir)).toEqual(['entities.yaml']);
  });

  it('re-hashes everything for another extractor or a changed knowledge base', () => {
    const { dataDir, storeDir } = setup();
    const first = hashes(dataDir, storeDir);
    ageCache(storeDir);
    expect(hashes(dataDir, storeDir, 'extractor-2')['a-story']).not.toBe(first['a-story']);
    // every article, but not the unchanged knowledge base
    expect(filesRead(dataDir)).toHaveLength(4);

    ageCache(storeDir);
    writeFileSync(join(dataDir, 'entities.yaml'), `${KB}  - { id: rome, kind: LOC, name: Rome }\n`);
    expect(hashes(dataDir, storeDir, 'extractor-2')['a-story']).not.toBe(first['a-story']);
    expect(filesRead(dataDir)).toHaveLength(5);
  });

  it.each([
    ['garbage', 'not json {'],
    ['truncated', '{"version":1,"dataDir":'],
    ['the wrong shape', '{"version":1,"articles":5}'],
    ['bad entries', '{"version":1,"dataDir":"x","articles":[{"id":1}]}'],
  ])('ignores a stat cache holding %s, and replaces it', (_, content) => {
    const { dataDir, storeDir } = setup();
    const uncached = hashes(dataDir);
    writeFileSync(statCachePath(storeDir), content);
    vi.mocked(readFileSync).mockClear();
    expect(hashes(dataDir, storeDir)).toEqual(uncached);
    expect(filesRead(dataDir)).toHaveLength(5);
    const rewritten = JSON.parse(readFileSync(statCachePath(storeDir), 'utf8')) as StatCacheData;
    expect(rewritten.articles.map((a) => a.hash)).toEqual(Object.values(uncached));
  });

  it('ignores the stat cache of another data folder', () => {
    const { dataDir, storeDir } = setup();
    hashes(dataDir, storeDir);
    ageCache(storeDir);
    const other = tempDir('dispatch-scan-');
    writeFileSync(join(other, 'entities.yaml'), KB);
    writeArticle(other, 'a-story', 'Rome in spring.');
    expect(hashes(other, storeDir)['a-story']).toBe(hashes(other)['a-story']);
  });

  it('lets a compile re-extract an article edited in place with the same size', () => {
    const { dataDir, storeDir } = setup();
    const extracted: string[] = [];
    const extract: ExtractFn = (source) => {
      extracted.push(source.article.id);
      return oneSentenceExtraction(source.article.text);
    };
    compileCorpusStore({ dataDir, compiledDir: storeDir, extract });
    ageCache(storeDir);
    extracted.length = 0;
    expect(compileCorpusStore({ dataDir, compiledDir: storeDir, extract }).wrote).toBe(false);
    expect(filesRead(dataDir)).toEqual([]);

    writeFileSync(join(dataDir, 'articles/a-story/article.txt'), 'Paris in winter.');
    const later = Date.now() / 1000 + 5;
    utimesSync(join(dataDir, 'articles/a-story/article.txt'), later, later);
    const stats = compileCorpusStore({ dataDir, compiledDir: storeDir, extract });
    expect([stats.extracted, stats.reused]).toEqual([1, 1]);
    expect(extracted).toEqual(['a-story']);
  });
});
