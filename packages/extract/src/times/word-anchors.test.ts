import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_RULES, MONTH_STARTS } from './date-rules.js';
import { MONTH_ALONE } from './times.js';
import { matchesAt, wordStartsOf } from './word-anchors.js';

const wordStartsWith = (text: string, leads: readonly string[]): number[] => wordStartsOf(text, [leads])[0]!;

const scanned = (re: RegExp, text: string) => {
  const global = new RegExp(re.source, re.flags);
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
};
const anchored = (re: RegExp, text: string, starts: readonly string[]) =>
  matchesAt(re, text, wordStartsWith(text, starts)).map((m) => [m.index, m[0]]);

const ANCHORED = [
  ...DATE_RULES.filter((r) => r.starts).map((r) => ({ re: r.re, starts: r.starts! })),
  { re: MONTH_ALONE, starts: MONTH_STARTS },
];

// Words the anchored rules start or continue with, and what stands next to them.
const PIECES = [
  'Monday',
  'Friday',
  'Saturday,',
  'April',
  'Apr.',
  'May',
  'June',
  'Sept.',
  'September',
  'December',
  'last',
  'Last',
  'next',
  'this',
  'Earlier',
  'early',
  'Later',
  'late',
  'year',
  'week',
  'month',
  'past',
  'Coming',
  'previous',
  'today',
  'Tonight',
  'Yesterday',
  'later',
  'In',
  'in',
  'the',
  'past',
  'recent',
  'Recently',
  'days',
  'few',
  'Soon',
  'of',
  '25',
  '3rd',
  '2025',
  '1989',
  ':',
  ',',
  '.',
  'é',
  '_',
  '7',
  'x',
  '\u212a',
  '𝐀',
];
const GAPS = [' ', '', '\n', '\u00a0', '  '];

describe('matchesAt', () => {
  it('tries a pattern at the given places only', () => {
    const text = 'On Friday, April 25, talks; by May 2 they met';
    expect(wordStartsWith(text, MONTH_STARTS)).toEqual([11, 31]);
    expect(matchesAt(/\b(?:April|May)\s\d+/g, text, [31]).map((m) => m[0])).toEqual(['May 2']);
  });

  it('finds the word starts of each list in one scan', () => {
    const text = 'Later, lately Mayday: the Maybe-May, x_May Earlier';
    expect(wordStartsOf(text, [['May'], ['Late', 'late'], ['Earl', 'Earlier']])).toEqual([
      [14, 26, 32],
      [0, 7],
      [43],
    ]);
  });

  it('finds what a scan of the whole text finds, for every anchored date rule', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 10 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const { re, starts } of ANCHORED) expect(anchored(re, t, starts)).toEqual(scanned(re, t));
      }),
      { numRuns: 4000 },
    );
  });
});
