import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from './article-facts.js';
import { hasDescribingVerbIn } from './describing-verbs.js';

// Only the text is read.
const factsOf = (text: string) => ({ text }) as ArticleFacts;

describe('hasDescribingVerbIn', () => {
  it('finds a describing verb only where the range holds all of it', () => {
    const facts = factsOf('Aides described the meeting as “tense”');
    expect(hasDescribingVerbIn(facts, 0, 15)).toBe(true);
    expect(hasDescribingVerbIn(facts, 0, 14)).toBe(false);
    expect(hasDescribingVerbIn(facts, 6, 40)).toBe(true);
    expect(hasDescribingVerbIn(facts, 7, 40)).toBe(false);
  });

  it('agrees with the regex on the slice', () => {
    const piece = fc.constantFrom('called', 'described', 'describe', 'd', 'termed', 'Called', ' ', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(60), fc.nat(60), (pieces, a, b) => {
        const text = pieces.join('');
        const facts = factsOf(text);
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        expect(hasDescribingVerbIn(facts, from, to)).toBe(
          /called|described|termed/.test(text.slice(from, to)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
