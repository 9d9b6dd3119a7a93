import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseStart } from './times.js';

describe('clauseStart', () => {
  it('is where /[^.!?\\n]*$/ matches in the slice', () => {
    expect(clauseStart('He left. On Monday', 0, 18)).toBe(8);
    expect(clauseStart('no stop here', 3, 12)).toBe(3);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab .!?\n\r,😀') }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const from = Math.min(a, b) % (text.length + 1);
          const to = Math.max(from, Math.max(a, b) % (text.length + 1));
          const slice = text.slice(from, to);
          expect(clauseStart(text, from, to)).toBe(from + slice.search(/[^.!?\n]*$/));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
