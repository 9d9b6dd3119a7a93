import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseSchema, type KnownEntity, parseDataFile } from '@dispatch/core';

const repoFile = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** The project's seed article and knowledge base from data/, as the tests use them. */
export function loadSeed(): { text: string; knowledgeBase: KnownEntity[] } {
  const text = readFileSync(repoFile('data/articles/putin-witkoff-talks/article.txt'), 'utf8');
  const kbPath = repoFile('data/entities.yaml');
  const knowledgeBase = parseDataFile(readFileSync(kbPath, 'utf8'), kbPath, KnowledgeBaseSchema).entities;
  return { text, knowledgeBase };
}
