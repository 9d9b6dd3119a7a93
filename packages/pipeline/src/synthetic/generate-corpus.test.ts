import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSourceData } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { syntheticArticle, syntheticCast } from './generate-corpus.js';
import { OutputExistsError, writeSyntheticCorpus } from './write-corpus.js';

describe('syntheticArticle', () => {
  const { people } = syntheticCast(100, 7);

  it('is deterministic in the seed and differs between seeds and articles', () => {
    expect(syntheticArticle(3, 7, people)).toEqual(syntheticArticle(3, 7, people));
    expect(syntheticArticle(3, 8, people).text).not.toBe(syntheticArticle(3, 7, people).text);
    expect(syntheticArticle(4, 7, people).text).not.toBe(syntheticArticle(3, 7, people).text);
  });

  it('repeats stories beyond `distinct`, each under its own slug', () => {
    const again = syntheticArticle(13, 7, people, 10);
    expect(again.text).toBe(syntheticArticle(3, 7, people, 10).text);
    expect(again.slug).not.toBe(syntheticArticle(3, 7, people, 10).slug);
  });

  it('reads like a wire story: dateline, named people, attributed quotes, a subhead, a credit', () => {
    const article = syntheticArticle(0, 7, people);
    const lines = article.text.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${article.meta.dateline!.toUpperCase()}: `));
    expect(lines[1]).toMatch(/^“[^”]+,” \S+ told reporters after the /);
    expect(lines[3]).not.toMatch(/[.!?”]$/); // the subhead
    expect(lines.at(-1)).toMatch(/ – Agencies$/);
    const named = people.filter((p) => article.text.includes(p.name));
    expect(named.length).toBeGreaterThanOrEqual(2);
  });

  it('mentions only earlier months for the earlier round of talks', () => {
    for (let n = 0; n < 200; n++) {
      const article = syntheticArticle(n, 1, people);
      const [, month, year] = /talks in .+? in (\w+) (\d{4}),/.exec(article.text)!;
      const earlier = new Date(`${month} 1, ${year} UTC`).toISOString().slice(0, 7);
      expect(earlier < article.meta.filed.slice(0, 7)).toBe(true);
    }
  });
});

describe('writeSyntheticCorpus', () => {
  it('writes the data/ layout that the loader accepts', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'dispatch-syn-')), 'corpus');
    expect(writeSyntheticCorpus({ articles: 25, outDir, seed: 3 })).toEqual({
      articles: 25,
      entities: 41 + 16 * 3 + 10,
    });
    const data = loadSourceData(outDir);
    expect(data.articles).toHaveLength(25);
    expect(data.knowledgeBase.entities.filter((e) => e.kind === 'PERSON')).toHaveLength(41);
    expect(data.articles[0]!.article.credit).toBe('Agencies');
  });

  it('never writes into a folder that already holds something', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dispatch-syn-'));
    writeFileSync(join(outDir, 'keep.txt'), 'precious');
    expect(() => writeSyntheticCorpus({ articles: 1, outDir })).toThrow(OutputExistsError);
  });
});
