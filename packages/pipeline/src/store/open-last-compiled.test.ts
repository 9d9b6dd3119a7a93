import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticles } from '@dispatch/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractFn } from '../compile-corpus.js';
import { compileCorpusStore } from '../load-corpus.js';
import { oneSentenceExtraction } from '../testing/one-sentence-extraction.js';
import { openLastCompiled } from './open-last-compiled.js';
import { currentBuild } from './store-files.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function writeArticle(dataDir: string, slug: string): void {
  mkdirSync(join(dataDir, 'articles', slug), { recursive: true });
  writeFileSync(join(dataDir, 'articles', slug, 'article.txt'), `The ${slug}.`);
  writeFileSync(join(dataDir, 'articles', slug, 'meta.yaml'), `headline: ${slug}\nfiled: 2025-01-02\n`);
}

/** One paragraph, no annotations: enough for a store. */
const extract: ExtractFn = (source) => oneSentenceExtraction(source.article.text);

const ids = (dataDir: string, compiledDir: string) => {
  const index = openLastCompiled(dataDir, compiledDir);
  return index && listArticles(index).map((article) => article.id);
};

describe('openLastCompiled', () => {
  it('opens the last build as it was, without looking at data/', () => {
    const dataDir = tempDir('dispatch-last-');
    const compiledDir = tempDir('dispatch-compiled-');
    expect(ids(dataDir, compiledDir)).toBeNull();
    writeArticle(dataDir, 'a-story');
    compileCorpusStore({ dataDir, compiledDir, extract });
    writeArticle(dataDir, 'b-story');
    expect(ids(dataDir, compiledDir)).toEqual(['a-story']);
    compileCorpusStore({ dataDir, compiledDir, extract });
    expect(ids(dataDir, compiledDir)?.sort()).toEqual(['a-story', 'b-story']);
  });

  it('opens nothing compiled from another data folder, in another format or schema, or damaged', () => {
    const dataDir = tempDir('dispatch-last-');
    const compiledDir = tempDir('dispatch-compiled-');
    writeArticle(dataDir, 'a-story');
    compileCorpusStore({ dataDir, compiledDir, extract });
    expect(ids(tempDir('dispatch-other-'), compiledDir)).toBeNull();

    const manifestPath = join(currentBuild(compiledDir)!, 'manifest.json');
    const manifest = readFileSync(manifestPath, 'utf8');
    writeFileSync(manifestPath, manifest.replace(/"format": \d+/, '"format": 999'));
    expect(ids(dataDir, compiledDir)).toBeNull();
    writeFileSync(manifestPath, manifest.replace(/"schemaVersion": "[^"]*"/, '"schemaVersion": "0.0.0"'));
    expect(ids(dataDir, compiledDir)).toBeNull();
    writeFileSync(manifestPath, manifest);
    expect(ids(dataDir, compiledDir)).toEqual(['a-story']);
    // everything but the manifest gone
    const build = currentBuild(compiledDir)!;
    for (const name of readdirSync(build)) {
      if (name !== 'manifest.json') rmSync(join(build, name), { recursive: true });
    }
    expect(ids(dataDir, compiledDir)).toBeNull();
  });
});
