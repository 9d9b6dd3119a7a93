import type { EntityKind } from '@dispatch/core';
import { type ListItem, listItem } from '../components/scroll-list.js';
import { count, KIND_PLURAL } from '../text/format.js';
import { useApp } from '../ui/context.js';
import { entityRoute, type RouteOf } from '../ui/routes.js';
import { ListScreen } from './list-screen.js';

export const wikidataUrl = (id: string | undefined): string | null =>
  id ? `https://www.wikidata.org/wiki/${id}` : null;

/** Every entity of the corpus under its kind, most mentioned first. */
export function EntityListScreen({
  route,
  width,
  height,
}: {
  route: RouteOf<'entities'>;
  width: number;
  height: number;
}) {
  const { library, theme, nav } = useApp();
  const rows = library.entities();
  const items: ListItem[] = [];
  const entityAt: Array<string | null> = [];
  let kind: EntityKind | null = null;
  for (const row of rows) {
    if (row.entity.kind !== kind) {
      kind = row.entity.kind;
      items.push(listItem(`kind:${kind}`, [[{ text: KIND_PLURAL[kind], style: theme.subhead }]], false));
      entityAt.push(null);
    }
    const roles = row.entity.roles.slice(0, 2).join(', ');
    items.push(
      listItem(row.entity.id, [
        [
          { text: row.entity.name, style: theme.entity[row.entity.kind] },
          { text: `  ${count(row.mentions, 'mention')}${roles ? ` · ${roles}` : ''}`, style: theme.muted },
        ],
      ]),
    );
    entityAt.push(row.entity.id);
  }
  // A fresh list starts on the first entity, not its heading.
  const position = route.cursor === 0 && items.length > 1 ? { ...route, cursor: 1 } : route;
  return (
    <ListScreen
      title={`Entities · ${rows.length}`}
      items={items}
      position={position}
      width={width}
      height={height}
      hint="j/k move  ⏎ open  o Wikidata  Tab views  ? help"
      empty="No entities in the corpus."
      onAction={(action, index) => {
        const id = entityAt[index];
        if (!id) return false;
        if (action === 'open') {
          nav.push(entityRoute(id));
          return true;
        }
        if (action === 'openUrl') {
          nav.openUrl(wikidataUrl(library.entity(id)?.wikidata));
          return true;
        }
        return false;
      }}
    />
  );
}
