import type { Token } from './tokens.js';

// After these, a capitalised word may be capitalised only by position.
const OPENERS = new Set(['.', '!', '?', '…', '\n', '“', '"', '‘', '(', ':', ';', '—', '–', '[', '•', '*']);
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

/**
 * Marks tokens that stand where any word is capitalised: the start of the text, a sentence, a line, a
 * quotation or a clause after a colon or dash. Such a capital is no evidence of a name.
 */
export function markInitial(text: string, tokens: readonly Token[]): boolean[] {
  return tokens.map((token) => {
    let at = token.start - 1;
    while (at >= 0 && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0')) at--;
    if (at < 0) return true;
    const ch = text[at]!;
    if (CLOSERS.has(ch)) {
      const before = text[at - 1];
      return before === '.' || before === '!' || before === '?';
    }
    if (ch === '-' && text[at - 1] === ' ') return true; // "CRICKET - LEICESTERSHIRE"
    return OPENERS.has(ch) || ch === '\r' || ch === '\uFEFF';
  });
}

/**
 * Marks tokens of headline-like lines (title case or all capitals), where capitals say nothing either:
 * a line whose words are mostly capitalised.
 */
export function markHeadlineLines(text: string, tokens: readonly Token[]): boolean[] {
  const weak = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  while (i < tokens.length) {
    const nl = text.indexOf('\n', tokens[i]!.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let j = i;
    let words = 0;
    let capital = 0;
    while (j < tokens.length && tokens[j]!.start < lineEnd) {
      const t = tokens[j]!;
      if (/^\p{L}/u.test(t.text) && t.text.length > 3) {
        words++;
        if (t.cap) capital++;
      } else if (t.upper) {
        words++;
        capital++;
      }
      j++;
    }
    if (words >= 3 && capital >= 0.7 * words) weak.fill(true, i, j);
    i = j;
  }
  return weak;
}
