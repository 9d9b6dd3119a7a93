import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastRunsIn, nextWordStart, WORD_PATTERN, wordEndFrom } from './word-scan.js';

const scanned = (text: string): string[] => {
  const words: string[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEndFrom(text, start);
    words.push(text.slice(start, end));
    start = nextWordStart(text, end);
  }
  return words;
};
const matched = (text: string): string[] => [...text.matchAll(WORD_PATTERN)].map((m) => m[0]);

// Pieces where the hand scanner could part from the pattern: dotted capitals, apostrophes, marks,
// digits, astral letters and lone surrogates.
const PIECES = [
  'U.S.',
  'U.S',
  'A.',
  '.',
  "'",
  '’',
  's',
  'O',
  'é',
  'e\u0301',
  '\u0301',
  '7',
  '٣',
  '𝐀',
  '𝐀.',
  '😀',
  '\uD800',
  '\uDC00',
  ' ',
  '-',
  'Ωμέγα',
  'İ',
  'ǅ',
];

describe('nextWordStart and wordEndFrom', () => {
  it('finds the words WORD_PATTERN finds', () => {
    for (const text of [
      'U.S. and U.K. officials',
      "O’Brien doesn't rock'n2 roll",
      'the leaders’ meeting',
      'A.B',
      'É.Ü. x',
    ]) {
      expect(scanned(text)).toEqual(matched(text));
    }
    expect(scanned('U.S. O’Brien')).toEqual(['U.S.', 'O’Brien']);
  });

  it('agrees with WORD_PATTERN on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(matched(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the last runs of letters, digits, apostrophes and hyphens as splitting the slice does', () => {
    const split = (t: string, from: number, to: number, count: number) =>
      t
        .slice(from, to)
        .split(/[^\p{L}\p{N}'’-]+/u)
        .filter((w) => w.length > 0)
        .slice(-count);
    expect(lastRunsIn('they would not have met', 0, 23, 4)).toEqual(['would', 'not', 'have', 'met']);
    const piece = fc.array(fc.constantFrom(...PIECES, 'to', 'don’t', 'well-known'), { maxLength: 30 });
    const input = fc
      .tuple(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          piece.map((p) => p.join('')),
        ),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
      )
      .map(([t, a, b, count]) => {
        const from = t.length ? a % (t.length + 1) : 0;
        const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
        return { t, from, to, count };
      });
    fc.assert(
      fc.property(input, ({ t, from, to, count }) => {
        expect(lastRunsIn(t, from, to, count)).toEqual(split(t, from, to, count));
      }),
      { numRuns: 2000 },
    );
  });
});
