import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBePronoun, pronounGender } from './pronouns.js';

const PRONOUNS = ['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'];

describe('mayBePronoun', () => {
  it('lets every pronoun through', () => {
    for (const key of PRONOUNS) {
      expect(pronounGender(key)).toBeDefined();
      expect(mayBePronoun(key)).toBe(true);
    }
    // and rules out common words before the look-up
    for (const key of ['said', "she'd", 'should', 'the']) expect(mayBePronoun(key)).toBe(false);
  });

  it('rules out only keys that are no pronoun (same answers as the look-up alone)', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 9 }),
      fc.constantFrom(...PRONOUNS, 'hi', 'shed', 'herselves', 'the', '', 'H', 'sh'),
    );
    fc.assert(
      fc.property(key, (k) => {
        if (!mayBePronoun(k)) expect(pronounGender(k)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});
