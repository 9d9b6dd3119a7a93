import { describe, expect, it } from 'vitest';
import { fit, truncate, wrapPlain, wrapRanges } from './wrap.js';

const lines = (text: string, width: number) => wrapRanges(text, width).map(([s, e]) => text.slice(s, e));

describe('wrapRanges', () => {
  it('breaks at the last space that fits and drops the space', () => {
    expect(lines('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps text that fits on one line whole', () => {
    expect(lines('short', 10)).toEqual(['short']);
  });

  it('cuts a word longer than the line', () => {
    expect(lines('abcdefghijkl mn', 5)).toEqual(['abcde', 'fghij', 'kl mn']);
  });

  it('never produces a line wider than the width', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said, adding that Putin has stated that several times in the past.';
    for (const width of [7, 13, 20, 33]) {
      for (const line of lines(text, width)) expect(line.length).toBeLessThanOrEqual(width);
    }
    // and loses no words
    expect(lines(text, 13).join(' ')).toBe(text);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapRanges('', 10)).toEqual([[0, 0]]);
  });
});

describe('wrapPlain', () => {
  it('indents every wrapped line and keeps hard line breaks', () => {
    expect(wrapPlain('aa bb cc\ndd', 7, '  ')).toEqual(['  aa bb', '  cc', '  dd']);
  });
});

describe('truncate and fit', () => {
  it('ends a cut string with an ellipsis within the width', () => {
    expect(truncate('Vladimir Putin', 8)).toBe('Vladimi…');
    expect(truncate('Putin', 8)).toBe('Putin');
  });

  it('pads to the exact width', () => {
    expect(fit('ab', 4)).toBe('ab  ');
    expect(fit('abcdef', 4)).toBe('abc…');
  });
});
