export { CorpusValidationError, compileCorpus, type ExtractFn, validateCorpus } from './compile-corpus.js';
export {
  compileCorpusStore,
  compileCorpusStoreParallel,
  defaultCompiledDir,
  type LoadCorpusOptions,
  loadCorpus,
  loadCorpusIndex,
  openCompiledCorpus,
} from './load-corpus.js';
export type { CompileStats } from './store/compile-store.js';
export { codeFingerprint } from './store/fingerprint.js';
export { openLastCompiled } from './store/open-last-compiled.js';
export { writeSyntheticCorpus } from './synthetic/write-corpus.js';
