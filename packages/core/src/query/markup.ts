import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';
import { compareSpans, type Span, spanContains, spansOverlap } from '../schema/span.js';
import type { TimeExpression } from '../schema/time.js';

export type Mark =
  | { kind: 'quote'; span: Span; quote: Quote }
  | { kind: 'mention'; span: Span; mention: Mention }
  | { kind: 'time'; span: Span; time: TimeExpression };

export type Segment = { kind: 'text'; text: string } | (Mark & { children: Segment[] });

// Quotes enclose mentions and times, so at equal spans the quote must open first.
const KIND_ORDER: Record<Mark['kind'], number> = { quote: 0, mention: 1, time: 2 };

/** The article's annotations that fall inside `range`, in reading order (for highlighting). */
export function marksIn(article: AnnotatedArticle, range: Span): Mark[] {
  const inside = (span: Span) => spanContains(range, span) && span.end > span.start;
  const marks: Mark[] = [
    ...article.quotes
      .filter((q) => inside(q.span))
      .map((quote) => ({ kind: 'quote' as const, span: quote.span, quote })),
    ...article.mentions
      .filter((m) => inside(m.span))
      .map((mention) => ({ kind: 'mention' as const, span: mention.span, mention })),
    ...article.times
      .filter((t) => inside(t.span))
      .map((time) => ({ kind: 'time' as const, span: time.span, time })),
  ];
  return marks.sort((a, b) => compareSpans(a.span, b.span) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * Splits `range` of the text into plain runs and nested marks, ready to render as a tree. A mark that
 * crosses the edge of an enclosing one (which well-formed data never has) is left out rather than
 * breaking the nesting.
 */
export function segmentText(article: AnnotatedArticle, range: Span): Segment[] {
  const root: Segment[] = [];
  type Open = { span: Span; children: Segment[]; cursor: number };
  const stack: Open[] = [{ span: range, children: root, cursor: range.start }];
  const text = article.text;
  const close = () => {
    const open = stack.pop()!;
    if (open.cursor < open.span.end)
      open.children.push({ kind: 'text', text: text.slice(open.cursor, open.span.end) });
    const parent = stack[stack.length - 1];
    if (parent) parent.cursor = open.span.end;
  };
  for (const mark of marksIn(article, range)) {
    while (stack.length > 1 && stack[stack.length - 1]!.span.end <= mark.span.start) close();
    const parent = stack[stack.length - 1]!;
    if (!spanContains(parent.span, mark.span) || mark.span.start < parent.cursor) continue;
    if (parent.children.some((s) => s.kind !== 'text' && spansOverlap(s.span, mark.span))) continue;
    if (parent.cursor < mark.span.start) {
      parent.children.push({ kind: 'text', text: text.slice(parent.cursor, mark.span.start) });
    }
    const children: Segment[] = [];
    parent.children.push({ ...mark, children });
    parent.cursor = mark.span.start;
    stack.push({ span: mark.span, children, cursor: mark.span.start });
  }
  while (stack.length > 0) close();
  return root;
}
