import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../data/data-file-error.js';
import { parseDataFile } from '../data/parse-data-file.js';
import { type Article, ArticleMetaSchema } from '../schema/article.js';
import { SlugSchema } from '../schema/ids.js';
import { displayPath } from './display-path.js';
import { sha256 } from './sha256.js';

// The data/ layout, in one place for everything that reads it (the loader and the compiled cache's scanner).
const META_FILES = ['meta.yaml', 'meta.yml', 'meta.json'];
const CURATION_FILES = ['curation.yaml', 'curation.yml', 'curation.json'];
const KB_FILES = ['entities.yaml', 'entities.yml', 'entities.json'];

const firstExisting = (dir: string, names: string[]): string | null =>
  names.map((name) => join(dir, name)).find((path) => existsSync(path)) ?? null;

/** The knowledge base file under data/, if there is one. */
export const knowledgeBasePath = (dataDir: string): string | null => firstExisting(dataDir, KB_FILES);

/** Where one article's files are; every article has a text and metadata, curation is optional. */
export interface ArticleFiles {
  slug: string;
  textPath: string;
  metaPath: string;
  curationPath: string | null;
}

export interface SourceArticle {
  article: Article;
  /** The curation file's text and name, when an editor has written one. */
  curation: { file: string; source: string } | null;
}

/**
 * Every article folder under data/articles, sorted by slug, with its files located. Throws a DataFileError
 * for a missing folder, a folder name that is not a slug, or an article without its text or metadata.
 */
export function listArticleFiles(dataDir: string): ArticleFiles[] {
  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir)) {
    throw new DataFileError(displayPath(articlesDir), null, null, 'missing: expected a folder of articles');
  }
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => locateArticleFiles(join(articlesDir, slug), slug));
}

function locateArticleFiles(dir: string, slug: string): ArticleFiles {
  if (!SlugSchema.safeParse(slug).success) {
    const problem = 'folder name must be a slug (lower-case letters, digits, hyphens)';
    throw new DataFileError(displayPath(dir), null, null, problem);
  }
  const textPath = join(dir, 'article.txt');
  if (!existsSync(textPath)) {
    throw new DataFileError(displayPath(textPath), null, null, 'missing: every article needs one');
  }
  const metaPath = firstExisting(dir, META_FILES);
  if (!metaPath) {
    throw new DataFileError(
      displayPath(join(dir, 'meta.yaml')),
      null,
      null,
      'missing: every article needs one',
    );
  }
  return { slug, textPath, metaPath, curationPath: firstExisting(dir, CURATION_FILES) };
}

/** Reads and validates one article folder. */
export function readSourceArticle(files: ArticleFiles): SourceArticle {
  // The text is kept exactly as filed: no trimming, no normalisation, so spans stay valid.
  const text = readFileSync(files.textPath, 'utf8');
  const meta = parseDataFile(
    readFileSync(files.metaPath, 'utf8'),
    displayPath(files.metaPath),
    ArticleMetaSchema,
  );
  const { curationPath } = files;
  return {
    article: { ...meta, id: files.slug, text, sha256: sha256(text) },
    curation: curationPath
      ? { file: displayPath(curationPath), source: readFileSync(curationPath, 'utf8') }
      : null,
  };
}
