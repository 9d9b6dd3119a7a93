import type { Entity } from '../../schema/entity.js';
import {
  type ArticleSummary,
  annotationsInOrder,
  articleOutline,
  articlesByDate,
  articlesByEntity,
  getArticleSummary,
  mentionsInArticle,
} from '../articles.js';
import { queryTimeline } from '../chronology.js';
import type { CorpusIndex } from '../corpus-index.js';
import { dateOfDayNumber, periodOf } from '../dates.js';
import { listEntities, pageOfMentions } from '../entities.js';
import { findEntities } from '../entity-lookup.js';
import { findQuotes } from '../quotes.js';
import { coOccurrences, type EntityRef, findMeetings } from '../relations.js';
import { searchCorpus } from '../search/search.js';
import type { QueryResult, Resolution } from './query-result.js';
import type { Query } from './query-schema.js';

const ref = (entity: Entity): EntityRef => ({ id: entity.id, name: entity.name, kind: entity.kind });

/** Filing dates as `[after, before)` YYYY-MM-DD bounds, from the query's after:, before: and on:. */
export function dateBounds(query: { after?: string; before?: string; on?: string }): {
  after?: string;
  before?: string;
} {
  const start = (value: string | undefined) => (value ? dateOfDayNumber(periodOf(value)!.start) : undefined);
  const end = (value: string | undefined) => (value ? dateOfDayNumber(periodOf(value)!.end) : undefined);
  const afters = [start(query.after), start(query.on)].filter((d): d is string => !!d);
  const befores = [start(query.before), end(query.on)].filter((d): d is string => !!d);
  return {
    // ISO dates order as strings: the latest start and the earliest end win.
    after: afters.sort().at(-1),
    before: befores.sort()[0],
  };
}

/**
 * Runs a parsed query. The TUI, the site's search page and the export all call this, so one query text
 * gives the same results everywhere. Names resolve to the most mentioned entity they match; the others
 * are listed in `resolved` and a note.
 */
export function runQuery(index: CorpusIndex, query: Query): QueryResult {
  const resolved: Resolution[] = [];
  const notes: string[] = [];
  /** The entity id `value` names, or null (with a note) when it names none. */
  const entity = (
    field: string,
    value: string | undefined,
    kind?: Entity['kind'],
  ): string | null | undefined => {
    if (value === undefined) return undefined;
    const [best, ...others] = findEntities(index, value, kind);
    resolved.push({ field, value, entity: best ? ref(best) : null, alternatives: others.map(ref) });
    if (!best) notes.push(`no ${kind === 'PERSON' ? 'person' : 'entity'} matches '${value}'`);
    else if (others.length > 0) {
      notes.push(
        `'${value}' taken as ${best.name}; it could also be ${others.map((o) => o.name).join(', ')}`,
      );
    }
    return best?.id ?? null;
  };
  const base = { query, resolved, notes };
  const empty = { ...base, total: 0, items: [] as never[] };
  const page = 'limit' in query ? { offset: query.offset, limit: query.limit } : {};

  switch (query.kind) {
    case 'articles': {
      const ids = query.entities.map((value) => entity('entity', value));
      if (ids.some((id) => id === null)) return { ...empty, kind: 'articles' };
      const entityIds = ids as string[];
      const range = dateBounds(query);
      let found: { total: number; items: (ArticleSummary & { mentions: number[] })[] };
      if (query.ids.length > 0) {
        // Lookups by id: a handful of summaries, filtered like any other list.
        const kept = [...new Set(query.ids)]
          .map((id) => getArticleSummary(index, id))
          .filter((s): s is ArticleSummary => s !== null)
          .filter(
            (s) => (!range.after || s.filed >= range.after) && (!range.before || s.filed < range.before),
          )
          .map((s) => ({ ...s, mentions: entityIds.map((id) => mentionsInArticle(index, id, s.id)) }))
          .filter((s) => s.mentions.every((count) => count > 0));
        found = { total: kept.length, items: kept.slice(query.offset, query.offset + query.limit) };
      } else if (entityIds.length > 0) {
        found = articlesByEntity(index, entityIds, { ...range, ...page });
      } else {
        const byDate = articlesByDate(index, range, page);
        found = { total: byDate.total, items: byDate.items.map((s) => ({ ...s, mentions: [] })) };
      }
      const items = found.items.map((item) => ({ ...item, articleId: item.id, spans: [] }));
      return { ...base, kind: 'articles', total: found.total, items };
    }
    case 'article': {
      const article = index.articleById.get(query.id) ?? null;
      if (!article) notes.push(`no article '${query.id}'`);
      return {
        ...base,
        kind: 'article',
        total: article ? 1 : 0,
        items: [],
        article: getArticleSummary(index, query.id),
        outline: article ? articleOutline(article) : null,
        marks: article ? annotationsInOrder(article) : [],
      };
    }
    case 'entities': {
      if (query.name !== undefined) {
        const matches = findEntities(index, query.name, query.entityKind);
        const ranked = listEntities(index, { kind: query.entityKind, sort: query.sort }).items;
        const wanted = new Set(matches.map((m) => m.id));
        const items = ranked.filter((item) => wanted.has(item.entity.id));
        return {
          ...base,
          kind: 'entities',
          total: items.length,
          items: items.slice(query.offset, query.offset + query.limit),
        };
      }
      const { total, items } = listEntities(index, { kind: query.entityKind, sort: query.sort, ...page });
      return { ...base, kind: 'entities', total, items };
    }
    case 'mentions': {
      const id = entity('entity', query.entity);
      if (!id) return { ...empty, kind: 'mentions', entity: null };
      const range = dateBounds(query);
      if (query.article !== undefined && !index.ordinalById.has(query.article)) {
        notes.push(`no article '${query.article}'`);
      }
      const found = pageOfMentions(index, id, { ...range, ...page, articleId: query.article });
      const items = found.items.map((item) => ({ ...item, spans: [item.mention.span] }));
      return { ...base, kind: 'mentions', entity: ref(index.entityById.get(id)!), total: found.total, items };
    }
    case 'quotes': {
      const speaker = entity('speaker', query.speaker);
      if (speaker === null) return { ...empty, kind: 'quotes' };
      const found = findQuotes(index, {
        speakerIds: speaker ? [speaker] : undefined,
        channel: query.channel,
        articleId: query.article,
        words: query.words,
        ...dateBounds(query),
        ...page,
      });
      const items = found.items.map((item) => ({ ...item, spans: [item.quote.span] }));
      return { ...base, kind: 'quotes', total: found.total, items };
    }
    case 'search': {
      const found = searchCorpus(index, query.text, { scope: query.scope, ...dateBounds(query), ...page });
      return { ...base, kind: 'search', ...found };
    }
    case 'timeline': {
      const id = entity('entity', query.entity);
      if (id === null) return { ...empty, kind: 'timeline', vague: { total: 0, items: [] } };
      const found = queryTimeline(index, {
        entityId: id,
        articleId: query.article,
        ...dateBounds(query),
        ...page,
      });
      return { ...base, kind: 'timeline', ...found };
    }
    case 'meetings': {
      const id = entity('entity', query.entity);
      if (id === null) return { ...empty, kind: 'meetings' };
      const found = findMeetings(index, { entityId: id, ...dateBounds(query), ...page });
      return { ...base, kind: 'meetings', ...found };
    }
    case 'cooccurrence': {
      const id = entity('entity', query.entity);
      const other = entity('with', query.with);
      if (id === null || other === null) return { ...empty, kind: 'cooccurrence' };
      if (other && !id) notes.push('with: needs entity: as well; showing every pair with it');
      const found = coOccurrences(index, {
        entityId: id ?? other,
        withId: id ? other : undefined,
        scope: query.scope,
        ...page,
      });
      return { ...base, kind: 'cooccurrence', ...found };
    }
  }
}
