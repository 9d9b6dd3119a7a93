import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { type ListItem, listItem } from '../components/scroll-list.js';
import { isTypedText } from '../keymap.js';
import { truncate } from '../text/wrap.js';
import { type KeyHandler, useApp } from '../ui/context.js';
import { entityRoute, type RouteOf, readerRoute, START } from '../ui/routes.js';
import { ListScreen } from './list-screen.js';

/** A query field and its results, which update as you type. */
export function SearchScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'search'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const outcome = useMemo(() => library.search(route.text), [library, route.text]);
  const hits = outcome.ok ? outcome.rows : [];
  const items: ListItem[] = hits.map((hit) =>
    listItem(hit.key, [
      [{ text: hit.title, style: hit.kind === 'quote' ? theme.quote : theme.headline }],
      ...(hit.detail ? [[{ text: hit.detail, style: theme.muted }]] : []),
    ]),
  );
  // With nothing typed yet, the list shows the query syntax instead of results.
  const helpItems: ListItem[] = library.queryHelp
    .split('\n')
    .map((line, i) => listItem(`help:${i}`, [[{ text: line || ' ', style: theme.muted }]], false));
  const showHelp = route.text.trim() === '';

  // While the field has focus, printable keys type; the list's keys work once Enter or ↓ leaves it.
  const typing: KeyHandler = ({ input, key }) => {
    if (!route.editing) return false;
    if (key.return || key.downArrow) {
      if (hits.length > 0) nav.update<RouteOf<'search'>>(() => ({ editing: false, ...START }));
      return true;
    }
    if (key.escape) {
      if (hits.length > 0) nav.update<RouteOf<'search'>>(() => ({ editing: false }));
      return true;
    }
    if (key.backspace || key.delete) {
      nav.update<RouteOf<'search'>>((r) => ({ text: [...r.text].slice(0, -1).join(''), ...START }));
      return true;
    }
    if (key.ctrl && input === 'u') {
      nav.update<RouteOf<'search'>>(() => ({ text: '', ...START }));
      return true;
    }
    if (key.ctrl && input === 'c') return false;
    if (key.tab) return false;
    if (isTypedText(input, key)) {
      nav.update<RouteOf<'search'>>((r) => ({ text: r.text + input, ...START }));
      return true;
    }
    return true;
  };

  const cursor = route.editing ? '▏' : '';
  const status = outcome.ok ? [outcome.summary, ...outcome.notes].join(' · ') : outcome.message;
  // Under the field, a caret marks where a parse error is.
  const caret =
    !outcome.ok && outcome.at
      ? `  ${' '.repeat(outcome.at.start)}${'^'.repeat(Math.max(1, outcome.at.end - outcome.at.start))}`
      : '';
  const header = (
    <Box flexDirection="column" height={2} paddingLeft={1}>
      <Text wrap="truncate">
        <Text {...theme.accent}>/ </Text>
        <Text>{truncate(route.text, width - 6)}</Text>
        <Text {...theme.accent}>{cursor}</Text>
      </Text>
      <Text wrap="truncate" {...(outcome.ok || showHelp ? theme.muted : theme.error)}>
        {caret ? `${caret} ${status}` : status}
      </Text>
    </Box>
  );
  return (
    <ListScreen
      title="Search"
      header={header}
      headerHeight={2}
      items={showHelp ? helpItems : items}
      position={route}
      width={width}
      height={height}
      hint={
        route.editing
          ? 'type a query  ⏎ results  ^U clear  Tab views'
          : '⏎ open  / edit query  Tab views  ? help'
      }
      empty=""
      before={typing}
      onAction={(action, index) => {
        if (action === 'back') {
          nav.update<RouteOf<'search'>>(() => ({ editing: true }));
          return true;
        }
        const hit = hits[index];
        if (!hit) return false;
        if (action === 'open') {
          if (hit.entityId) nav.push(entityRoute(hit.entityId));
          else if (hit.articleId) nav.push(readerRoute(hit.articleId, hit.offset ?? null));
          return true;
        }
        if (action === 'openUrl') {
          nav.openUrl(hit.articleId ? library.article(hit.articleId)?.url : null);
          return true;
        }
        return false;
      }}
    />
  );
}
