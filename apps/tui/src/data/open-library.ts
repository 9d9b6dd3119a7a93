import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDataDir } from '@dispatch/core/node';
import { loadCorpusIndex } from '@dispatch/pipeline';
import { createLibrary, type Library } from './library.js';

/**
 * Opens the corpus of `dataDir`, else $DISPATCH_DATA or the nearest data/ above the working directory,
 * else the one above this program. The pipeline's compiled store is used (and brought up to date), and
 * article bodies are read only when a screen shows them, so a large corpus opens as fast as a small one.
 */
export function openLibrary(dataDir: string | null): Library {
  return createLibrary(loadCorpusIndex({ dataDir: dataDir ?? locateDataDir() }));
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
