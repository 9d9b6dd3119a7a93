import type { AnnotatedArticle, Paragraph, Span } from '@dispatch/core';

/** A run of sentences rendered as one element: one sentence, or several that a quote spans. */
export interface SentenceUnit {
  /** The id the element carries (its first sentence's). */
  id: string;
  /** The ids of the other sentences it holds, kept as anchors so their deep links still land. */
  aliasIds: string[];
  span: Span;
}

/**
 * Groups a paragraph's sentences so no quote, mention or time crosses the edge of a group: HTML cannot
 * nest a quote that starts in one sentence element and ends in the next, so such sentences share one.
 */
export function sentenceUnits(article: AnnotatedArticle, paragraph: Paragraph): SentenceUnit[] {
  const marks = [...article.quotes, ...article.mentions, ...article.times].map((mark) => mark.span);
  const crosses = (boundary: number) => marks.some((span) => span.start < boundary && boundary < span.end);
  const units: SentenceUnit[] = [];
  for (const sentence of paragraph.sentences) {
    const last = units[units.length - 1];
    if (last && crosses(sentence.span.start)) {
      last.aliasIds.push(sentence.id);
      last.span = { start: last.span.start, end: Math.max(last.span.end, sentence.span.end) };
    } else {
      units.push({ id: sentence.id, aliasIds: [], span: { ...sentence.span } });
    }
  }
  return units;
}
