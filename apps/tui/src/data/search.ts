// Search: a query of the core query language, run by core, its results turned into list rows that the
// search view and the piped `dispatch query` share.
import { type CorpusIndex, formatDay, parseQuery, type QueryResult, runQuery } from '@dispatch/core';
import { formatPeriod, KIND_LABEL } from '../text/format.js';

/** One result row, with where Enter leads. */
export interface ResultRow {
  key: string;
  kind: 'article' | 'entity' | 'quote' | 'mention' | 'time' | 'event' | 'pair';
  title: string;
  detail: string;
  /** Open the reader at this article (and offset). */
  articleId?: string;
  offset?: number;
  /** Open this entity. */
  entityId?: string;
}

export type SearchOutcome =
  | { ok: true; summary: string; notes: string[]; rows: ResultRow[] }
  | {
      ok: false;
      message: string;
      /** `[start, end)` of the offending part of the query, when known. */
      at?: { start: number; end: number };
    };

export const EMPTY_QUERY_MESSAGE =
  'Type a query, e.g. quotes speaker:trump (? lists the keys, the syntax is below)';

/** Parses and runs `text`; a parse error comes back with where it is. */
export function search(index: CorpusIndex, text: string, limit = 200): SearchOutcome {
  if (!text.trim()) return { ok: false, message: EMPTY_QUERY_MESSAGE };
  const parsed = parseQuery(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: parsed.error.message,
      at: { start: parsed.error.start, end: parsed.error.end },
    };
  }
  // Without an explicit limit:, show more than the language's default page of 20.
  const query =
    /\blimit:/.test(text) || !('limit' in parsed.query) ? parsed.query : { ...parsed.query, limit };
  const result = runQuery(index, query);
  const rows = rowsOf(result);
  const shown = rows.length < result.total ? `, showing ${rows.length}` : '';
  return {
    ok: true,
    summary: `${result.total} ${result.kind === 'article' ? 'article' : result.kind}${shown}`,
    notes: result.notes,
    rows,
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function rowsOf(result: QueryResult): ResultRow[] {
  switch (result.kind) {
    case 'articles':
      return result.items.map((item) => ({
        key: `a:${item.id}`,
        kind: 'article',
        title: item.headline,
        detail: [formatDay(item.filed), item.dateline, item.people.map((p) => p.name).join(', ')]
          .filter(Boolean)
          .join(' · '),
        articleId: item.id,
      }));
    case 'article':
      return result.article
        ? [
            {
              key: `a:${result.article.id}`,
              kind: 'article',
              title: result.article.headline,
              detail: `${formatDay(result.article.filed)} · ${result.marks.length} annotations`,
              articleId: result.article.id,
            },
          ]
        : [];
    case 'entities':
      return result.items.map(({ entity, mentions }) => ({
        key: `e:${entity.id}`,
        kind: 'entity',
        title: entity.name,
        detail: `${KIND_LABEL[entity.kind]} · ${mentions} mentions${entity.roles[0] ? ` · ${entity.roles[0]}` : ''}`,
        entityId: entity.id,
      }));
    case 'mentions':
      return result.items.map((item) => ({
        key: `m:${item.articleId}:${item.mention.id}`,
        kind: 'mention',
        title: oneLine(`${item.context.before}[${item.context.match}]${item.context.after}`),
        detail: item.headline,
        articleId: item.articleId,
        offset: item.mention.span.start,
      }));
    case 'quotes':
      return result.items.map((item) => ({
        key: `q:${item.articleId}:${item.quote.id}`,
        kind: 'quote',
        title: `“${oneLine(item.quote.text)}”`,
        detail: `— ${item.quote.speaker?.name ?? 'unattributed'}${item.quote.channel ? ` on ${item.quote.channel.name}` : ''} · ${item.headline}`,
        articleId: item.articleId,
        offset: item.quote.span.start,
      }));
    case 'search':
      return result.items.map((hit, i) => ({
        key: `s:${i}:${hit.articleId ?? hit.entityId}`,
        kind: hit.type === 'entity' ? 'entity' : hit.type === 'quote' ? 'quote' : 'article',
        title: hit.type === 'quote' ? `“${oneLine(hit.snippet.text)}”` : hit.title,
        detail: hit.type === 'quote' ? `— ${hit.title}` : oneLine(hit.snippet.text),
        ...(hit.entityId ? { entityId: hit.entityId } : {}),
        ...(hit.articleId ? { articleId: hit.articleId, offset: hit.spans[0]?.start ?? 0 } : {}),
      }));
    case 'timeline':
      return result.items.map((item, i) => ({
        key: `t:${i}:${item.articleId}`,
        kind: item.type === 'event' ? 'event' : 'time',
        title: `${formatPeriod(item.value, item.granularity)}  ${item.label}`,
        detail: item.headline,
        articleId: item.articleId,
        offset: item.spans[0]?.start ?? 0,
      }));
    case 'meetings':
      return result.items.map((item, i) => ({
        key: `g:${i}:${item.articleId}`,
        kind: 'event',
        title: `${formatDay(item.date)}  ${item.people.map((p) => p.name).join(' & ')}`,
        detail: `${item.event.label} · ${item.headline}`,
        articleId: item.articleId,
        offset: item.spans[0]?.start ?? 0,
      }));
    case 'cooccurrence':
      return result.items.map((pair) => ({
        key: `p:${pair.a.id}:${pair.b.id}`,
        kind: 'pair',
        title: `${pair.a.name} + ${pair.b.name}`,
        detail: `${pair.sentences} sentences, ${pair.events} events together${pair.evidence[0] ? ` · “${oneLine(pair.evidence[0].text)}”` : ''}`,
        entityId: pair.b.id,
      }));
  }
}
