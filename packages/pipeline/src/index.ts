export { CorpusValidationError, compileCorpus, type ExtractFn, validateCorpus } from './compile-corpus.js';
export { type LoadCorpusOptions, loadCorpus } from './load-corpus.js';
