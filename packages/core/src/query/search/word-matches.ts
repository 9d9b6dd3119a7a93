import type { Span } from '../../schema/span.js';
import { foldTerm, WORD_SEPARATOR } from './search-index.js';

// Whether each ASCII character separates words, decided once by WORD_SEPARATOR itself.
const ASCII_SEPARATOR = Array.from({ length: 128 }, (_, c) => WORD_SEPARATOR.test(String.fromCharCode(c)));
const ONE_SEPARATOR = new RegExp(`^${WORD_SEPARATOR.source.replace(/\+$/, '')}$`, 'u');

/**
 * Spans of the words of `text` whose folded form is one of `terms` (the index terms that matched): the
 * words MiniSearch indexed, split and folded alike. Scans by character code, folding only the words that
 * could match (an ASCII word folds to a term of its own length).
 */
export function matchesIn(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const asciiLengths = new Set<number>();
  for (const term of terms) asciiLengths.add(term.length);
  let start = 0;
  let ascii = true;
  const check = (end: number) => {
    if (end <= start || (ascii && !asciiLengths.has(end - start))) return;
    if (terms.has(foldTerm(text.slice(start, end)) ?? '')) spans.push({ start, end });
  };
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const separates = code < 128 ? ASCII_SEPARATOR[code]! : ONE_SEPARATOR.test(String.fromCodePoint(code));
    if (separates) {
      check(i);
      start = i + width;
      ascii = true;
    } else if (code >= 128) ascii = false;
    i += width;
  }
  check(text.length);
  return spans;
}
