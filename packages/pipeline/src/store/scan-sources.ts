import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Article,
  ArticleMetaSchema,
  DataFileError,
  type KnowledgeBase,
  KnowledgeBaseSchema,
  parseDataFile,
  SlugSchema,
} from '@dispatch/core';
import { displayPath, sha256 } from '@dispatch/core/node';
import { articleHash } from './fingerprint.js';

/** One article folder as found on disk: its content hash, and how to read it fully when needed. */
export interface ScannedArticle {
  id: string;
  hash: string;
  /** Parses and validates the folder (throws a DataFileError naming file, line and field). */
  read: () => { article: Article; curation: { file: string; source: string } | null };
}

export interface ScannedSources {
  dataDir: string;
  knowledgeBase: KnowledgeBase;
  knowledgeBaseHash: string;
  articles: ScannedArticle[];
}

const META_FILES = ['meta.yaml', 'meta.yml', 'meta.json'];
const CURATION_FILES = ['curation.yaml', 'curation.yml', 'curation.json'];
const KB_FILES = ['entities.yaml', 'entities.yml', 'entities.json'];

const firstExisting = (dir: string, names: string[]) =>
  names.map((name) => join(dir, name)).find((path) => existsSync(path)) ?? null;
const show = displayPath;

/**
 * Reads data/ just enough to hash every article (raw bytes of text, metadata and curation), so unchanged
 * articles are recognised without being parsed. The same layout and errors as core's loadSourceData.
 */
export function scanSources(dataDir: string, extractor: string): ScannedSources {
  const kbPath = firstExisting(dataDir, KB_FILES);
  const kbSource = kbPath ? readFileSync(kbPath, 'utf8') : '';
  const knowledgeBase: KnowledgeBase = kbPath
    ? parseDataFile(kbSource, show(kbPath), KnowledgeBaseSchema)
    : { entities: [] };
  const knowledgeBaseHash = sha256(kbSource);
  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir)) {
    throw new DataFileError(show(articlesDir), null, null, 'missing: expected a folder of articles');
  }
  const slugs = readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const articles = slugs.map((slug): ScannedArticle => {
    const dir = join(articlesDir, slug);
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
    if (!metaPath) {
      throw new DataFileError(show(join(dir, 'meta.yaml')), null, null, 'missing: every article needs one');
    }
    const curationPath = firstExisting(dir, CURATION_FILES);
    const text = readFileSync(textPath);
    const meta = readFileSync(metaPath);
    const curation = curationPath ? readFileSync(curationPath) : null;
    const hash = articleHash({ extractor, knowledgeBase: knowledgeBaseHash, text, meta, curation });
    return {
      id: slug,
      hash,
      // Read again when needed rather than kept: most articles of a large corpus are unchanged.
      read: () => {
        // The text is kept exactly as filed: no trimming, no normalisation, so spans stay valid.
        const body = readFileSync(textPath, 'utf8');
        const parsedMeta = parseDataFile(readFileSync(metaPath, 'utf8'), show(metaPath), ArticleMetaSchema);
        return {
          article: { ...parsedMeta, id: slug, text: body, sha256: sha256(body) },
          curation: curationPath
            ? { file: show(curationPath), source: readFileSync(curationPath, 'utf8') }
            : null,
        };
      },
    };
  });
  return { dataDir, knowledgeBase, knowledgeBaseHash, articles };
}
