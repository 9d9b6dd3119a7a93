import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DURATION_AFTER, DURATION_BEFORE, durationOf, HAS_FOR_OR_LAST, HAS_UNIT } from './durations.js';

const PIECES = [
  'a',
  'three',
  '3',
  'several',
  'a few',
  '-',
  ' ',
  '  ',
  'hour',
  'HOURS',
  'minute',
  'day',
  'week',
  'wee\u212a',
  'month',
  's',
  'long',
  'for',
  'FOR',
  'lasting',
  'la\u017fted',
  'lasted',
  'about',
  'talks',
  'É',
  'ſ',
  '\n',
];

describe('durationOf', () => {
  it('reads a duration before or after the trigger', () => {
    const text = 'a three-hour meeting. Talks lasting about two hours ended.';
    expect(durationOf(text, { start: 13, end: 20 }, { start: 0, end: 21 })?.text).toBe('three-hour');
    expect(durationOf(text, { start: 22, end: 27 }, { start: 22, end: 58 })?.text).toBe('about two hours');
    expect(durationOf('They met for lunch.', { start: 5, end: 8 }, { start: 0, end: 19 })).toBeNull();
  });

  it('skips the costly patterns only where they cannot match', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (DURATION_BEFORE.test(t)) expect(HAS_UNIT.test(t)).toBe(true);
        if (DURATION_AFTER.test(t)) expect(HAS_FOR_OR_LAST.test(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
