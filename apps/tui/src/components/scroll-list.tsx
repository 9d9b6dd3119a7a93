import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { displayWidth, truncate } from '../text/wrap.js';
import type { TextStyle, Theme } from '../theme.js';
import type { ListPosition } from '../ui/routes.js';
import { keepInView, type ListShape, offsetsOf } from '../ui/scroll.js';

/** A piece of a list line with its style. */
export interface Cell {
  text: string;
  style?: TextStyle;
}

export type ListLine = string | Cell[];

export interface ListItem {
  key: string;
  selectable: boolean;
  /** How many lines `lines()` returns. */
  height: number;
  /** The item's lines, drawn after a two-column gutter that marks the selection. Called only when visible. */
  lines: () => ListLine[];
}

/** A list item whose lines are already known. */
export const listItem = (key: string, lines: ListLine[], selectable = true): ListItem => ({
  key,
  selectable,
  height: lines.length,
  lines: () => lines,
});

export const shapeOf = (items: readonly ListItem[]): ListShape => ({
  heights: items.map((item) => item.height),
  selectable: items.map((item) => item.selectable),
});

/** Cuts a line's cells to `width` columns; pads it to the full width when `pad` is set. */
export function fitCells(line: ListLine, width: number, pad = false): Cell[] {
  const cells = typeof line === 'string' ? [{ text: line }] : line;
  const out: Cell[] = [];
  let left = width;
  for (const cell of cells) {
    if (left <= 0) break;
    const w = displayWidth(cell.text);
    if (w <= left) {
      out.push(cell);
      left -= w;
    } else {
      out.push({ ...cell, text: truncate(cell.text, left) });
      left = 0;
    }
  }
  if (pad && left > 0) out.push({ text: ' '.repeat(left) });
  return out;
}

export function CellLine({ cells, style }: { cells: readonly Cell[]; style?: TextStyle }) {
  return (
    <Text wrap="truncate" {...style}>
      {cells.map((cell, i) => (
        <Text key={i} {...cell.style} {...style}>
          {cell.text}
        </Text>
      ))}
    </Text>
  );
}

/** A list that shows `height` lines of its items, scrolled so the selection is in view. */
export function ScrollList({
  items,
  position,
  height,
  width,
  theme,
  empty = 'Nothing here.',
}: {
  items: readonly ListItem[];
  position: ListPosition;
  height: number;
  width: number;
  theme: Theme;
  empty?: string;
}) {
  if (items.length === 0) {
    return (
      <Box height={height} width={width} paddingLeft={2}>
        <Text {...theme.muted}>{empty}</Text>
      </Box>
    );
  }
  const shape = shapeOf(items);
  const top = keepInView(shape, position, height);
  const offsets = offsetsOf(shape.heights);
  const rows: ReactNode[] = [];
  items.forEach((item, index) => {
    const start = offsets[index]!;
    if (start + item.height <= top || start >= top + height) return;
    item.lines().forEach((line, n) => {
      const at = start + n;
      if (at < top || at >= top + height) return;
      const selected = index === position.cursor && item.selectable;
      rows.push(
        <Box key={`${item.key}:${n}`} height={1} width={width}>
          <Text {...theme.selectionBar}>{selected ? `${theme.marks.selectionBar} ` : '  '}</Text>
          <CellLine
            cells={fitCells(line, width - 2, selected && n === 0)}
            {...(selected && n === 0 ? { style: theme.selection } : {})}
          />
        </Box>,
      );
    });
  });
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {rows}
    </Box>
  );
}
