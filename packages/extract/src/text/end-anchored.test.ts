import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spacesEnd, spacesStart, tailStart } from './end-anchored.js';

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

describe('spacesEnd and spacesStart', () => {
  const SPACES = [' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u2028'];
  const OTHERS = [
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    'a',
    '.',
    '\u200b',
    '\u180e',
    '𝐀',
    '\u0085',
  ];
  const line = fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 12 }).map((p) => p.join(''));

  it('trim as the regexes [\\s\\uFEFF]+ at either end do', () => {
    fc.assert(
      fc.property(line, fc.nat(3), fc.nat(3), (text, cutStart, cutEnd) => {
        const from = Math.min(cutStart, text.length);
        const to = Math.max(from, text.length - cutEnd);
        const raw = text.slice(from, to);
        expect(spacesEnd(text, from, to) - from).toBe(/^[\s\uFEFF]+/.exec(raw)?.[0].length ?? 0);
        expect(to - spacesStart(text, from, to)).toBe(/[\s\uFEFF]+$/.exec(raw)?.[0].length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
