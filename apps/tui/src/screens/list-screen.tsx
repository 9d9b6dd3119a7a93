import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { type ListItem, ScrollList, shapeOf } from '../components/scroll-list.js';
import { StatusBar } from '../components/status-bar.js';
import type { Action } from '../keymap.js';
import { truncate } from '../text/wrap.js';
import { type KeyHandler, type KeyPress, useApp, useScreenKeys } from '../ui/context.js';
import type { ListPosition } from '../ui/routes.js';
import { moveInList } from '../ui/scroll.js';

export interface ListScreenProps {
  title: string;
  /** Extra lines under the title (filters, a query field). */
  header?: ReactNode;
  headerHeight?: number;
  items: readonly ListItem[];
  position: ListPosition;
  width: number;
  height: number;
  hint: string;
  empty?: string;
  /** Called with the selected item's index for Enter and `o`, and for keys the list does not use. */
  onAction?: (action: Action, index: number, press: KeyPress) => boolean;
  /** Sees every key before the list does (a text field uses it). */
  before?: KeyHandler;
}

/** The frame every list view shares: a title, the scrolling list, and the status bar. */
export function ListScreen({
  title,
  header,
  headerHeight = 0,
  items,
  position,
  width,
  height,
  hint,
  empty,
  onAction,
  before,
}: ListScreenProps) {
  const { theme, nav } = useApp();
  const viewport = Math.max(1, height - 2 - headerHeight);
  const shape = shapeOf(items);
  const selectableCount = shape.selectable.filter(Boolean).length;
  const selectedOrdinal = shape.selectable.slice(0, position.cursor + 1).filter(Boolean).length;

  useScreenKeys((press) => {
    if (before?.(press)) return true;
    if (!press.action) return false;
    const moved = moveInList(shape, position, press.action, viewport);
    if (moved) {
      nav.update<{ screen: never } & ListPosition>(() => moved);
      return true;
    }
    return onAction?.(press.action, position.cursor, press) ?? false;
  });

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} paddingLeft={1}>
        <Text {...theme.headline} wrap="truncate">
          {truncate(title, width - 2)}
        </Text>
      </Box>
      {header}
      <ScrollList
        items={items}
        position={position}
        height={viewport}
        width={width}
        theme={theme}
        empty={empty}
      />
      <StatusBar
        hint={hint}
        position={selectableCount > 0 ? `${selectedOrdinal}/${selectableCount}` : ''}
        width={width}
      />
    </Box>
  );
}
