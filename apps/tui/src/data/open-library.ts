import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexCorpus } from '@dispatch/core';
import { findDataDir } from '@dispatch/core/node';
import { loadCorpus } from '@dispatch/pipeline';
import { createLibrary, type Library } from './library.js';

/**
 * Loads the corpus from `dataDir`, else $DISPATCH_DATA or the nearest data/ above the working directory,
 * else the one above this program (so the installed bin works from any folder of the repo's machine).
 */
export function openLibrary(dataDir: string | null): Library {
  return createLibrary(indexCorpus(loadCorpus({ dataDir: dataDir ?? locateDataDir() })));
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
