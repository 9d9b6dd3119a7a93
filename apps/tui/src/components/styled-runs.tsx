import { Text } from 'ink';
import type { Run } from '../text/runs.js';
import type { TextStyle, Theme } from '../theme.js';

/** The style of one run: the entity's kind wins over a date, and both show inside a quotation. */
export function runStyle(run: Run, theme: Theme, currentQuoteId: string | null): TextStyle {
  let style: TextStyle = {};
  if (run.quoteId) style = { ...theme.quote };
  if (run.time) style = { ...style, ...theme.time };
  if (run.entity?.id) style = { ...style, ...theme.entity[run.entity.kind] };
  if (run.quoteId && run.quoteId === currentQuoteId) style = { ...style, ...theme.quoteCurrent };
  return style;
}

/** One line of styled runs. */
export function StyledRuns({
  runs,
  theme,
  currentQuoteId = null,
}: {
  runs: readonly Run[];
  theme: Theme;
  currentQuoteId?: string | null;
}) {
  return (
    <Text wrap="truncate">
      {runs.map((run, i) => (
        <Text key={i} {...runStyle(run, theme, currentQuoteId)}>
          {run.text}
        </Text>
      ))}
    </Text>
  );
}
