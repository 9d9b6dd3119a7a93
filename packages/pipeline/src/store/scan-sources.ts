import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { KnowledgeBase } from '@dispatch/core';
import {
  type ArticleFiles,
  knowledgeBasePath,
  listArticleFiles,
  loadKnowledgeBase,
  readSourceArticle,
  type SourceArticle,
  sha256,
} from '@dispatch/core/node';
import { articleHash } from './fingerprint.js';
import {
  type CachedArticle,
  nowNs,
  readStatCache,
  STAT_CACHE_VERSION,
  type Stamp,
  type StatCache,
  type StatCacheData,
  stampOf,
  unchanged,
  writeStatCache,
} from './stat-cache.js';

/** One article folder as found on disk: its content hash, and how to read it fully when needed. */
export interface ScannedArticle {
  id: string;
  hash: string;
  /** Parses and validates the folder (throws a DataFileError naming file, line and field). */
  read: () => SourceArticle;
}

export interface ScannedSources {
  dataDir: string;
  /** Parsed when first used: an up-to-date store never needs it. */
  knowledgeBase: KnowledgeBase;
  knowledgeBaseHash: string;
  articles: ScannedArticle[];
}

/**
 * Hashes every article (raw bytes of text, metadata and curation), so unchanged articles are recognised
 * without being parsed. With `storeDir`, the store's stat cache lets files whose stat is unchanged keep
 * their hash unread, and is brought up to date. The layout and its errors are core's (listArticleFiles).
 */
export function scanSources(dataDir: string, extractor: string, storeDir?: string): ScannedSources {
  const cache = storeDir ? readStatCache(storeDir, dataDir) : null;
  const scannedAt = nowNs();
  let dirty = cache === null;

  const kb = scanKnowledgeBase(dataDir, cache);
  if (kb.read) dirty = true;
  const listing = cachedListing(dataDir, cache) ?? freshListing(dataDir);
  if (listing.fresh) dirty = true;

  const reusable =
    cache?.data.extractor === extractor && cache.data.knowledgeBase.hash === kb.record.hash
      ? new Map(cache.data.articles.map((entry) => [entry.id, entry]))
      : new Map<string, CachedArticle>();
  const records: CachedArticle[] = [];
  const articles = listing.articles.map(({ files, dir }): ScannedArticle => {
    const text = stampOf(files.textPath);
    const meta = stampOf(files.metaPath);
    const curation = files.curationPath ? stampOf(files.curationPath) : null;
    const record: Omit<CachedArticle, 'hash'> = {
      id: files.slug,
      meta: basename(files.metaPath),
      curation: files.curationPath ? basename(files.curationPath) : null,
      dir: dir.key,
      text: text?.key ?? '',
      metaStamp: meta?.key ?? '',
      curationStamp: curation?.key ?? null,
    };
    const known = reusable.get(files.slug);
    let hash: string;
    if (
      cache &&
      known &&
      known.meta === record.meta &&
      known.curation === record.curation &&
      unchanged(text, known.text, cache) &&
      unchanged(meta, known.metaStamp, cache) &&
      unchanged(curation, known.curationStamp, cache)
    ) {
      hash = known.hash;
    } else {
      // Stamped before reading: a change made while reading shows as a new stamp next time.
      hash = articleHash({
        extractor,
        knowledgeBase: kb.record.hash,
        text: readFileSync(files.textPath),
        meta: readFileSync(files.metaPath),
        curation: files.curationPath ? readFileSync(files.curationPath) : null,
      });
      dirty = true;
    }
    records.push({ ...record, hash });
    // Read again when needed rather than kept: most articles of a large corpus are unchanged.
    return { id: files.slug, hash, read: () => readSourceArticle(files) };
  });
  if (records.length !== cache?.data.articles.length) dirty = true;

  if (storeDir && dirty) {
    writeStatCache(storeDir, {
      version: STAT_CACHE_VERSION,
      dataDir,
      extractor,
      scannedAt: String(scannedAt),
      knowledgeBase: kb.record,
      articlesDir: listing.articlesDir.key,
      articles: records,
    });
  }
  return {
    dataDir,
    get knowledgeBase() {
      return kb.load();
    },
    knowledgeBaseHash: kb.record.hash,
    articles,
  };
}

interface ListedArticle {
  files: ArticleFiles;
  /** The article folder's stamp, taken before its files were listed. */
  dir: Stamp;
}

interface Listing {
  articlesDir: Stamp;
  articles: ListedArticle[];
  /** True when listed afresh rather than taken from the cache. */
  fresh: boolean;
}

/**
 * The knowledge base's hash: from the cache when its file is unchanged (then parsed only if a compile asks
 * for it), else read, validated and hashed now, so a bad edit is reported at once.
 */
function scanKnowledgeBase(
  dataDir: string,
  cache: StatCache | null,
): { record: StatCacheData['knowledgeBase']; read: boolean; load: () => KnowledgeBase } {
  const file = knowledgeBasePath(dataDir);
  const stamp = file ? stampOf(file) : null;
  const cached = cache?.data.knowledgeBase;
  if (cache && cached && cached.file === file && unchanged(stamp, cached.stamp, cache)) {
    let parsed: KnowledgeBase | null = null;
    return {
      record: cached,
      read: false,
      load: () => {
        if (parsed) return parsed;
        const { knowledgeBase, source } = loadKnowledgeBase(dataDir);
        // Edited since the scan: what would be compiled is not what was hashed.
        if (sha256(source) !== cached.hash) throw new Error(`${file}: changed while compiling; run again`);
        parsed = knowledgeBase;
        return parsed;
      },
    };
  }
  const { knowledgeBase, source } = loadKnowledgeBase(dataDir);
  return {
    record: { file, stamp: stamp?.key ?? null, hash: sha256(source) },
    read: true,
    load: () => knowledgeBase,
  };
}

/**
 * The article folders as the cache lists them, when neither data/articles nor any article folder changed
 * since (a file added, removed or renamed in a folder changes its stamp); null otherwise.
 */
function cachedListing(dataDir: string, cache: StatCache | null): Listing | null {
  if (!cache) return null;
  const articlesDir = join(dataDir, 'articles');
  const stamp = stampOf(articlesDir);
  if (!unchanged(stamp, cache.data.articlesDir, cache)) return null;
  const articles: ListedArticle[] = [];
  for (const entry of cache.data.articles) {
    const dir = join(articlesDir, entry.id);
    const dirStamp = stampOf(dir);
    if (!dirStamp || !unchanged(dirStamp, entry.dir, cache)) return null;
    articles.push({
      dir: dirStamp,
      files: {
        slug: entry.id,
        textPath: join(dir, 'article.txt'),
        metaPath: join(dir, entry.meta),
        curationPath: entry.curation ? join(dir, entry.curation) : null,
      },
    });
  }
  return { articlesDir: stamp!, articles, fresh: false };
}

/** Lists data/articles with core's checks, every folder stamped before it is listed. */
function freshListing(dataDir: string): Listing {
  const articlesDir = join(dataDir, 'articles');
  const stamp = stampOf(articlesDir);
  const dirs = new Map<string, Stamp>();
  if (stamp) {
    for (const entry of readdirSync(articlesDir, { withFileTypes: true })) {
      const dirStamp = entry.isDirectory() ? stampOf(join(articlesDir, entry.name)) : null;
      if (dirStamp) dirs.set(entry.name, dirStamp);
    }
  }
  // Throws core's DataFileError for a missing folder, a bad folder name or a missing file.
  const articles = listArticleFiles(dataDir).map((files) => ({
    files,
    // A folder that appeared after the stamps were taken gets an empty stamp: listed afresh next time.
    dir: dirs.get(files.slug) ?? { key: '', changed: 0n },
  }));
  return { articlesDir: stamp ?? { key: '', changed: 0n }, articles, fresh: true };
}
