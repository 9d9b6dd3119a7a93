import { basename, dirname, join, resolve } from 'node:path';
import type { Corpus, CorpusIndex } from '@dispatch/core';
import { findDataDir, loadSourceData, sha256 } from '@dispatch/core/node';
import { compileCorpus, defaultExtract, type ExtractFn } from './compile-corpus.js';
import { compileParallel } from './store/compile-parallel.js';
import { type CompileStats, compileSync, planCompile } from './store/compile-store.js';
import { openCompiledCorpus } from './store/open-store.js';

export interface LoadCorpusOptions {
  /** The data/ folder; found by walking up from the working directory (or $DISPATCH_DATA) when absent. */
  dataDir?: string;
  /** Where the compiled corpus lives; default $DISPATCH_COMPILED, else `.dispatch/` beside data/. */
  compiledDir?: string;
  /** false: compile in memory every time and write nothing (the pre-cache behaviour). Default true. */
  cache?: boolean;
  /** The extractor to use (tests); the compiled cache is keyed on the default extractor's fingerprint. */
  extract?: ExtractFn;
}

/**
 * Where a data folder's compiled corpus is kept: $DISPATCH_COMPILED if set, else
 * `<parent of data>/.dispatch/<name>-<hash of its path>` (for the repo: `<repo>/.dispatch/data-…`, gitignored).
 */
export function defaultCompiledDir(dataDir: string): string {
  const fromEnv = process.env.DISPATCH_COMPILED;
  if (fromEnv) return resolve(fromEnv);
  const absolute = resolve(dataDir);
  return join(dirname(absolute), '.dispatch', `${basename(absolute)}-${sha256(absolute).slice(0, 8)}`);
}

/**
 * Reads data/ and returns the corpus: the one call every front end makes. Articles whose text, metadata,
 * knowledge base and extractor are unchanged since the last compile are read from the compiled cache, never
 * re-extracted; changed ones are extracted and the cache updated atomically.
 */
export function loadCorpus(options: LoadCorpusOptions = {}): Corpus {
  if (options.cache === false) {
    const dataDir = options.dataDir ?? findDataDir();
    return compileCorpus(loadSourceData(dataDir), options.extract);
  }
  return loadCorpusIndex(options).corpus;
}

/**
 * Like `loadCorpus`, but returns the query index over the compiled corpus without reading any article
 * body until a query needs it: what large corpora should use.
 */
export function loadCorpusIndex(options: Omit<LoadCorpusOptions, 'cache'> = {}): CorpusIndex {
  const compiledDir = compileCorpusStore(options).compiledDir;
  return openCompiledCorpus(compiledDir);
}

/** Brings the compiled corpus up to date in this thread; returns what it did. */
export function compileCorpusStore(
  options: Omit<LoadCorpusOptions, 'cache'> = {},
): CompileStats & { compiledDir: string } {
  const dataDir = options.dataDir ?? findDataDir();
  const compiledDir = options.compiledDir ?? defaultCompiledDir(dataDir);
  const stats = compileSync(planCompile(dataDir, compiledDir), options.extract ?? defaultExtract);
  return { ...stats, compiledDir };
}

/** Brings the compiled corpus up to date with extraction spread over worker threads (for large corpora). */
export async function compileCorpusStoreParallel(
  options: Omit<LoadCorpusOptions, 'cache'> & {
    workers?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<CompileStats & { compiledDir: string }> {
  const dataDir = options.dataDir ?? findDataDir();
  const compiledDir = options.compiledDir ?? defaultCompiledDir(dataDir);
  const stats = await compileParallel(planCompile(dataDir, compiledDir), options);
  return { ...stats, compiledDir };
}

export { openCompiledCorpus };
