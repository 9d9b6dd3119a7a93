import { Box, Text } from 'ink';
import { useEffect, useMemo } from 'react';
import { type ListItem, listItem, ScrollList } from '../components/scroll-list.js';
import { StatusBar } from '../components/status-bar.js';
import { StyledRuns } from '../components/styled-runs.js';
import { type LayoutLine, layoutArticle } from '../text/article-layout.js';
import { KIND_LABEL } from '../text/format.js';
import type { Theme } from '../theme.js';
import { useApp, useScreenKeys } from '../ui/context.js';
import { entityRoute, type RouteOf } from '../ui/routes.js';
import { moveInList } from '../ui/scroll.js';
import { focusOffset, jumpToQuote, moveInReader, type ReaderPosition } from './reader-navigation.js';

// The reader is easier on the eyes at newspaper-column widths, however wide the terminal.
const MAX_TEXT_WIDTH = 96;
const GUTTER = 2;

/** One article: headline, dateline, subheads and paragraphs, with entities, dates and quotes marked. */
export function ReaderScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'reader'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const article = library.article(route.articleId);
  const textWidth = Math.max(20, Math.min(width - GUTTER - 1, MAX_TEXT_WIDTH));
  const layout = useMemo(
    () => (article ? layoutArticle(article, textWidth, library.segments) : null),
    [article, library, textWidth],
  );
  const entities = useMemo(() => {
    const laid = layout?.paragraphs[route.paragraph];
    return article && laid ? library.entitiesIn(article, laid.paragraph.span) : [];
  }, [article, layout, library, route.paragraph]);

  const panelHeight = route.panel ? Math.min(entities.length + 1, Math.max(3, Math.floor(height / 3))) : 0;
  const viewport = Math.max(1, height - 2 - panelHeight);
  // A reader opened on a mention or quote finds its place on the first frame; the effect stores it.
  const position: ReaderPosition =
    layout && route.focus !== null
      ? focusOffset(layout, route.focus, viewport)
      : { paragraph: route.paragraph, top: route.top, quote: route.quote };
  useEffect(() => {
    if (route.focus !== null) nav.update<RouteOf<'reader'>>(() => ({ ...position, focus: null }));
  });

  useScreenKeys((press) => {
    if (!layout || !article) return false;
    const { action } = press;
    if (route.panel) {
      if (action === 'back' || action === 'paragraphEntities') {
        nav.update<RouteOf<'reader'>>(() => ({ panel: null }));
        return true;
      }
      const shape = { heights: entities.map(() => 1), selectable: entities.map(() => true) };
      const moved = action
        ? moveInList(shape, { cursor: route.panel.cursor, top: 0 }, action, panelHeight - 1)
        : null;
      if (moved) {
        nav.update<RouteOf<'reader'>>(() => ({ panel: { cursor: moved.cursor } }));
        return true;
      }
      const entity = entities[route.panel.cursor];
      if (action === 'open' && entity) {
        nav.push(entityRoute(entity.id));
        return true;
      }
      if (action === 'openUrl') {
        nav.openUrl(entity?.wikidata ? `https://www.wikidata.org/wiki/${entity.wikidata}` : null);
        return true;
      }
      return action !== 'quit' && action !== 'help' && action !== null && !action.startsWith('view');
    }
    if (!action) return false;
    const moved = moveInReader(layout, position, action, viewport);
    if (moved) {
      nav.update<RouteOf<'reader'>>(() => moved);
      return true;
    }
    switch (action) {
      case 'nextQuote':
      case 'prevQuote': {
        const jump = jumpToQuote(layout, position, action === 'nextQuote' ? 1 : -1, viewport);
        if (!jump) nav.say('This article has no quotations.');
        else {
          nav.update<RouteOf<'reader'>>(() => jump.position);
          const n = (jump.position.quote ?? 0) + 1;
          nav.say(
            `${jump.wrapped ? (action === 'nextQuote' ? 'Back to the first quote. ' : 'Round to the last quote. ') : ''}Quote ${n} of ${layout.quotes.length}`,
          );
        }
        return true;
      }
      case 'paragraphEntities':
        if (entities.length === 0) nav.say('No people, organisations or places in this paragraph.');
        else nav.update<RouteOf<'reader'>>(() => ({ panel: { cursor: 0 } }));
        return true;
      case 'open': {
        const quote = position.quote !== null ? layout.quotes[position.quote]?.quote : null;
        const speakerId = quote?.speaker?.entityId;
        if (speakerId) nav.push(entityRoute(speakerId));
        else if (entities.length > 0) nav.update<RouteOf<'reader'>>(() => ({ panel: { cursor: 0 } }));
        else nav.say('Nothing to open here: n jumps to a quote, e lists the entities of a paragraph.');
        return true;
      }
      case 'openUrl':
        nav.openUrl(article.url);
        return true;
      default:
        return false;
    }
  });

  if (!article || !layout) {
    return (
      <Box height={height} paddingLeft={1}>
        <Text {...theme.error}>No article "{route.articleId}".</Text>
      </Box>
    );
  }

  const currentQuoteId = position.quote !== null ? (layout.quotes[position.quote]?.quote.id ?? null) : null;
  const visible = layout.lines.slice(position.top, position.top + viewport);
  const atEnd = position.top + viewport >= layout.lines.length;
  const percent =
    position.top === 0 ? 'Top' : atEnd ? 'End' : `${Math.round((position.top / layout.lines.length) * 100)}%`;
  const quoteInfo = layout.quotes.length
    ? ` · quote ${position.quote !== null ? position.quote + 1 : '-'}/${layout.quotes.length}`
    : '';

  const panelItems: ListItem[] = entities.map((entity) =>
    listItem(entity.id, [
      [
        { text: entity.name, style: theme.entity[entity.kind] },
        {
          text: `  ${[KIND_LABEL[entity.kind], ...entity.roles.slice(0, 2)].join(' · ')}`,
          style: theme.muted,
        },
      ],
    ]),
  );

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box flexDirection="column" height={viewport} overflow="hidden">
        {visible.map((line, i) => (
          <ReaderLine
            key={position.top + i}
            line={line}
            current={line.paragraph !== null && line.paragraph === position.paragraph}
            currentQuoteId={currentQuoteId}
            theme={theme}
          />
        ))}
      </Box>
      {route.panel && (
        <Box flexDirection="column" height={panelHeight}>
          <Text {...theme.accent} wrap="truncate">
            {` Entities in this paragraph · ⏎ open · Esc close`}
          </Text>
          <ScrollList
            items={panelItems}
            position={{ cursor: route.panel.cursor, top: 0 }}
            height={panelHeight - 1}
            width={width}
            theme={theme}
          />
        </Box>
      )}
      <Legend
        theme={theme}
        width={width}
        right={`¶ ${position.paragraph + 1}/${layout.paragraphs.length}${quoteInfo}`}
      />
      <StatusBar
        hint="n/N quotes  e entities  ⏎ speaker  Esc back  ? help"
        position={percent}
        width={width}
      />
    </Box>
  );
}

function ReaderLine({
  line,
  current,
  currentQuoteId,
  theme,
}: {
  line: LayoutLine;
  current: boolean;
  currentQuoteId: string | null;
  theme: Theme;
}) {
  const inQuote = line.runs.some((run) => run.quoteId);
  const bar = current ? theme.marks.selectionBar : ' ';
  const gutter = inQuote ? theme.marks.quoteGutter : ' ';
  const text = line.runs.map((r) => r.text).join('');
  return (
    <Box height={1}>
      <Text {...theme.selectionBar}>{bar}</Text>
      <Text {...theme.quoteGutter}>{gutter}</Text>
      {line.kind === 'body' ? (
        <StyledRuns runs={line.runs} theme={theme} currentQuoteId={currentQuoteId} />
      ) : (
        <Text
          wrap="truncate"
          {...(line.kind === 'headline'
            ? theme.headline
            : line.kind === 'subhead'
              ? theme.subhead
              : theme.muted)}
        >
          {text || ' '}
        </Text>
      )}
    </Box>
  );
}

/** What each colour or style means, with the reader's place on the right. */
function Legend({ theme, width, right }: { theme: Theme; width: number; right: string }) {
  const showAll = width >= 72;
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Text wrap="truncate">
        <Text> </Text>
        <Text {...theme.entity.PERSON}>person</Text>
        <Text> </Text>
        <Text {...theme.entity.ORG}>{showAll ? 'organisation' : 'org'}</Text>
        <Text> </Text>
        <Text {...theme.entity.LOC}>place</Text>
        <Text> </Text>
        <Text {...theme.time}>date</Text>
        <Text> </Text>
        <Text {...theme.quoteGutter}>{theme.marks.quoteGutter}</Text>
        <Text {...theme.quote}>quote</Text>
      </Text>
      <Text {...theme.muted}>{right} </Text>
    </Box>
  );
}
