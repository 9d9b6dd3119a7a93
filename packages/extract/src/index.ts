// The public surface of @dispatch/extract: text in, annotations out. Node- and browser-safe (no fs here;
// the CLI lives in cli.ts).

export { type EvaluationJson, toEvaluation } from './evaluation.js';
export { type ExtractInput, type Extraction, extractArticle } from './extract-article.js';
