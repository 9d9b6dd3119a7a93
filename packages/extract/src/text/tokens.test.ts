import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOTTED_WORDS } from '../gazetteer/abbreviations.js';
import { keyOf, type Token, tokenize } from './tokens.js';
import { WORD_PATTERN } from './word-scan.js';

// The definitions the tokenizer's character-by-character checks must agree with.
const capital = (word: string): boolean => {
  const ch = word[0]!;
  return ch.charCodeAt(0) < 128 ? /[A-Z]/u.test(ch) : ch !== ch.toLowerCase();
};
const allCapitals = (word: string, key: string): boolean =>
  capital(word) && key.length >= 2 && word === word.toUpperCase() && /^[\p{Lu}.]+$/u.test(word);

const PIECES = [
  'NATO',
  'U.S.',
  'Mr.',
  'A.',
  'Putin’s',
  'leaders’',
  'DE',
  'x',
  'É',
  'ÉTÉ',
  'İ',
  'ǅ',
  'ß',
  '𝐀',
  'O’NEIL',
];
const GAPS = [' ', '.', ',', '’', "'", '-', '\n', '7'];

/** The tokenizer's rules written plainly, over the word pattern, for the fast one to agree with. */
function plainTokens(text: string): Token[] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => {
    let word = m[0];
    const start = m.index;
    const cap = capital(word);
    let possessive = false;
    if (word.length > 2 && cap && /['’][sS]$/u.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word.endsWith('s') && /['’]/u.test(text[start + word.length] ?? '')) possessive = true;
    const key = keyOf(word);
    if (
      !possessive &&
      text[start + word.length] === '.' &&
      (DOTTED_WORDS.has(key) || (word.length === 1 && cap))
    )
      word += '.';
    const upper = allCapitals(word, key);
    return { start, end: start + word.length, text: word, key, cap, upper, possessive };
  });
}

describe('tokenize', () => {
  it('gives the tokens the plain rules give, however often a word recurs', () => {
    const text = fc
      .array(
        fc.tuple(
          fc.constantFrom(...PIECES, 'Inc', 'no', 'mr', 'Jones', 'leaders', 'jones', 's'),
          fc.constantFrom(...GAPS),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (t) => {
        expect(tokenize(t)).toEqual(plainTokens(t));
      }),
      { numRuns: 3000 },
    );
  }, 120_000); // a limit for slow shared machines, not a speed assertion

  it('splits words, possessives and dotted abbreviations', () => {
    const tokens = tokenize('Mr. Putin’s U.S. envoy met NATO.');
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Putin', 'U.S.', 'envoy', 'met', 'NATO']);
    expect(tokens.map((t) => t.key)).toEqual(['mr', 'putin', 'us', 'envoy', 'met', 'nato']);
    expect(tokens.map((t) => t.upper)).toEqual([false, false, true, false, false, true]);
    expect(tokens[1]!.possessive).toBe(true);
  });

  it('marks capitals as Unicode does', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 8 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) {
          expect(token.cap).toBe(capital(token.text));
          expect(token.upper).toBe(allCapitals(token.text, token.key));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keys a word by its lower case, straight apostrophes and no dots', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abZ.’‘'-7ÉİſK") }), (word) => {
        expect(keyOf(word)).toBe(word.toLowerCase().replace(/[’‘]/gu, "'").replace(/\./gu, ''));
      }),
      { numRuns: 3000 },
    );
  });
});
