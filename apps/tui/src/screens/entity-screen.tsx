import { Box, Text } from 'ink';
import { contextCells } from '../components/context-cells.js';
import { type ListItem, listItem } from '../components/scroll-list.js';
import { count, KIND_LABEL } from '../text/format.js';
import { truncate } from '../text/wrap.js';
import { useApp } from '../ui/context.js';
import { entityRoute, type Route, type RouteOf, readerRoute } from '../ui/routes.js';
import { wikidataUrl } from './entity-list-screen.js';
import { ListScreen } from './list-screen.js';
import { quoteLines } from './quotes-screen.js';

/** One entity: who or what it is, every mention in context, its quotes, and who appears alongside it. */
export function EntityScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'entity'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const entity = library.entity(route.entityId);
  if (!entity) {
    return (
      <Box height={height} paddingLeft={1}>
        <Text {...theme.error}>No entity "{route.entityId}".</Text>
      </Box>
    );
  }
  const mentions = library.mentionsOf(entity.id);
  const quotes = library.quotesOf(entity.id);
  const events = library.eventsOf(entity.id);
  const company = library.partnersOf(entity.id);
  const articleCount = new Set(mentions.map((m) => m.articleId)).size;

  const items: ListItem[] = [];
  const targets: Array<Route | null> = [];
  const heading = (key: string, text: string) => {
    items.push(listItem(key, [[{ text, style: theme.subhead }]], false));
    targets.push(null);
  };
  heading('h:mentions', `Mentions · ${mentions.length} in ${count(articleCount, 'article')}`);
  for (const m of mentions) {
    items.push(
      listItem(`m:${m.articleId}:${m.mention.id}`, [
        contextCells(m.context, width - 3, theme.entity[entity.kind], theme.muted),
      ]),
    );
    targets.push(readerRoute(m.articleId, m.mention.span.start));
  }
  if (quotes.length > 0) {
    heading('h:quotes', `Quotes · ${quotes.length}`);
    for (const q of quotes) {
      const filed = library.summary(q.articleId)?.filed ?? '';
      items.push(listItem(`q:${q.articleId}:${q.quote.id}`, quoteLines({ ...q, filed }, width - 3, theme)));
      targets.push(readerRoute(q.articleId, q.quote.span.start));
    }
  }
  if (events.length > 0) {
    heading('h:events', `Events · ${events.length}`);
    for (const e of events) {
      items.push(
        listItem(`e:${e.articleId}:${e.event.id}`, [
          [{ text: `${e.event.time?.value ?? 'undated'}  `, style: theme.time }, { text: e.event.label }],
        ]),
      );
      targets.push(readerRoute(e.articleId, e.event.evidence[0]?.start ?? 0));
    }
  }
  if (company.length > 0) {
    heading('h:company', 'Appears with');
    for (const c of company) {
      const together = [
        c.sentences ? count(c.sentences, 'sentence') : '',
        c.events ? count(c.events, 'event') : '',
      ].filter(Boolean);
      items.push(
        listItem(`c:${c.entity.id}`, [
          [
            { text: c.entity.name, style: theme.entity[c.entity.kind] },
            { text: `  ${KIND_LABEL[c.entity.kind]} · ${together.join(', ')} together`, style: theme.muted },
          ],
        ]),
      );
      targets.push(entityRoute(c.entity.id));
    }
  }

  const about = [KIND_LABEL[entity.kind], ...entity.roles].join(' · ');
  const header = (
    <Box flexDirection="column" height={2} paddingLeft={1}>
      <Text wrap="truncate" {...theme.muted}>
        {truncate(about, width - 2)}
      </Text>
      <Text wrap="truncate" {...theme.muted}>
        {truncate(entity.description ?? (entity.wikidata ? `Wikidata ${entity.wikidata}` : ''), width - 2)}
      </Text>
    </Box>
  );
  // A fresh entity page starts on its first mention rather than the heading above it.
  const position = route.cursor === 0 && items.length > 1 ? { ...route, cursor: 1 } : route;
  return (
    <ListScreen
      title={entity.name}
      header={header}
      headerHeight={2}
      items={items}
      position={position}
      width={width}
      height={height}
      hint="⏎ open  o Wikidata  Esc back  ? help"
      onAction={(action, index) => {
        if (action === 'openUrl') {
          nav.openUrl(wikidataUrl(entity.wikidata));
          return true;
        }
        const target = targets[index];
        if (action === 'open' && target) {
          nav.push(target);
          return true;
        }
        return false;
      }}
    />
  );
}
