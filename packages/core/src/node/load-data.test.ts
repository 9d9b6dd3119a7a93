import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceData } from './load-data.js';

const repoData = resolve(import.meta.dirname, '../../../../data');

describe('loadSourceData on the real data', () => {
  it('keeps the seed article byte for byte', () => {
    const data = loadSourceData(repoData);
    const seed = data.articles.find((a) => a.article.id === 'putin-witkoff-talks')!.article;
    expect(seed.sha256).toBe('466847ae5ab36411a422b1a1184a840d66645d008b9e72aee92a883369fe24fd');
    expect(seed.text).toBe(readFileSync(join(repoData, 'articles/putin-witkoff-talks/article.txt'), 'utf8'));
    expect(seed.filed).toBe('2025-04-26');
    expect(data.knowledgeBase.entities.find((e) => e.id === 'vladimir-putin')?.wikidata).toBe('Q7747');
  });
});

describe('loadSourceData on bad data', () => {
  const makeData = (meta: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-data-'));
    mkdirSync(join(dir, 'articles/a-story'), { recursive: true });
    writeFileSync(join(dir, 'articles/a-story/article.txt'), 'TEXT');
    writeFileSync(join(dir, 'articles/a-story/meta.yaml'), meta);
    return dir;
  };

  it('names the file and line of a malformed metadata field', () => {
    const dir = makeData('headline: H\nfiled: 2025-02-30\n');
    expect(() => loadSourceData(dir)).toThrow(/articles\/a-story\/meta\.yaml:2: filed: /);
  });

  it('refuses an article without metadata', () => {
    const dir = makeData('headline: H\nfiled: 2025-02-01\n');
    writeFileSync(join(dir, 'articles/b-story.txt'), '');
    mkdirSync(join(dir, 'articles/b-story'));
    writeFileSync(join(dir, 'articles/b-story/article.txt'), 'T');
    expect(() => loadSourceData(dir)).toThrow(/b-story\/meta\.yaml: missing/);
  });
});
