import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Span } from '../schema/span.js';
import { sentenceAt } from './context.js';

/** A sentence of one article, with its words: what a fact cites as evidence and links to. */
export interface SentenceRef {
  articleId: string;
  headline: string;
  /** The sentence's id, also its deep-link anchor; null when the span lies outside every sentence. */
  sentenceId: string | null;
  span: Span;
  text: string;
}

/** The sentence holding `span` (or `span` itself when no sentence does). */
export function sentenceRef(article: AnnotatedArticle, span: Span): SentenceRef {
  const sentence = sentenceAt(article, span);
  const at = sentence?.span ?? span;
  return {
    articleId: article.id,
    headline: article.headline,
    sentenceId: sentence?.id ?? null,
    span: at,
    text: article.text.slice(at.start, at.end),
  };
}
