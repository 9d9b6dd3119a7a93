export {
  type ArticleFiles,
  knowledgeBasePath,
  listArticleFiles,
  readSourceArticle,
  type SourceArticle,
} from './data-layout.js';
export { displayPath } from './display-path.js';
export { findDataDir } from './find-data-dir.js';
export { loadKnowledgeBase, loadSourceData, type SourceData } from './load-data.js';
export { sha256 } from './sha256.js';
export { writeFileAtomic } from './write-file-atomic.js';
