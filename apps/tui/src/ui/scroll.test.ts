import { describe, expect, it } from 'vitest';
import { keepInView, moveInList } from './scroll.js';

// A heading, then five two-line items.
const shape = {
  heights: [1, 2, 2, 2, 2, 2],
  selectable: [false, true, true, true, true, true],
};

describe('keepInView', () => {
  it('scrolls as little as possible to show the whole selected item', () => {
    // item 4 spans lines 7-8; a 5-line view must start at line 4
    expect(keepInView(shape, { cursor: 4, top: 0 }, 5)).toBe(4);
    expect(keepInView(shape, { cursor: 2, top: 4 }, 5)).toBe(3);
  });

  it('brings the heading above the first item into view with it', () => {
    expect(keepInView(shape, { cursor: 1, top: 3 }, 5)).toBe(0);
  });
});

describe('moveInList', () => {
  it('skips headings and stops at the ends', () => {
    expect(moveInList(shape, { cursor: 1, top: 0 }, 'up', 5)).toEqual({ cursor: 1, top: 0 });
    expect(moveInList(shape, { cursor: 1, top: 0 }, 'down', 5)).toEqual({ cursor: 2, top: 0 });
    expect(moveInList(shape, { cursor: 5, top: 6 }, 'down', 5)).toEqual({ cursor: 5, top: 6 });
  });

  it('jumps to the first and last items with g and G', () => {
    expect(moveInList(shape, { cursor: 3, top: 2 }, 'top', 5)).toEqual({ cursor: 1, top: 0 });
    expect(moveInList(shape, { cursor: 1, top: 0 }, 'bottom', 5)).toEqual({ cursor: 5, top: 6 });
  });

  it('pages by the view height and keeps the selection in view', () => {
    const paged = moveInList(shape, { cursor: 1, top: 0 }, 'pageDown', 5)!;
    expect(paged.cursor).toBe(3);
    expect(paged.top).toBeLessThanOrEqual(5);
    expect(paged.top + 5).toBeGreaterThanOrEqual(7);
  });

  it('returns null for keys that do not move', () => {
    expect(moveInList(shape, { cursor: 1, top: 0 }, 'open', 5)).toBeNull();
  });
});
