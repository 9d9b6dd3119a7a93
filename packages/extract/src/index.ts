// The public surface of @dispatch/extract: text in, annotations out. Node- and browser-safe (no fs here;
// the CLI lives in cli.ts).

export { type EvaluationJson, toEvaluation } from './evaluation.js';
export {
  annotateArticle,
  type ExtractInput,
  type Extraction,
  extractArticle,
  type Pass,
  type PassRunner,
} from './extract-article.js';
