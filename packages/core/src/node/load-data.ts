import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../data/data-file-error.js';
import { parseDataFile } from '../data/parse-data-file.js';
import { type Article, ArticleMetaSchema } from '../schema/article.js';
import { type KnowledgeBase, KnowledgeBaseSchema } from '../schema/entity.js';
import { SlugSchema } from '../schema/ids.js';
import { displayPath } from './display-path.js';

/** The hand-edited sources under data/: what extraction reads and editors write. */
export interface SourceData {
  dataDir: string;
  knowledgeBase: KnowledgeBase;
  articles: SourceArticle[];
}

export interface SourceArticle {
  article: Article;
  /** The curation file's text and name, when an editor has written one. */
  curation: { file: string; source: string } | null;
}

const META_FILES = ['meta.yaml', 'meta.yml', 'meta.json'];
const CURATION_FILES = ['curation.yaml', 'curation.yml', 'curation.json'];
const KB_FILES = ['entities.yaml', 'entities.yml', 'entities.json'];

const firstExisting = (dir: string, names: string[]): string | null =>
  names.map((name) => join(dir, name)).find((path) => existsSync(path)) ?? null;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads and validates everything under `dataDir`. Throws a DataFileError naming the file, line and
 * field of the first problem, so a bad edit never reaches a build.
 */
export function loadSourceData(dataDir: string): SourceData {
  const show = displayPath;
  const kbPath = firstExisting(dataDir, KB_FILES);
  const knowledgeBase: KnowledgeBase = kbPath
    ? parseDataFile(readFileSync(kbPath, 'utf8'), show(kbPath), KnowledgeBaseSchema)
    : { entities: [] };

  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir)) {
    throw new DataFileError(show(articlesDir), null, null, 'missing: expected a folder of articles');
  }
  const slugs = readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const articles = slugs.map((slug) => loadSourceArticle(join(articlesDir, slug), slug, show));
  return { dataDir, knowledgeBase, articles };
}

function loadSourceArticle(dir: string, slug: string, show: (path: string) => string): SourceArticle {
  if (!SlugSchema.safeParse(slug).success) {
    throw new DataFileError(
      show(dir),
      null,
      null,
      'folder name must be a slug (lower-case letters, digits, hyphens)',
    );
  }
  const textPath = join(dir, 'article.txt');
  if (!existsSync(textPath))
    throw new DataFileError(show(textPath), null, null, 'missing: every article needs one');
  const metaPath = firstExisting(dir, META_FILES);
  if (!metaPath)
    throw new DataFileError(show(join(dir, 'meta.yaml')), null, null, 'missing: every article needs one');
  // The text is kept exactly as filed: no trimming, no normalisation, so spans stay valid.
  const text = readFileSync(textPath, 'utf8');
  const meta = parseDataFile(readFileSync(metaPath, 'utf8'), show(metaPath), ArticleMetaSchema);
  const curationPath = firstExisting(dir, CURATION_FILES);
  return {
    article: { ...meta, id: slug, text, sha256: sha256(text) },
    curation: curationPath ? { file: show(curationPath), source: readFileSync(curationPath, 'utf8') } : null,
  };
}
