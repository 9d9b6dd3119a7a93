import type { Span } from '@dispatch/core';
import { spacesEnd, spacesStart } from '../text/end-anchored.js';

/** A stretch of quoted words found between quotation marks, before attribution. */
export interface QuoteSpan {
  /** The quoted words, marks and surrounding space excluded. */
  span: Span;
  /** The opening mark's index, and one past the closing mark (or the block end when it runs on). */
  outer: Span;
  /** Index into the returned list of the quote this one is nested in. */
  parent: number | null;
  /** The quote opened in an earlier paragraph whose quote ran on without a closing mark. */
  continued: boolean;
}

// every character that can be a quotation mark: the scan jumps from one to the next
const MARK = /["“”‘’'«»„]/g;
const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–-]/.test(ch);
// Asked at every apostrophe: ASCII is decided by its code, the rest by Unicode's classes.
const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
};

/**
 * Finds quotations in each block (paragraph, headline or subhead) of the text: curly, straight and
 * doubled-single ('') double marks, single marks nested inside them or standing alone, and quotes whose
 * paragraph ends without a closing mark when the next paragraph opens with one (they run on).
 */
export function findQuoteSpans(text: string, blocks: readonly Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let runsOn = false;
  blocks.forEach((block, b) => {
    const opensWithMark = /^["“«„]|^''/.test(text.slice(block.start, block.start + 2));
    const carried = runsOn && opensWithMark;
    runsOn = false;
    let open: { at: number; inner: number; index: number } | null = null;
    let single: { at: number; inner: number } | null = null;
    const push = (from: number, to: number, outerEnd: number, continued: boolean): void => {
      const s = spacesEnd(text, from, to);
      const e = spacesStart(text, s, to);
      if (e > s)
        quotes.push({
          span: { start: s, end: e },
          outer: { start: from - 1, end: outerEnd },
          parent: null,
          continued,
        });
    };
    MARK.lastIndex = block.start;
    for (let found = MARK.exec(text); found && found.index < block.end; found = MARK.exec(text)) {
      let i = found.index;
      const ch = found[0];
      const prev = text[i - 1];
      const next = text[i + 1];
      let mark: 'open' | 'close' | null = null;
      let width = 1;
      if (DOUBLE_OPEN.has(ch)) mark = open ? null : 'open';
      else if (DOUBLE_CLOSE.has(ch)) mark = open ? 'close' : null;
      else if (ch === '"' || (ch === "'" && next === "'")) {
        width = ch === '"' ? 1 : 2;
        const after = text[i + width];
        if (open) mark = 'close';
        else if (
          (i === block.start || isSpace(prev) || prev === ':' || prev === ',') &&
          /\S/.test(after ?? '')
        )
          mark = 'open';
      }
      if (mark === 'open') {
        open = { at: i, inner: i + width, index: -1 };
        single = null;
        i += width - 1;
        MARK.lastIndex = i + 1;
        continue;
      }
      if (mark === 'close' && open) {
        push(open.inner, i, i + width, carried && open.at === block.start);
        open = null;
        single = null;
        i += width - 1;
        MARK.lastIndex = i + 1;
        continue;
      }
      // single marks: ‘…’ (or '…' inside double quotes); an apostrophe sits between letters
      const singleOpen = (ch === '‘' || (ch === "'" && open)) && !isLetter(prev) && isLetter(next);
      const singleClose = (ch === '’' || ch === "'") && single && !isLetter(next) && prev !== ' ';
      if (singleOpen && !single) single = { at: i, inner: i + 1 };
      else if (singleClose && single) {
        push(single.inner, i, i + 1, false);
        single = null;
      }
    }
    if (open) {
      // an unclosed quote runs on only into a paragraph that opens with a mark
      const nextBlock = blocks[b + 1];
      if (nextBlock && /^["“«„]|^''/.test(text.slice(nextBlock.start, nextBlock.start + 2))) {
        push(open.inner, block.end, block.end, carried && open.at === block.start);
        runsOn = true;
      }
    }
  });
  return fixParents(quotes);
}

/** Recomputes parent indices from containment once the order is final (one level of nesting). */
function fixParents(quotes: QuoteSpan[]): QuoteSpan[] {
  quotes.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let top = -1;
  quotes.forEach((q, i) => {
    const p = quotes[top];
    q.parent = p && p.outer.start <= q.outer.start && q.outer.end <= p.outer.end ? top : null;
    if (q.parent === null) top = i;
  });
  return quotes;
}
