import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Annotations,
  getArticle,
  indexCorpus,
  listArticles,
  mentionsOfEntity,
  searchCorpus,
} from '@dispatch/core';
import { loadSourceData } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { compileCorpus, type ExtractFn } from '../compile-corpus.js';
import { compileCorpusStore, loadCorpus, loadCorpusIndex, openCompiledCorpus } from '../load-corpus.js';
import { oneSentenceExtraction } from '../testing/one-sentence-extraction.js';
import { readLocations } from './index-files.js';
import { currentBuild } from './store-files.js';

const KB =
  'entities:\n  - { id: paris, kind: LOC, name: Paris }\n  - { id: ada, kind: PERSON, name: Ada Lovelace, aliases: [Ada] }\n';

function makeData(articles: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-store-'));
  writeFileSync(join(dir, 'entities.yaml'), KB);
  for (const [slug, text] of Object.entries(articles)) writeArticle(dir, slug, text);
  return dir;
}

function writeArticle(dir: string, slug: string, text: string, filed = `2025-01-0${slug.length % 9 || 1}`) {
  mkdirSync(join(dir, 'articles', slug), { recursive: true });
  writeFileSync(join(dir, 'articles', slug, 'article.txt'), text);
  writeFileSync(join(dir, 'articles', slug, 'meta.yaml'), `headline: ${slug}\nfiled: ${filed}\n`);
}

/** A tiny extractor: one mention per known name found, and a record of which texts it was asked about. */
function countingExtract(): { extract: ExtractFn; seen: string[] } {
  const seen: string[] = [];
  const extract: ExtractFn = (source, knowledgeBase) => {
    seen.push(source.article.id);
    const text = source.article.text;
    if (text.includes('BOOM')) throw new Error('extractor failed');
    const mentions: Annotations['mentions'] = knowledgeBase.flatMap((entity) => {
      const start = text.indexOf(entity.name);
      if (start < 0) return [];
      const span = { start, end: start + entity.name.length };
      return [
        {
          id: `m-${start}`,
          span,
          text: entity.name,
          type: entity.kind,
          form: 'name' as const,
          entityId: entity.id,
          role: null,
          source: 'extraction' as const,
        },
      ];
    });
    return oneSentenceExtraction(text, mentions);
  };
  return { extract, seen };
}

describe('compiled corpus store', () => {
  it('compiles once, then re-extracts only what changed', () => {
    const dataDir = makeData({ 'a-story': 'Ada Lovelace in Paris.', 'b-story': 'Paris at night.' });
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const { extract, seen } = countingExtract();
    const first = compileCorpusStore({ dataDir, compiledDir, extract });
    expect([first.extracted, first.reused, first.wrote]).toEqual([2, 0, true]);
    expect(seen.sort()).toEqual(['a-story', 'b-story']);

    seen.length = 0;
    const again = compileCorpusStore({ dataDir, compiledDir, extract });
    expect([again.extracted, again.wrote, again.build]).toEqual([0, false, first.build]);
    expect(seen).toEqual([]);

    writeFileSync(join(dataDir, 'articles', 'b-story', 'article.txt'), 'Paris with Ada Lovelace.');
    const third = compileCorpusStore({ dataDir, compiledDir, extract });
    expect([third.extracted, third.reused]).toEqual([1, 1]);
    expect(seen).toEqual(['b-story']);
    // the replaced build is gone; only the live one remains
    expect(readdirSync(compiledDir).filter((n) => n.startsWith('build-'))).toHaveLength(1);

    const index = loadCorpusIndex({ dataDir, compiledDir, extract });
    expect(getArticle(index, 'b-story')?.text).toBe('Paris with Ada Lovelace.');
    expect(
      mentionsOfEntity(index, 'ada')
        .map((m) => m.articleId)
        .sort(),
    ).toEqual(['a-story', 'b-story']);
  });

  it('re-extracts everything when the knowledge base changes, and drops removed articles', () => {
    const dataDir = makeData({ 'a-story': 'Ada Lovelace.', 'b-story': 'Paris.' });
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const { extract, seen } = countingExtract();
    compileCorpusStore({ dataDir, compiledDir, extract });
    writeFileSync(join(dataDir, 'entities.yaml'), `${KB}  - { id: rome, kind: LOC, name: Rome }\n`);
    rmSync(join(dataDir, 'articles', 'a-story'), { recursive: true });
    seen.length = 0;
    const stats = compileCorpusStore({ dataDir, compiledDir, extract });
    expect([stats.articles, stats.extracted]).toEqual([1, 1]);
    expect(listArticles(loadCorpusIndex({ dataDir, compiledDir, extract })).map((a) => a.id)).toEqual([
      'b-story',
    ]);
  });

  it('leaves the live build untouched when a compile fails part-way', () => {
    const dataDir = makeData({ 'a-story': 'Ada Lovelace.' });
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const { extract } = countingExtract();
    const first = compileCorpusStore({ dataDir, compiledDir, extract });
    writeArticle(dataDir, 'c-story', 'BOOM');
    expect(() => compileCorpusStore({ dataDir, compiledDir, extract })).toThrow('extractor failed');
    expect(readFileSync(join(compiledDir, 'CURRENT'), 'utf8').trim()).toBe(first.build.split('/').pop());
    expect(readdirSync(compiledDir).filter((n) => n.startsWith('build-'))).toHaveLength(1);
    expect(existsSync(first.build)).toBe(true);
  });

  it('assembles a build of an older layout again from its records, without extracting', () => {
    const dataDir = makeData({ 'a-story': 'Ada Lovelace in Paris.', 'b-story': 'Paris at night.' });
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const { extract, seen } = countingExtract();
    compileCorpusStore({ dataDir, compiledDir, extract });
    // Made into a build of layout 1: no layout in its manifest, its locations in locations.json.
    const build = currentBuild(compiledDir)!;
    const { shard, offset, length } = readLocations(build);
    writeFileSync(join(build, 'locations.json'), JSON.stringify({ shard, offset, length }));
    rmSync(join(build, 'locations.bin'));
    const manifestPath = join(build, 'manifest.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace(/\s*"layout": \d+,/, ''));
    expect(() => openCompiledCorpus(compiledDir)).toThrow(/layout 1, expected \d+ \(compile it again\)/);
    seen.length = 0;
    const stats = compileCorpusStore({ dataDir, compiledDir, extract });
    expect([stats.wrote, stats.extracted, stats.reused]).toEqual([true, 0, 2]);
    expect(seen).toEqual([]);
    expect(getArticle(openCompiledCorpus(compiledDir), 'a-story')?.mentions.map((m) => m.entityId)).toEqual([
      'paris',
      'ada',
    ]);
  });

  it('names the file and line of a malformed metadata file', () => {
    const dataDir = makeData({ 'a-story': 'Ada.' });
    writeFileSync(join(dataDir, 'articles', 'a-story', 'meta.yaml'), 'headline: H\nfiled: 2025-02-30\n');
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    expect(() => compileCorpusStore({ dataDir, compiledDir, extract: countingExtract().extract })).toThrow(
      /articles\/a-story\/meta\.yaml:2: filed: /,
    );
  });
});

describe('loadCorpus on the real data', () => {
  it('gives through the compiled cache the same corpus as compiling in memory', () => {
    const dataDir = resolve(import.meta.dirname, '../../../../data');
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const cached = loadCorpus({ dataDir, compiledDir });
    const inMemory = compileCorpus(loadSourceData(dataDir));
    expect(cached).toEqual(inMemory);
    expect(JSON.stringify(cached)).toBe(JSON.stringify(inMemory));
    expect(loadCorpus({ dataDir, compiledDir })).toEqual(cached);
  });

  it('searches the compiled corpus as the corpus in memory', () => {
    const dataDir = resolve(import.meta.dirname, '../../../../data');
    const compiledDir = mkdtempSync(join(tmpdir(), 'dispatch-compiled-'));
    const compiled = loadCorpusIndex({ dataDir, compiledDir });
    const inMemory = indexCorpus(compileCorpus(loadSourceData(dataDir)));
    for (const text of ['ceasefire', 'talks putin', 'surren', 'ceasfire', 'zelenskyy', 'xyzzy']) {
      for (const scope of ['all', 'quote', 'entity'] as const) {
        expect(searchCorpus(compiled, text, { scope, limit: 20 })).toEqual(
          searchCorpus(inMemory, text, { scope, limit: 20 }),
        );
      }
    }
    expect(searchCorpus(compiled, 'ceasefire').total).toBeGreaterThan(0);
  });
});
