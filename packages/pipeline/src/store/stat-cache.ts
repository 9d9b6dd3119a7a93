import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@dispatch/core/node';

// What the scanner learnt about data/ at its last run, so an unchanged file is known by its stat alone (as
// git's index knows a clean file): each file's size, mtime and ctime (nanoseconds) and inode with the hash
// its content had, and each folder's stamp with the files found in it. It sits beside the builds, at
// <store>/stat-cache.json, and is only ever a shortcut: anything missing, corrupt or doubtful is re-read.

export const STAT_CACHE_VERSION = 1;

// A file changed in the same clock tick as it was last read keeps its stamp (git's "racy" case); so are
// entries that changed this close to the scan that recorded them: file systems stamp with a coarse clock
// (jiffies on Linux, 2 s on FAT), so two seconds covers the tick and the clock's lag behind Date.now().
const RACY_MARGIN_NS = 2_000_000_000n;

/** A file's or folder's stat as compared: `key` is equal for unchanged files; `changed` is max(mtime, ctime). */
export interface Stamp {
  key: string;
  changed: bigint;
}

export interface CachedArticle {
  id: string;
  /** File names of the metadata and curation (null: none) inside the article folder. */
  meta: string;
  curation: string | null;
  dir: string;
  text: string;
  metaStamp: string;
  curationStamp: string | null;
  /** articleHash of the files with these stamps, for `extractor` and the knowledge base's `hash`. */
  hash: string;
}

export interface StatCacheData {
  version: number;
  dataDir: string;
  extractor: string;
  /** When the scan that wrote it began (ns since the epoch, as a decimal string). */
  scannedAt: string;
  knowledgeBase: { file: string | null; stamp: string | null; hash: string };
  articlesDir: string;
  articles: CachedArticle[];
}

export interface StatCache {
  data: StatCacheData;
  /** Stamps that changed at or after this instant are not trusted: the file is read again. */
  racyFrom: bigint;
}

export const statCachePath = (storeDir: string): string => join(storeDir, 'stat-cache.json');

export const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

/** The stamp of a file or folder, or null when there is nothing at `path`. */
export function stampOf(path: string): Stamp | null {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!stat) return null;
  return {
    key: `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`,
    // biome-ignore lint/complexity/useMathMinMax: Math.max does not take BigInts
    changed: stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs,
  };
}

/** True when `now` is the stamp the cache recorded and old enough to be trusted; both null: still absent. */
export function unchanged(now: Stamp | null, recorded: string | null | undefined, cache: StatCache): boolean {
  if (now === null || recorded == null) return now === null && recorded === null;
  return now.key === recorded && now.changed < cache.racyFrom;
}

/**
 * The stat cache of a store for `dataDir`, or null when there is none usable (absent, unreadable, corrupt,
 * another version or another data folder): the scanner then reads everything, as without a cache.
 */
export function readStatCache(storeDir: string, dataDir: string): StatCache | null {
  const path = statCachePath(storeDir);
  try {
    const written = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!written) return null;
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!isStatCacheData(data) || data.dataDir !== dataDir) return null;
    // Trust only what changed strictly before both the cache was written and the scan that wrote it began.
    const scanned = BigInt(data.scannedAt) - RACY_MARGIN_NS;
    return { data, racyFrom: written.mtimeNs < scanned ? written.mtimeNs : scanned };
  } catch {
    return null;
  }
}

/** Replaces the stat cache atomically; a store that cannot be written loses only the shortcut. */
export function writeStatCache(storeDir: string, data: StatCacheData): void {
  try {
    writeFileAtomic(statCachePath(storeDir), JSON.stringify(data));
  } catch {
    // A read-only store still opens; its scans just read every file.
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || isString(value);

function isStatCacheData(value: unknown): value is StatCacheData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  const kb = data.knowledgeBase as Record<string, unknown> | null | undefined;
  return (
    data.version === STAT_CACHE_VERSION &&
    isString(data.dataDir) &&
    isString(data.extractor) &&
    isString(data.scannedAt) &&
    /^\d+$/.test(data.scannedAt) &&
    isString(data.articlesDir) &&
    typeof kb === 'object' &&
    kb !== null &&
    isNullableString(kb.file) &&
    isNullableString(kb.stamp) &&
    isString(kb.hash) &&
    Array.isArray(data.articles) &&
    data.articles.every(isCachedArticle)
  );
}

function isCachedArticle(value: unknown): value is CachedArticle {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    isString(a.id) &&
    isString(a.meta) &&
    isNullableString(a.curation) &&
    isString(a.dir) &&
    isString(a.text) &&
    isString(a.metaStamp) &&
    isNullableString(a.curationStamp) &&
    isString(a.hash)
  );
}
