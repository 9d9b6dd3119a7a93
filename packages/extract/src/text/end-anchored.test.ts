import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tailStart } from './end-anchored.js';

// The end-anchored regexes the events pass reads the words before a trigger with.
const DETERMINER =
  /(?:^|\s)(?:the|this|that|these|those|their|its|his|her|our|[\p{L}]+'s)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const PLURAL_SUBJECT = /\b(?:they|we|both)\s+(?:\w+ly\s+)?$/iu;

const PIECES = [
  'the',
  'The',
  'their',
  "Putin's",
  's',
  "'s",
  'they',
  'we',
  'both',
  'quickly',
  'three-hour',
  'long',
  'Meeting',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\u2003',
  ',',
  'x',
  'É',
  '😀',
];

describe('tailStart', () => {
  it('cuts before the last words only', () => {
    expect(tailStart('after all of the long talks ', 0, 28, 3)).toBe(12);
    expect(tailStart('the long talks ', 0, 15, 3)).toBe(0);
  });

  it('keeps what end-anchored regexes of at most three words find', () => {
    const input = fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '  ', '\n', '', ',')), {
          maxLength: 12,
        }),
        fc.nat(),
      )
      .map(([parts, n]) => {
        const text = parts.map(([word, gap]) => word + gap).join('');
        return { text, from: text.length ? n % (text.length + 1) : 0 };
      });
    fc.assert(
      fc.property(input, ({ text, from }) => {
        const whole = text.slice(from);
        const tail = text.slice(tailStart(text, from, text.length, 3));
        expect(DETERMINER.test(tail)).toBe(DETERMINER.test(whole));
        expect(PLURAL_SUBJECT.test(tail)).toBe(PLURAL_SUBJECT.test(whole));
      }),
      { numRuns: 3000 },
    );
  });
});
