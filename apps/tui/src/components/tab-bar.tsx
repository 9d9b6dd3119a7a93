import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';
import { VIEWS, type ViewId } from '../ui/routes.js';

/** The top line: the views with their number keys, the current one highlighted. */
export function TabBar({ current, width, theme }: { current: ViewId; width: number; theme: Theme }) {
  // Below ~70 columns the brand gives way to the tabs, which must always fit.
  const brand = width >= 70 ? ' Dispatch ' : '';
  return (
    <Box width={width} height={1}>
      {brand && <Text {...theme.accent}>{brand}</Text>}
      {VIEWS.map((view) => (
        <Text key={view.id} {...(view.id === current ? theme.tabActive : theme.tab)} wrap="truncate">
          {` ${view.key} ${view.label} `}
        </Text>
      ))}
    </Box>
  );
}
