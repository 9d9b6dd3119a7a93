import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../schema/span.js';
import { foldTerm, WORD_SEPARATOR } from './search-index.js';
import { matchesIn } from './word-matches.js';

/** The plain definition: split with WORD_SEPARATOR, fold every word, keep those that are terms. */
function reference(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const separator = new RegExp(WORD_SEPARATOR.source, 'gu');
  let start = 0;
  const check = (end: number) => {
    if (end > start && terms.has(foldTerm(text.slice(start, end)) ?? '')) spans.push({ start, end });
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    check(match.index);
    start = match.index + match[0].length;
  }
  check(text.length);
  return spans;
}

const WORDS = ['Ceasefire', 'talks', 'Zelénskyy', 'ﬁnal', 'İstanbul', 'a', '10:30', 'x😀y', 'naïve'];
const PIECES = [...WORDS, ' ', ', ', '—', '«', '»', '\n', '\u00a0', '$', '+', '😀', '\ud800', '“', '’s', '_'];

describe('matchesIn', () => {
  it('marks the words whose folded form is a matched term', () => {
    const text = 'Ceasefire talks: “CEASEFIRE now,” said Zelénskyy.';
    expect(matchesIn(text, new Set(['ceasefire', 'zelenskyy']))).toEqual([
      { start: 0, end: 9 },
      { start: 18, end: 27 },
      { start: 39, end: 48 },
    ]);
  });

  it('finds exactly the words a split with WORD_SEPARATOR and folding finds', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
    const terms = fc
      .array(fc.constantFrom(...WORDS, 's', 'final', 'naive', 'x😀y', 'istanbul', 'i̇stanbul'), {
        maxLength: 4,
      })
      .map((words) => new Set(words.map((word) => foldTerm(word) ?? '')));
    fc.assert(
      fc.property(text, terms, (t, set) => {
        expect(matchesIn(t, set)).toEqual(reference(t, set));
      }),
      { numRuns: 500 },
    );
  });
});
