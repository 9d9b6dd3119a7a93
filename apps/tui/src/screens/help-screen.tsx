import { Box, Text } from 'ink';
import { BINDINGS, type Binding } from '../keymap.js';
import { truncate } from '../text/wrap.js';
import { useApp } from '../ui/context.js';

const SCOPES: Array<{ scope: Binding['scope']; title: string }> = [
  { scope: 'everywhere', title: 'Everywhere' },
  { scope: 'reader', title: 'Reading an article' },
  { scope: 'quotes', title: 'Quotes view' },
];

/** Every key, grouped by where it works; scrolls with j/k when the terminal is short. */
export function HelpScreen({ width, height, top }: { width: number; height: number; top: number }) {
  const { theme } = useApp();
  const lines: Array<{ key: string; node: React.ReactNode }> = [];
  for (const { scope, title } of SCOPES) {
    if (lines.length > 0) lines.push({ key: `${scope}:gap`, node: ' ' });
    lines.push({ key: scope, node: <Text {...theme.subhead}>{title}</Text> });
    for (const binding of BINDINGS.filter((b) => b.scope === scope)) {
      lines.push({
        key: binding.action,
        node: (
          <Text wrap="truncate">
            <Text {...theme.accent}>{binding.keys.padEnd(15)}</Text>
            <Text>{truncate(binding.description, width - 20)}</Text>
          </Text>
        ),
      });
    }
  }
  lines.push({ key: 'search:gap', node: ' ' });
  lines.push({ key: 'search', node: <Text {...theme.subhead}>Search</Text> });
  lines.push({
    key: 'search:how',
    node: <Text wrap="truncate">Type a query; results update as you type. ⏎ or ↓ moves to the results.</Text>,
  });
  const viewport = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(top, lines.length - viewport));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={viewport} paddingLeft={2} overflow="hidden">
        {lines.slice(start, start + viewport).map((line) => (
          <Box key={line.key} height={1}>
            {typeof line.node === 'string' ? <Text>{line.node}</Text> : line.node}
          </Box>
        ))}
      </Box>
      <Text {...theme.muted} wrap="truncate">
        {' ? or Esc closes the help · j/k scroll · q quits'}
      </Text>
    </Box>
  );
}
