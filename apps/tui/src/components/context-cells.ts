import type { InContext } from '@dispatch/core';
import { displayWidth } from '../text/wrap.js';
import type { TextStyle } from '../theme.js';
import type { Cell } from './scroll-list.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A match inside its sentence as cells fitting `width` columns: the text before is cut from the left
 * (so the match stays in view), the text after from the right.
 */
export function contextCells(
  context: InContext,
  width: number,
  matchStyle: TextStyle,
  restStyle: TextStyle = {},
): Cell[] {
  const match = oneLine(context.match);
  let before = oneLine(context.before).trimStart();
  const after = oneLine(context.after).trimEnd();
  // Keep about a third of the line for what precedes the match.
  const room = Math.max(0, Math.min(displayWidth(before), Math.floor((width - displayWidth(match)) / 3)));
  if (displayWidth(before) > room) before = room > 1 ? `…${before.slice(before.length - (room - 1))}` : '';
  return [
    { text: before, style: restStyle },
    { text: match, style: matchStyle },
    { text: after, style: restStyle },
  ];
}
