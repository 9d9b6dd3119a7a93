import type { KnownEntity } from '@dispatch/core';
import { toEvaluation } from '../evaluation.js';
import type { Extraction } from '../extract-article.js';

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
