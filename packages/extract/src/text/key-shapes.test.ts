import { describe, expect, it } from 'vitest';
import { KeyShapes } from './key-shapes.js';

describe('KeyShapes', () => {
  it('never rules out a key it holds, and rules out other first or last letters and lengths', () => {
    const shapes = new KeyShapes();
    for (const key of ['putin', 'the', 'international-organisations-of-the-world', 'élysée', 'café'])
      shapes.add(key);
    expect(shapes.mayHave('putin')).toBe(true);
    expect(shapes.mayHave('plain')).toBe(true); // same first and last letters and length: only maybe
    expect(shapes.mayHave('the')).toBe(true);
    expect(shapes.mayHave('international-organisations-of-the-world')).toBe(true);
    expect(shapes.mayHave('élan')).toBe(true); // non-ASCII first or last letters are never ruled out
    expect(shapes.mayHave('thé')).toBe(true);
    expect(shapes.mayHave('pun')).toBe(false);
    expect(shapes.mayHave('pulse')).toBe(false);
    expect(shapes.mayHave('talks')).toBe(false);
    expect(shapes.mayHave('tie')).toBe(true);
  });
});
