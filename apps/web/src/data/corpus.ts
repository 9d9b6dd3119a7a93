import { type CorpusIndex, indexCorpus } from '@dispatch/core';
import { loadCorpus } from '@dispatch/pipeline';

let cached: CorpusIndex | undefined;

/** The corpus, compiled from data/ once per build worker. Pages call this at build time only. */
export function corpusIndex(): CorpusIndex {
  cached ??= indexCorpus(loadCorpus());
  return cached;
}
