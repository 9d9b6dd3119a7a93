import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Span } from '../schema/span.js';
import type { Sentence } from '../schema/structure.js';

/** Every sentence of the article in reading order. */
export function sentencesOf(article: AnnotatedArticle): Sentence[] {
  return article.structure.sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) => paragraph.sentences),
  );
}

/** The sentence containing `span` (or the one it starts in), if any. */
export function sentenceAt(article: AnnotatedArticle, span: Span): Sentence | null {
  for (const sentence of sentencesOf(article)) {
    if (sentence.span.start <= span.start && span.start < sentence.span.end) return sentence;
  }
  return null;
}

export interface InContext {
  before: string;
  match: string;
  after: string;
  /** The span of the whole context shown (the sentence, or the match's surroundings). */
  span: Span;
}

/** `span` inside its sentence, split into before / match / after for display. */
export function inContext(article: AnnotatedArticle, span: Span): InContext {
  const sentence = sentenceAt(article, span);
  const start = Math.min(sentence?.span.start ?? Math.max(0, span.start - 80), span.start);
  const end = Math.max(sentence?.span.end ?? Math.min(article.text.length, span.end + 80), span.end);
  return {
    before: article.text.slice(start, span.start),
    match: article.text.slice(span.start, span.end),
    after: article.text.slice(span.end, end),
    span: { start, end },
  };
}
