import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '@dispatch/core';
import {
  listArticleFiles,
  loadKnowledgeBase,
  readSourceArticle,
  type SourceArticle,
  sha256,
} from '@dispatch/core/node';
import { articleHash } from './fingerprint.js';

/** One article folder as found on disk: its content hash, and how to read it fully when needed. */
export interface ScannedArticle {
  id: string;
  hash: string;
  /** Parses and validates the folder (throws a DataFileError naming file, line and field). */
  read: () => SourceArticle;
}

export interface ScannedSources {
  dataDir: string;
  knowledgeBase: KnowledgeBase;
  knowledgeBaseHash: string;
  articles: ScannedArticle[];
}

/**
 * Reads data/ just enough to hash every article (raw bytes of text, metadata and curation), so unchanged
 * articles are recognised without being parsed. The layout and its errors are core's (listArticleFiles).
 */
export function scanSources(dataDir: string, extractor: string): ScannedSources {
  const { knowledgeBase, source: kbSource } = loadKnowledgeBase(dataDir);
  const knowledgeBaseHash = sha256(kbSource);
  const articles = listArticleFiles(dataDir).map((files): ScannedArticle => {
    const text = readFileSync(files.textPath);
    const meta = readFileSync(files.metaPath);
    const curation = files.curationPath ? readFileSync(files.curationPath) : null;
    return {
      id: files.slug,
      hash: articleHash({ extractor, knowledgeBase: knowledgeBaseHash, text, meta, curation }),
      // Read again when needed rather than kept: most articles of a large corpus are unchanged.
      read: () => readSourceArticle(files),
    };
  });
  return { dataDir, knowledgeBase, knowledgeBaseHash, articles };
}
