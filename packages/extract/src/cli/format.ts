import type { KnownEntity } from '@dispatch/core';
import { toEvaluation } from '../evaluation.js';
import { annotateArticle, type ExtractInput, type Extraction, extractArticle } from '../extract-article.js';

/** The evaluation interchange holds no events: extracting for it skips their pass, the costliest. */
export const extractFor = (format: 'eval' | 'corpus'): ((input: ExtractInput) => Extraction) =>
  format === 'eval' ? annotateArticle : extractArticle;

/** The output object for one article in the chosen format. */
export function formatResult(
  text: string,
  extraction: Extraction,
  knowledgeBase: KnownEntity[],
  format: 'eval' | 'corpus',
): object {
  return format === 'eval'
    ? toEvaluation(text, extraction, knowledgeBase)
    : { annotations: extraction.annotations, entities: extraction.entities };
}
