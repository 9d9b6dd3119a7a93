import type { Corpus } from '@dispatch/core';
import { findDataDir, loadSourceData } from '@dispatch/core/node';
import { compileCorpus } from './compile-corpus.js';

export interface LoadCorpusOptions {
  /** The data/ folder; found by walking up from the working directory (or $DISPATCH_DATA) when absent. */
  dataDir?: string;
}

/** Reads data/ and compiles it: the one call every front end makes to get its corpus. */
export function loadCorpus(options: LoadCorpusOptions = {}): Corpus {
  const dataDir = options.dataDir ?? findDataDir();
  return compileCorpus(loadSourceData(dataDir));
}
