import { segmentText } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { SUMMIT } from '../../test/fixtures.js';
import { layoutArticle } from '../text/article-layout.js';
import { focusOffset, jumpToQuote, moveInReader } from './reader-navigation.js';

// At width 30 the summit article takes 21 lines (wrapped by hand): headline 0-1, meta 2-3, paragraph 0 at
// 5-7, paragraph 1 at 9-11, subhead at 13, paragraph 2 at 15-17, paragraph 3 at 19-20.
const layout = layoutArticle(SUMMIT, 30, segmentText);
const start = { paragraph: 0, top: 0, quote: null };

describe('the layout this suite relies on', () => {
  it('has the paragraphs where the comments say', () => {
    expect(layout.paragraphs.map((p) => [p.firstLine, p.lastLine])).toEqual([
      [5, 7],
      [9, 11],
      [15, 17],
      [19, 20],
    ]);
    expect(layout.lines[13]!.kind).toBe('subhead');
    expect(layout.lines).toHaveLength(21);
  });
});

describe('moveInReader', () => {
  it('moves to the next paragraph, scrolling only when it is out of view', () => {
    expect(moveInReader(layout, start, 'down', 12)).toEqual({ paragraph: 1, top: 0, quote: null });
    // paragraph 2 ends on line 17, below a 12-line view (0-11): scroll just enough to show it (6-17)
    expect(moveInReader(layout, { paragraph: 1, top: 0, quote: null }, 'down', 12)).toEqual({
      paragraph: 2,
      top: 6,
      quote: null,
    });
  });

  it('scrolls through a paragraph taller than the view before leaving it', () => {
    // a 2-line view shows lines 5-6 of the 3-line first paragraph: j scrolls a line first
    expect(moveInReader(layout, { paragraph: 0, top: 5, quote: null }, 'down', 2)).toEqual({
      paragraph: 0,
      top: 6,
      quote: null,
    });
  });

  it('goes to the top and the bottom with g and G', () => {
    expect(moveInReader(layout, { paragraph: 2, top: 9, quote: 1 }, 'top', 12)).toEqual(start);
    expect(moveInReader(layout, start, 'bottom', 12)).toEqual({ paragraph: 3, top: 9, quote: null });
  });

  it('pages down by a view less one line, selecting the first paragraph that starts in view', () => {
    expect(moveInReader(layout, start, 'pageDown', 9)).toEqual({ paragraph: 1, top: 8, quote: null });
  });

  it('ignores keys that are not movements', () => {
    expect(moveInReader(layout, start, 'open', 12)).toBeNull();
  });
});

describe('jumpToQuote', () => {
  it('goes to the first quote at or after the current paragraph, then on, wrapping at the end', () => {
    const first = jumpToQuote(layout, start, 1, 12)!;
    expect(first).toEqual({ position: { paragraph: 1, top: 0, quote: 0 }, wrapped: false });
    const second = jumpToQuote(layout, first.position, 1, 12)!;
    expect(second.position.quote).toBe(1);
    expect(second.position.paragraph).toBe(2);
    expect(jumpToQuote(layout, second.position, 1, 12)!).toMatchObject({
      position: { quote: 0 },
      wrapped: true,
    });
    expect(jumpToQuote(layout, first.position, -1, 12)!).toMatchObject({
      position: { quote: 1 },
      wrapped: true,
    });
  });

  it('returns null for an article without quotes', () => {
    const quoteless = layoutArticle({ ...SUMMIT, quotes: [] }, 30, segmentText);
    expect(jumpToQuote(quoteless, start, 1, 12)).toBeNull();
  });
});

describe('focusOffset', () => {
  it('opens on the paragraph and quote holding the offset', () => {
    const offset = SUMMIT.text.indexOf('We will build it');
    const position = focusOffset(layout, offset, 12);
    expect(position.paragraph).toBe(2);
    expect(position.quote).toBe(1);
    // the quote's line (17) is in view
    expect(position.top).toBeLessThanOrEqual(17);
    expect(position.top + 12).toBeGreaterThan(17);
  });
});
