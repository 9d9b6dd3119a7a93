export { displayPath } from './display-path.js';
export { findDataDir } from './find-data-dir.js';
export { loadSourceData, type SourceArticle, type SourceData, sha256 } from './load-data.js';
export { writeFileAtomic } from './write-file-atomic.js';
