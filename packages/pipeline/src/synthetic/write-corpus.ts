import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '@dispatch/core';
import { stringify } from 'yaml';
import { syntheticArticle, syntheticCast } from './generate-corpus.js';

/**
 * YAML for one meta.yaml. JSON strings are valid YAML double-quoted scalars, and writing them directly is
 * a hundred times faster than a YAML serialiser: it matters at 100,000 articles.
 */
function metaYaml(meta: ArticleMeta): string {
  return `${Object.entries(meta)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n`;
}

export interface GenerateOptions {
  articles: number;
  outDir: string;
  seed?: number;
  /** How many distinct stories to write (default all): the rest repeat them under their own slugs. */
  distinct?: number;
  /** Called every 1,000 articles with how many are written. */
  onProgress?: (written: number) => void;
}

/** Raised when the output folder already holds something: a generator never overwrites data. */
export class OutputExistsError extends Error {
  override readonly name = 'OutputExistsError';
}

/**
 * Writes a synthetic corpus in the data/ layout: articles/<slug>/{article.txt, meta.yaml} and entities.yaml.
 * Everything is written into a temporary folder beside `outDir`, which is renamed into place at the end,
 * so `outDir` never holds half a corpus.
 */
export function writeSyntheticCorpus(options: GenerateOptions): { articles: number; entities: number } {
  const { outDir } = options;
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new OutputExistsError(`${outDir} already exists and is not empty; choose a new folder`);
  }
  const seed = options.seed ?? 1;
  const { people, knowledgeBase } = syntheticCast(
    Math.min(options.articles, options.distinct ?? options.articles),
    seed,
  );
  const partial = `${outDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    mkdirSync(join(partial, 'articles'), { recursive: true });
    writeFileSync(
      join(partial, 'entities.yaml'),
      `# Synthetic knowledge base (generated, seed ${seed}).\n${stringify({ entities: knowledgeBase })}`,
    );
    for (let n = 0; n < options.articles; n++) {
      const article = syntheticArticle(n, seed, people, options.distinct);
      const dir = join(partial, 'articles', article.slug);
      mkdirSync(dir);
      writeFileSync(join(dir, 'article.txt'), article.text);
      writeFileSync(join(dir, 'meta.yaml'), metaYaml(article.meta));
      if ((n + 1) % 1000 === 0) options.onProgress?.(n + 1);
    }
    if (existsSync(outDir)) rmSync(outDir, { recursive: true }); // empty, checked above
    renameSync(partial, outDir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return { articles: options.articles, entities: knowledgeBase.length };
}
