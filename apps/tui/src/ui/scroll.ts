// Pure scrolling arithmetic for lists whose items take one or more lines.
import type { Action } from '../keymap.js';
import type { ListPosition } from './routes.js';

export interface ListShape {
  /** Lines each item takes. */
  heights: readonly number[];
  /** Whether each item can be selected (section headings cannot). */
  selectable: readonly boolean[];
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function offsetsOf(heights: readonly number[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const h of heights) {
    offsets.push(at);
    at += h;
  }
  return offsets;
}

const totalLines = (heights: readonly number[]) => heights.reduce((sum, h) => sum + h, 0);

/** The first line to show so the selected item is fully in view, scrolling as little as possible. */
export function keepInView(shape: ListShape, position: ListPosition, viewport: number): number {
  const { heights } = shape;
  if (heights.length === 0 || viewport <= 0) return 0;
  const cursor = clamp(position.cursor, 0, heights.length - 1);
  const start = offsetsOf(heights)[cursor]!;
  const end = start + heights[cursor]!;
  let top = position.top;
  if (end > top + viewport) top = end - viewport;
  if (start < top) top = start;
  // A heading just above the selection comes into view with it.
  if (cursor > 0 && !shape.selectable[cursor - 1] && top === start) {
    const headingStart = start - heights[cursor - 1]!;
    if (end - headingStart <= viewport) top = headingStart;
  }
  return clamp(top, 0, Math.max(0, totalLines(heights) - viewport));
}

function nearestSelectable(shape: ListShape, from: number, step: 1 | -1): number | null {
  for (let i = from; i >= 0 && i < shape.selectable.length; i += step) if (shape.selectable[i]) return i;
  return null;
}

/** The first selectable item, for a fresh list. */
export const firstSelectable = (shape: ListShape): number => nearestSelectable(shape, 0, 1) ?? 0;

/** Where a movement key takes the selection, or null when the action is not a movement. */
export function moveInList(
  shape: ListShape,
  position: ListPosition,
  action: Action,
  viewport: number,
): ListPosition | null {
  const count = shape.heights.length;
  if (count === 0) return null;
  const cursor = clamp(position.cursor, 0, count - 1);
  const offsets = offsetsOf(shape.heights);
  const byLines = (lines: number): number => {
    // The item whose first line is nearest to `lines` away, then the nearest selectable one.
    const target = clamp(offsets[cursor]! + lines, 0, totalLines(shape.heights) - 1);
    let index = offsets.findIndex((offset, i) => offset + shape.heights[i]! > target);
    if (index < 0) index = count - 1;
    return lines > 0
      ? (nearestSelectable(shape, index, 1) ?? nearestSelectable(shape, index, -1) ?? cursor)
      : (nearestSelectable(shape, index, -1) ?? nearestSelectable(shape, index, 1) ?? cursor);
  };
  let next: number;
  switch (action) {
    case 'down':
      next = nearestSelectable(shape, cursor + 1, 1) ?? cursor;
      break;
    case 'up':
      next = nearestSelectable(shape, cursor - 1, -1) ?? cursor;
      break;
    case 'top':
      next = nearestSelectable(shape, 0, 1) ?? cursor;
      break;
    case 'bottom':
      next = nearestSelectable(shape, count - 1, -1) ?? cursor;
      break;
    case 'pageDown':
      next = byLines(Math.max(1, viewport - 1));
      break;
    case 'pageUp':
      next = byLines(-Math.max(1, viewport - 1));
      break;
    case 'halfPageDown':
      next = byLines(Math.max(1, Math.floor(viewport / 2)));
      break;
    case 'halfPageUp':
      next = byLines(-Math.max(1, Math.floor(viewport / 2)));
      break;
    default:
      return null;
  }
  // Paging moves the view by the same amount, so the selection keeps its place on screen.
  const paged = action.startsWith('page') || action.startsWith('halfPage');
  const shift = paged ? offsets[next]! - offsets[cursor]! : 0;
  const top = keepInView(shape, { cursor: next, top: position.top + shift }, viewport);
  return { cursor: next, top };
}
