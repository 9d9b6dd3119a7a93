import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInitialLetter } from './name-typing.js';

describe('isInitialLetter', () => {
  it('says what /^\\p{Lu}\\.$/u says', () => {
    for (const [word, initial] of [
      ['D.', true],
      ['É.', true],
      ['𝐀.', true],
      ['d.', false],
      ['D', false],
      ['Dr.', false],
      ['D.C.', false],
      ['.', false],
    ] as const)
      expect(isInitialLetter(word)).toBe(initial);
    const word = fc
      .array(fc.constantFrom('D', 'd', '.', 'É', 'é', '𝐀', '7', '\uD835'), { minLength: 1, maxLength: 4 })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(word, (w) => {
        expect(isInitialLetter(w)).toBe(/^\p{Lu}\.$/u.test(w));
      }),
      { numRuns: 2000 },
    );
  });
});
