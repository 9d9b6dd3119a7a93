import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../text/lower-case.js';
import { lastRunsIn } from '../text/word-scan.js';
import { lastRunsBefore, plainWord } from './words-before.js';

describe('lastRunsBefore', () => {
  it('reads the last words before a place, apostrophes and hyphens inside them', () => {
    const text = 'He said they wouldn’t hold full-scale talks';
    expect(lastRunsBefore(text, 0, text.length - 6, 3)).toEqual(['wouldn’t', 'hold', 'full-scale']);
    expect(lastRunsBefore(text, 20, text.length, 4)).toEqual(['t', 'hold', 'full-scale', 'talks']);
  });

  it('agrees with lastRunsIn on any text, Unicode letters included', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      "'",
      '’',
      '-',
      ' ',
      ',',
      '“',
      'é',
      'İ',
      '𝐀',
      '\uD800',
      '\uDC00',
      '٣',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((p) => p.join('')),
        fc.nat(20),
        fc.nat(20),
        fc.integer({ min: 1, max: 5 }),
        (text, a, b, count) => {
          const from = Math.min(a, b, text.length);
          const to = Math.min(Math.max(a, b), text.length);
          expect(lastRunsBefore(text, from, to, count)).toEqual(lastRunsIn(text, from, to, count));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('plainWord', () => {
  it('lower-cases a word and reads ’ as an apostrophe', () => {
    expect(plainWord('Wouldn’t')).toBe("wouldn't");
    expect(plainWord('talks')).toBe('talks');
    expect(plainWord('ÉTÉ’S')).toBe("été's");
  });

  it('agrees with lower-casing and replacing', () => {
    const piece = fc.constantFrom('a', 'Z', 'N', "'", '’', '-', 'é', 'É', 'İ', 'K', 'Σ', '𝐀', '7');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        (word) => {
          expect(plainWord(word)).toBe(lowerCase(word).replaceAll('’', "'"));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
