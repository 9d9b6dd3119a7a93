import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from './lower-case.js';

describe('lowerCase', () => {
  it('is toLowerCase', () => {
    expect(lowerCase('Putin’s')).toBe('putin’s');
    expect(lowerCase('İSTANBUL')).toBe('i̇stanbul');
    expect(lowerCase('said')).toBe('said');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (word) => {
        expect(lowerCase(word)).toBe(word.toLowerCase());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZz@[`{09 ’ÉſK') }), (word) => {
        expect(lowerCase(word)).toBe(word.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});
