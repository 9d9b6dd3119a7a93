import { contextCells } from '../components/context-cells.js';
import type { ListItem } from '../components/scroll-list.js';
import type { Library, TimelineRow } from '../data/library.js';
import { formatPeriod } from '../text/format.js';
import { useApp } from '../ui/context.js';
import { type RouteOf, readerRoute } from '../ui/routes.js';
import { ListScreen } from './list-screen.js';

/** The sentence around a timeline entry: the date highlighted, or the whole sentence of an event. */
export function rowContext(library: Library, row: TimelineRow) {
  const article = library.article(row.articleId);
  const span = row.spans[0];
  if (!article || !span) return { before: '', match: '', after: row.headline, span: { start: 0, end: 0 } };
  if (row.type === 'event') {
    return { before: '', match: '', after: article.text.slice(span.start, span.end), span };
  }
  return library.context(article, span);
}

/** Dated expressions and events across the corpus, earliest first, each in its sentence. */
export function TimelineScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'timeline'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const { total, items: rows } = library.timeline();
  const items: ListItem[] = rows.map((row, i) => ({
    key: `${row.articleId}:${i}`,
    selectable: true,
    height: 2,
    // The sentence needs the article's text: read only for rows on screen.
    lines: () => [
      [
        { text: formatPeriod(row.value, row.granularity).padEnd(16), style: theme.accent },
        { text: ` ${row.label}`, style: row.type === 'event' ? theme.headline : theme.time },
      ],
      contextCells(rowContext(library, row), width - 3, theme.time, theme.muted),
    ],
  }));
  return (
    <ListScreen
      title={`Timeline · ${total}${total > rows.length ? ` (first ${rows.length}; / narrows)` : ''}`}
      items={items}
      position={route}
      width={width}
      height={height}
      hint="j/k move  ⏎ read in context  Tab views  ? help"
      empty="No dated events or statements in the corpus."
      onAction={(action, index) => {
        const row = rows[index];
        if (!row) return false;
        if (action === 'open') {
          nav.push(readerRoute(row.articleId, row.spans[0]?.start ?? null));
          return true;
        }
        if (action === 'openUrl') {
          nav.openUrl(library.article(row.articleId)?.url);
          return true;
        }
        return false;
      }}
    />
  );
}
