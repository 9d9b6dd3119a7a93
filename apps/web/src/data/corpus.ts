import { type CorpusIndex, indexCorpus } from '@dispatch/core';

let pending: Promise<CorpusIndex> | undefined;

/**
 * The corpus, compiled from data/ once per build worker. Pages call this at build time only.
 *
 * The pipeline is imported at run time by Node itself, not bundled: it is node-only code that finds its
 * worker files and data folder relative to its own location, which bundling would break.
 */
export function corpusIndex(): Promise<CorpusIndex> {
  pending ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '@dispatch/pipeline').then(
    (pipeline: typeof import('@dispatch/pipeline')) => indexCorpus(pipeline.loadCorpus()),
  );
  return pending;
}
