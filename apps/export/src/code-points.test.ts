import { describe, expect, it } from 'vitest';
import { codePointOffsets, snapToCodePoint } from './code-points.js';

describe('codePointOffsets', () => {
  it('counts an astral character as one code point, not two UTF-16 units', () => {
    const text = 'a\u{1F600}b'; // "a😀b": UTF-16 indices a=0, 😀=1..3, b=3
    const toCodePoint = codePointOffsets(text);
    expect(text.length).toBe(4);
    expect(toCodePoint(0)).toBe(0);
    expect(toCodePoint(1)).toBe(1);
    expect(toCodePoint(3)).toBe(2); // "b" is the third code point
    expect(toCodePoint(4)).toBe(3);
  });

  it('shifts every offset after an emoji by one per astral character', () => {
    const text = '\u{1F54A} Putin met \u{1F1FA}\u{1F1E6} Zelensky';
    const toCodePoint = codePointOffsets(text);
    const putin = text.indexOf('Putin');
    const zelensky = text.indexOf('Zelensky');
    // By hand: the dove is 2 units / 1 code point; the flag is two regional indicators, 4 units / 2 code points.
    expect(putin).toBe(3);
    expect(toCodePoint(putin)).toBe(2);
    expect(zelensky).toBe(18);
    expect(toCodePoint(zelensky)).toBe(15);
  });

  it('agrees with Array.from at every boundary of a mixed text, lone surrogates included', () => {
    const text = 'x\u{1F600}y\uD800z\u00E9\u{20000}\uDC00!';
    const toCodePoint = codePointOffsets(text);
    for (let i = 0; i <= text.length; i++) {
      if (snapToCodePoint(text, i) !== i) continue; // inside a pair: not a boundary
      expect(toCodePoint(i)).toBe(Array.from(text.slice(0, i)).length);
    }
  });

  it('is the identity on text without surrogates', () => {
    const toCodePoint = codePointOffsets('plain text, accents é ü');
    expect(toCodePoint(12)).toBe(12);
  });

  it('refuses an offset outside the text', () => {
    expect(() => codePointOffsets('a\u{1F600}')(4)).toThrow(RangeError);
  });
});

describe('snapToCodePoint', () => {
  it('moves an index off the middle of a surrogate pair', () => {
    const text = 'a\u{1F600}b';
    expect(snapToCodePoint(text, 2)).toBe(3);
    expect(snapToCodePoint(text, 1)).toBe(1);
    expect(snapToCodePoint(text, 3)).toBe(3);
  });
});
