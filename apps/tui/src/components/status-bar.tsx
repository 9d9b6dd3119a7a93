import { Box, Text } from 'ink';
import { truncate } from '../text/wrap.js';
import { useApp } from '../ui/context.js';

/** The bottom line: the app's message if there is one, else the screen's key hint; position on the right. */
export function StatusBar({
  hint,
  position = '',
  width,
}: {
  hint: string;
  position?: string;
  width: number;
}) {
  const { theme, message } = useApp();
  const right = position ? ` ${position}` : '';
  const left = truncate(message ?? hint, Math.max(0, width - right.length - 1));
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Text {...(message ? theme.accent : theme.muted)} wrap="truncate">
        {left}
      </Text>
      <Text {...theme.muted}>{right}</Text>
    </Box>
  );
}
