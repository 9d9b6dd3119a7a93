import { useMemo } from 'react';
import type { ListItem } from '../components/scroll-list.js';
import { formatDate } from '../text/format.js';
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
  const articles = library.articles();
  // Built once per corpus and theme: a 10,000-article list should not be rebuilt on every key.
  const items: ListItem[] = useMemo(
    () =>
      articles.map((article) => ({
        key: article.id,
        selectable: true,
        height: 2,
        lines: () => {
          const people = article.people.map((p) => p.name).join(', ');
          const meta = [formatDate(article.filed), article.dateline, people].filter(Boolean).join(' · ');
          return [[{ text: article.headline, style: theme.headline }], [{ text: meta, style: theme.muted }]];
        },
      })),
    [articles, theme],
  );
  return (
    <ListScreen
      title={`Articles · ${articles.length}`}
      items={items}
      position={route}
      width={width}
      height={height}
      hint="j/k move  ⏎ read  / search  Tab views  ? help  q quit"
      empty="No articles in the corpus."
      onAction={(action, index) => {
        const article = articles[index];
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
