import { formatDay, type QuoteHit } from '@dispatch/core';
import { Box, Text } from 'ink';
import { type Cell, type ListItem, listItem } from '../components/scroll-list.js';

import { wrapRanges } from '../text/wrap.js';
import type { Theme } from '../theme.js';
import { useApp } from '../ui/context.js';
import { type RouteOf, readerRoute, START } from '../ui/routes.js';
import { ListScreen } from './list-screen.js';

/** A quote as list lines: its words (up to three lines), then who said it, where, and in which story. */
export function quoteLines(listed: QuoteHit, width: number, theme: Theme): Cell[][] {
  const text = `“${listed.quote.text.replace(/\s+/g, ' ')}”`;
  const ranges = wrapRanges(text, width);
  const shown = ranges.slice(0, 3).map(([s, e], i) => {
    const cut = i === 2 && ranges.length > 3 ? `${text.slice(s, Math.max(s, e - 1))}…` : text.slice(s, e);
    return [{ text: cut, style: theme.quote }];
  });
  const speaker = listed.quote.speaker;
  const who: Cell = speaker
    ? { text: `— ${speaker.name}`, style: speaker.entityId ? theme.entity.PERSON : {} }
    : { text: '— unattributed', style: theme.muted };
  const channel = listed.quote.channel ? ` on ${listed.quote.channel.name}` : '';
  return [
    ...shown,
    [who, { text: `${channel} · ${formatDay(listed.filed)} · ${listed.headline}`, style: theme.muted }],
  ];
}

/** Every quotation in the corpus, filterable by speaker (s) and channel (c). */
export function QuotesScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'quotes'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const { total, items: quotes } = library.quotes({ speakerId: route.speakerId, channel: route.channel });
  const channels = library.channels();
  const items: ListItem[] = quotes.map((listed) =>
    listItem(`${listed.articleId}:${listed.quote.id}`, quoteLines(listed, width - 3, theme)),
  );
  const speakerName = route.speakerId ? (library.entity(route.speakerId)?.name ?? route.speakerId) : 'anyone';
  const cycle = <T,>(values: readonly T[], current: T | null): T | null => {
    const at = current === null ? -1 : values.indexOf(current);
    return at + 1 < values.length ? values[at + 1]! : null;
  };
  const header = (
    <Box height={1} paddingLeft={1}>
      <Text wrap="truncate">
        <Text {...theme.muted}>speaker </Text>
        <Text {...theme.accent}>{speakerName}</Text>
        <Text {...theme.muted}> · channel </Text>
        <Text {...theme.accent}>{route.channel ?? 'any'}</Text>
      </Text>
    </Box>
  );
  return (
    <ListScreen
      title={`Quotes · ${total}${total > quotes.length ? ` (first ${quotes.length}; / narrows)` : ''}`}
      header={header}
      headerHeight={1}
      items={items}
      position={route}
      width={width}
      height={height}
      hint="⏎ read in context  s speaker  c channel  x clear  ? help"
      empty={
        route.speakerId || route.channel ? 'No quotes match these filters (x clears them).' : 'No quotes.'
      }
      onAction={(action, index) => {
        if (action === 'filterSpeaker') {
          // Counting speakers reads every quote, so it waits until the first s.
          const next = cycle(
            library.speakers().map((s) => s.entityId),
            route.speakerId,
          );
          nav.update<RouteOf<'quotes'>>(() => ({ speakerId: next, ...START }));
          return true;
        }
        if (action === 'filterChannel') {
          nav.update<RouteOf<'quotes'>>(() => ({ channel: cycle(channels, route.channel), ...START }));
          return true;
        }
        if (action === 'clearFilter') {
          nav.update<RouteOf<'quotes'>>(() => ({ speakerId: null, channel: null, ...START }));
          return true;
        }
        const listed = quotes[index];
        if (!listed) return false;
        if (action === 'open') {
          nav.push(readerRoute(listed.articleId, listed.quote.span.start));
          return true;
        }
        if (action === 'openUrl') {
          nav.openUrl(library.article(listed.articleId)?.url);
          return true;
        }
        return false;
      }}
    />
  );
}
