// The reader's movement rules, kept pure so they can be tested without a terminal. The reader has a
// current paragraph (marked in the gutter) and a scroll position; j/k move between paragraphs but scroll
// through one that is taller than the screen first.
import type { Action } from '../keymap.js';
import type { ArticleLayout } from '../text/article-layout.js';

export interface ReaderPosition {
  paragraph: number;
  top: number;
  quote: number | null;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export const maxTop = (layout: ArticleLayout, viewport: number) =>
  Math.max(0, layout.lines.length - viewport);

/** The first line worth showing with a paragraph: its subhead when it opens a section, the headline for the first. */
function leadLine(layout: ArticleLayout, paragraph: number): number {
  if (paragraph === 0) return 0;
  const first = layout.paragraphs[paragraph]?.firstLine ?? 0;
  // Paragraphs follow a blank line; a subhead above that blank line belongs with the paragraph.
  let line = first - 2;
  if (layout.lines[line]?.kind !== 'subhead') return first;
  while (line > 0 && layout.lines[line - 1]!.kind === 'subhead') line--;
  return line;
}

/** Scrolls as little as possible so `paragraph` (with its subhead) is in view, or as much of it as fits. */
export function showParagraph(
  layout: ArticleLayout,
  paragraph: number,
  top: number,
  viewport: number,
): number {
  const laid = layout.paragraphs[paragraph];
  if (!laid) return clamp(top, 0, maxTop(layout, viewport));
  const start = leadLine(layout, paragraph);
  let next = top;
  if (laid.lastLine >= next + viewport) next = Math.min(start, laid.lastLine - viewport + 1);
  if (start < next) next = laid.lastLine - start < viewport ? start : laid.firstLine;
  return clamp(next, 0, maxTop(layout, viewport));
}

/** Scrolls so `line` is in view, keeping its paragraph's start in view too when both fit. */
export function showLine(
  layout: ArticleLayout,
  paragraph: number,
  line: number,
  top: number,
  viewport: number,
): number {
  let next = showParagraph(layout, paragraph, top, viewport);
  if (line < next) next = line;
  if (line >= next + viewport) next = line - viewport + 1;
  return clamp(next, 0, maxTop(layout, viewport));
}

/** The first paragraph starting at or below `top`, else the one running through it. */
function paragraphAt(layout: ArticleLayout, top: number): number {
  const below = layout.paragraphs.findIndex((p) => p.firstLine >= top);
  if (below >= 0) return below;
  return Math.max(0, layout.paragraphs.length - 1);
}

/** The position a movement key leads to, or null for keys that are not movements. */
export function moveInReader(
  layout: ArticleLayout,
  position: ReaderPosition,
  action: Action,
  viewport: number,
): ReaderPosition | null {
  const last = layout.paragraphs.length - 1;
  const { paragraph, top } = position;
  const current = layout.paragraphs[paragraph];
  const bottom = maxTop(layout, viewport);
  const scrollTo = (nextTop: number): ReaderPosition => {
    const clamped = clamp(nextTop, 0, bottom);
    const p = clamped >= bottom && clamped > top ? last : paragraphAt(layout, clamped);
    return { paragraph: Math.max(0, p), top: clamped, quote: null };
  };
  switch (action) {
    case 'down':
      if (current && current.lastLine >= top + viewport) return { ...position, top: top + 1 };
      if (paragraph >= last) return { ...position, top: bottom };
      return {
        paragraph: paragraph + 1,
        top: showParagraph(layout, paragraph + 1, top, viewport),
        quote: null,
      };
    case 'up':
      if (current && current.firstLine < top && paragraph > 0) return { ...position, top: top - 1 };
      if (paragraph <= 0) return { paragraph: 0, top: 0, quote: null };
      return {
        paragraph: paragraph - 1,
        top: showParagraph(layout, paragraph - 1, top, viewport),
        quote: null,
      };
    case 'top':
      return { paragraph: 0, top: 0, quote: null };
    case 'bottom':
      return { paragraph: Math.max(0, last), top: bottom, quote: null };
    case 'pageDown':
      return scrollTo(top + Math.max(1, viewport - 1));
    case 'pageUp':
      return scrollTo(top - Math.max(1, viewport - 1));
    case 'halfPageDown':
      return scrollTo(top + Math.max(1, Math.floor(viewport / 2)));
    case 'halfPageUp':
      return scrollTo(top - Math.max(1, Math.floor(viewport / 2)));
    default:
      return null;
  }
}

/**
 * The next (step 1) or previous (step -1) quotation from where the reader is, wrapping around the
 * article. Returns null when the article has no quotes; `wrapped` says the search went round.
 */
export function jumpToQuote(
  layout: ArticleLayout,
  position: ReaderPosition,
  step: 1 | -1,
  viewport: number,
): { position: ReaderPosition; wrapped: boolean } | null {
  const quotes = layout.quotes;
  if (quotes.length === 0) return null;
  let target: number;
  if (position.quote !== null) {
    target = position.quote + step;
  } else if (step === 1) {
    target = quotes.findIndex((q) => q.paragraph >= position.paragraph);
    if (target < 0) target = quotes.length;
  } else {
    target = quotes.findLastIndex((q) => q.paragraph < position.paragraph);
  }
  const wrapped = target < 0 || target >= quotes.length;
  target = (target + quotes.length) % quotes.length;
  const quote = quotes[target]!;
  return {
    position: {
      paragraph: quote.paragraph,
      top: showLine(layout, quote.paragraph, quote.line, position.top, viewport),
      quote: target,
    },
    wrapped,
  };
}

/** Where the reader opens when asked to show a character offset (a mention, a quote, a date). */
export function focusOffset(layout: ArticleLayout, offset: number, viewport: number): ReaderPosition {
  const paragraph = Math.max(
    0,
    layout.paragraphs.findIndex((p) => p.paragraph.span.start <= offset && offset < p.paragraph.span.end),
  );
  const quoteIndex = layout.quotes.findIndex(
    (q) => q.quote.span.start <= offset && offset < q.quote.span.end,
  );
  const quote = quoteIndex >= 0 ? quoteIndex : null;
  const laid = layout.paragraphs[paragraph];
  const line = quote !== null ? layout.quotes[quote]!.line : (laid?.firstLine ?? 0);
  // Open with the paragraph a little below the top, so what comes before it is visible too.
  const preferred = Math.max(0, (laid?.firstLine ?? 0) - Math.floor(viewport / 4));
  return { paragraph, top: showLine(layout, paragraph, line, preferred, viewport), quote };
}
