import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPossessiveAt } from './possessive.js';

const DEFINITION = (text: string, at: number) => /^['’]s\b/u.test(text.slice(at, at + 3));

describe('isPossessiveAt', () => {
  it('finds possessives and nothing else', () => {
    expect(isPossessiveAt("Putin's talks", 5)).toBe(true);
    expect(isPossessiveAt('Francis’s', 7)).toBe(true);
    expect(isPossessiveAt("Putin's", 5)).toBe(true);
    expect(isPossessiveAt("Putin'sx", 5)).toBe(false);
    expect(isPossessiveAt("Putin'S ", 5)).toBe(false);
    expect(isPossessiveAt('Putin s', 5)).toBe(false);
  });

  it('agrees with the regex it stands for', () => {
    const piece = fc.constantFrom("'", '’', 's', 'S', ' ', 'x', '_', '7', 'é', '.', '\uD835');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.nat(7), (pieces, at) => {
        const text = pieces.join('');
        expect(isPossessiveAt(text, at)).toBe(DEFINITION(text, at));
      }),
      { numRuns: 5000 },
    );
  });
});
