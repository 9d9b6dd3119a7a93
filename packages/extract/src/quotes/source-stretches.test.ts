import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.js';
import { DESCRIBED, PLURAL_SOURCES, sourceWords } from './candidates.js';
import { matchesInStretches } from './source-stretches.js';

const everywhere = (text: string, re: RegExp) =>
  [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));

// Pieces that make or break a match, and characters at the edges of stretches.
const PIECES = [
  'a',
  'an',
  'The',
  'senior',
  'two',
  'Kremlin',
  'US',
  'aide',
  'aides',
  'Aides',
  'officials',
  'Officials',
  'OFFICIALS',
  'source',
  'sources',
  'spokesman',
  'to',
  'close to',
  'familiar with',
  'the',
  'Zelensky',
  'St.',
  '’s',
  "'",
  '-',
  '.',
  ',',
  '“',
  '”',
  '(',
  '7',
  '_',
  'é',
  'ſ',
  '\u212a',
  '𝐀',
  '\uD800',
];
const GAPS = [' ', '  ', '\n', '\u00a0', ''];

describe('matchesInStretches', () => {
  it('finds a described source in its stretch only', () => {
    const text = 'He left, an aide to Zelensky said. Officials (US) agreed.';
    const words = sourceWords(tokenize(text));
    expect(matchesInStretches(text, DESCRIBED, words.described)).toEqual(everywhere(text, DESCRIBED));
    expect(matchesInStretches(text, PLURAL_SOURCES, words.plural).map((m) => m.text)).toEqual(['Officials']);
  });

  it('finds what a scan of the whole text finds', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 12 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = sourceWords(tokenize(t));
        expect(matchesInStretches(t, DESCRIBED, words.described)).toEqual(everywhere(t, DESCRIBED));
        expect(matchesInStretches(t, PLURAL_SOURCES, words.plural)).toEqual(everywhere(t, PLURAL_SOURCES));
      }),
      { numRuns: 4000 },
    );
  });
});
