import type { Token } from './tokens.js';
import { isLetterAt } from './word-scan.js';

// After these, a capitalised word may be capitalised only by position.
const OPENERS = new Set(
  ['.', '!', '?', '…', '\n', '“', '"', '‘', '(', ':', ';', '—', '–', '[', '•', '*'].map((c) =>
    c.charCodeAt(0),
  ),
);
const CLOSERS = new Set(['”', '"', '’', "'", ')'].map((c) => c.charCodeAt(0)));

/**
 * Whether a word starting at `start` stands where any word is capitalised: the start of the text, a
 * sentence, a line, a quotation or a clause after a colon or dash. Such a capital is no evidence of a name.
 */
export function isInitialAt(text: string, start: number): boolean {
  let at = start - 1;
  let ch = text.charCodeAt(at);
  // spaces, tabs and no-break spaces
  while (at >= 0 && (ch === 32 || ch === 9 || ch === 0xa0)) ch = text.charCodeAt(--at);
  if (at < 0) return true;
  if (CLOSERS.has(ch)) {
    const before = text[at - 1];
    return before === '.' || before === '!' || before === '?';
  }
  if (ch === 45 && text[at - 1] === ' ') return true; // "CRICKET - LEICESTERSHIRE" (a hyphen)
  return OPENERS.has(ch) || ch === 13 || ch === 0xfeff;
}

/** How a line is cased: 0 ordinary text, 1 title case (most words capitalised), 2 all capitals. */
export type LineCase = 0 | 1 | 2;

/**
 * Marks the tokens of headline-like lines, where capitals say little: title-case lines (1) and
 * all-capital lines (2).
 */
export function markLineCase(text: string, tokens: readonly Token[]): LineCase[] {
  const cases: LineCase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const nl = text.indexOf('\n', tokens[i]!.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let j = i;
    let words = 0;
    let capital = 0;
    let upper = 0;
    while (j < tokens.length && tokens[j]!.start < lineEnd) {
      const t = tokens[j]!;
      if (t.text.length > 3 && isLetterAt(t.text, 0)) {
        words++;
        if (t.cap) capital++;
        if (t.upper) upper++;
      } else if (t.upper) {
        words++;
        capital++;
        upper++;
      }
      j++;
    }
    const lineCase: LineCase =
      words >= 2 && upper >= 0.8 * words ? 2 : words >= 3 && capital >= 0.7 * words ? 1 : 0;
    for (; i < j; i++) cases.push(lineCase);
  }
  return cases;
}
