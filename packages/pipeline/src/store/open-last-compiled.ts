import { join, resolve } from 'node:path';
import { type CorpusIndex, SCHEMA_VERSION } from '@dispatch/core';
import { STORE_FORMAT } from './fingerprint.js';
import { openCompiledCorpus } from './open-store.js';
import { currentBuild, type Manifest, readJson } from './store-files.js';

/**
 * The corpus as last compiled from `dataDir` into `compiledDir`, opened without looking at data/, or null
 * when there is none of this store format and schema (or it cannot be opened). For a front end that shows
 * it at once and brings the store up to date meanwhile (compileCorpusStore), then opens it again: it may
 * be older than data/ or than the extractor.
 */
export function openLastCompiled(dataDir: string, compiledDir: string): CorpusIndex | null {
  try {
    const build = currentBuild(compiledDir);
    if (!build) return null;
    const manifest = readJson<Manifest>(join(build, 'manifest.json'));
    const compatible =
      manifest.format === STORE_FORMAT &&
      manifest.schemaVersion === SCHEMA_VERSION &&
      manifest.dataDir === resolve(dataDir);
    return compatible ? openCompiledCorpus(compiledDir) : null;
  } catch {
    // A damaged store is compiled again the usual way, which reports what is wrong with data/.
    return null;
  }
}
