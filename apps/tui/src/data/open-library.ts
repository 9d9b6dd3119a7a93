import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findDataDir } from '@dispatch/core/node';
import {
  defaultCompiledDir,
  loadCorpusIndex,
  openCompiledCorpus,
  openLastCompiled,
} from '@dispatch/pipeline';
import { createLibrary, type Library } from './library.js';
import type { RefreshRequest, RefreshResult } from './refresh-worker.js';

// The worker is its own bundle beside this one (dist/refresh-worker.js); from sources (tests) there is none.
const REFRESH_WORKER = fileURLToPath(new URL('./refresh-worker.js', import.meta.url));

/**
 * Opens the corpus of `dataDir`, else $DISPATCH_DATA or the nearest data/ above the working directory,
 * else the one above this program. The pipeline's compiled store is used (and brought up to date), and
 * article bodies are read only when a screen shows them, so a large corpus opens as fast as a small one.
 */
export function openLibrary(dataDir: string | null): Library {
  return createLibrary(loadCorpusIndex({ dataDir: dataDir ?? locateDataDir() }));
}

export interface OpenedLibrary {
  /**
   * The corpus to show at once: up to date, or as last compiled while `update` checks; null when a large
   * corpus has never been compiled (then `update` compiles it).
   */
  library: Library | null;
  /**
   * The check of data/ against the compiled store: resolves to the up-to-date library when the store
   * changed or `library` is null, to null when `library` was already up to date; rejects with the compile's error (a bad data
   * file names its file and line).
   */
  update: Promise<Library | null> | null;
}

// Below this many articles, checking data/ takes a few milliseconds: done before the list is shown, without
// a worker (whose start costs more than that check). $DISPATCH_BACKGROUND_CHECK_FROM overrides it (tests).
const backgroundCheckFrom = (): number => {
  const fromEnv = Number(process.env.DISPATCH_BACKGROUND_CHECK_FROM);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : 1000;
};

/**
 * For the interactive UI: the last compiled corpus at once, while a worker thread (on another core) checks
 * data/ and compiles what changed; checking 10,000 articles' files takes longer than drawing the list.
 */
export function openLibraryAtOnce(dataDir: string | null): OpenedLibrary {
  const dir = resolve(dataDir ?? locateDataDir());
  const compiledDir = defaultCompiledDir(dir);
  if (!existsSync(REFRESH_WORKER)) return { library: openLibrary(dir), update: null };
  const last = openLastCompiled(dir, compiledDir);
  if ((last?.ordinalById.size ?? articleFolders(dir)) < backgroundCheckFrom()) {
    return { library: openLibrary(dir), update: null };
  }
  // Never compiled (or not in this format): the worker compiles it while the loading frame stays responsive.
  const update = refreshInWorker({ dataDir: dir, compiledDir }).then((wrote) =>
    wrote || !last ? createLibrary(openCompiledCorpus(compiledDir)) : null,
  );
  return { library: last ? createLibrary(last) : null, update };
}

/** How many folders data/articles holds (0 when it is missing: the compile then says what is wrong). */
function articleFolders(dataDir: string): number {
  try {
    return readdirSync(join(dataDir, 'articles')).length;
  } catch {
    return 0;
  }
}

/** Resolves to whether the worker wrote a new build. */
function refreshInWorker(request: RefreshRequest): Promise<boolean> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(REFRESH_WORKER, { workerData: request });
    // Quitting does not wait for it: a compile cut short leaves the live build as it was.
    worker.unref();
    worker.once('message', (result: RefreshResult) => {
      if ('error' in result) reject(new Error(result.error));
      else resolvePromise(result.wrote);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the corpus check stopped (exit code ${code})`)));
  });
}

function locateDataDir(): string {
  try {
    return findDataDir();
  } catch (error) {
    try {
      return findDataDir(dirname(fileURLToPath(import.meta.url)));
    } catch {
      throw error;
    }
  }
}
