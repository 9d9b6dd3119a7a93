import { readFileSync } from 'node:fs';
import { parseDataFile } from '../data/parse-data-file.js';
import { type KnowledgeBase, KnowledgeBaseSchema } from '../schema/entity.js';
import { knowledgeBasePath, listArticleFiles, readSourceArticle, type SourceArticle } from './data-layout.js';
import { displayPath } from './display-path.js';

/** The hand-edited sources under data/: what extraction reads and editors write. */
export interface SourceData {
  dataDir: string;
  knowledgeBase: KnowledgeBase;
  articles: SourceArticle[];
}

/** The knowledge base under data/ (empty when there is none), validated. */
export function loadKnowledgeBase(dataDir: string): { knowledgeBase: KnowledgeBase; source: string } {
  const path = knowledgeBasePath(dataDir);
  if (!path) return { knowledgeBase: { entities: [] }, source: '' };
  const source = readFileSync(path, 'utf8');
  return { knowledgeBase: parseDataFile(source, displayPath(path), KnowledgeBaseSchema), source };
}

/**
 * Reads and validates everything under `dataDir`. Throws a DataFileError naming the file, line and
 * field of the first problem, so a bad edit never reaches a build.
 */
export function loadSourceData(dataDir: string): SourceData {
  const { knowledgeBase } = loadKnowledgeBase(dataDir);
  const articles = listArticleFiles(dataDir).map(readSourceArticle);
  return { dataDir, knowledgeBase, articles };
}
