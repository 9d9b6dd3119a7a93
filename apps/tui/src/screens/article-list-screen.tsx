import { formatDay } from '@dispatch/core';
import { useMemo } from 'react';
import type { ListItem } from '../components/scroll-list.js';

import { useApp } from '../ui/context.js';
import { type RouteOf, readerRoute } from '../ui/routes.js';
import { ListScreen } from './list-screen.js';

/** Every article, newest first: headline, then date, dateline and the people in it. */
export function ArticleListScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'articles'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const count = library.articleCount();
  // One item per article, its summary read only when the row is drawn: 10,000 rows cost nothing to build.
  const items: ListItem[] = useMemo(
    () =>
      Array.from({ length: count }, (_, position) => ({
        key: String(position),
        selectable: true,
        height: 2,
        lines: () => {
          const article = library.articleAt(position);
          if (!article) return [[], []];
          const people = article.people.map((p) => p.name).join(', ');
          const meta = [formatDay(article.filed), article.dateline, people].filter(Boolean).join(' · ');
          return [[{ text: article.headline, style: theme.headline }], [{ text: meta, style: theme.muted }]];
        },
      })),
    [count, library, theme],
  );
  return (
    <ListScreen
      title={`Articles · ${count}`}
      items={items}
      position={route}
      width={width}
      height={height}
      hint="j/k move  ⏎ read  / search  Tab views  ? help  q quit"
      empty="No articles in the corpus."
      onAction={(action, index) => {
        const article = library.articleAt(index);
        if (!article) return false;
        if (action === 'open') {
          nav.push(readerRoute(article.id));
          return true;
        }
        if (action === 'openUrl') {
          nav.openUrl(library.article(article.id)?.url);
          return true;
        }
        return false;
      }}
    />
  );
}
