import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted.js';

interface Item {
  start: number;
  end: number;
  from: string;
}
const byStartThenLonger = (a: Item, b: Item) => a.start - b.start || b.end - a.end;
const item = (from: string) =>
  fc.record({
    start: fc.integer({ min: 0, max: 20 }),
    end: fc.integer({ min: 0, max: 20 }),
    from: fc.constant(from),
  });

describe('mergeSorted', () => {
  it('puts the first list ahead on ties, as a stable sort of the two does', () => {
    const first = [{ start: 1, end: 4, from: 'a' }];
    const second = [
      { start: 0, end: 2, from: 'b' },
      { start: 1, end: 4, from: 'b' },
    ];
    expect(mergeSorted(first, second, byStartThenLonger).map((x) => x.from)).toEqual(['b', 'a', 'b']);
  });

  it('equals sorting the concatenation, whether or not the lists are in order', () => {
    fc.assert(
      fc.property(fc.array(item('a')), fc.array(item('b')), fc.boolean(), (a, b, sortFirst) => {
        const first = sortFirst ? [...a].sort(byStartThenLonger) : a;
        const second = [...b].sort(byStartThenLonger);
        expect(mergeSorted(first, second, byStartThenLonger)).toEqual(
          [...first, ...second].sort(byStartThenLonger),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
