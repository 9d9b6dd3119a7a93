import {
  type AnnotatedArticle,
  type CorpusIndex,
  formatQuery,
  parseQuery,
  type Query,
  type QueryResult,
  runQuery,
} from '@dispatch/core';
import { UsageError } from './errors.js';
import type { ExportInput } from './validate.js';

/** Which records of one article the query picked; absent sets mean "all of that kind". */
interface PickedRecords {
  mentions?: Set<string>;
  quotes?: Set<string>;
  events?: Set<string>;
}

export interface QuerySelection {
  input: ExportInput;
  /** What the query engine wants the reader to know ("no person matches 'x'"). */
  notes: string[];
}

// runQuery pages its results; the export wants every match unless the query asks for a page.
const PAGE = 1000;

/** Parses `text`, or explains where it goes wrong with a caret under the offending token. */
export function parseExportQuery(text: string): Query {
  const parsed = parseQuery(text);
  if (parsed.ok) return parsed.query;
  const { message, start, end } = parsed.error;
  const caret = `${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`;
  throw new UsageError(`invalid query: ${message}\n  ${text}\n  ${caret}`);
}

/**
 * The part of a corpus a core query selects, as an export input of its own. Queries about articles
 * (articles, article, search, timeline, cooccurrence) keep whole articles; queries about records keep
 * the articles those records are in with only the matching records of that kind (quotes → quotes,
 * mentions → mentions, meetings → events); `entities` keeps the matching entities and no articles.
 * Entities are kept when a kept article refers to them, so the result is a valid corpus. Runs on the
 * index, so a compiled corpus is read only for the articles selected, one at a time.
 */
export function selectByQuery(index: CorpusIndex, text: string): QuerySelection {
  const query = parseExportQuery(text);
  const explicitPage = 'limit' in query && /(^| )(limit|offset):/.test(formatQuery(query));
  const results: QueryResult[] = [];
  if (!('limit' in query) || explicitPage) results.push(runQuery(index, query));
  else {
    for (let offset = 0; ; offset += PAGE) {
      const result = runQuery(index, { ...query, limit: PAGE, offset });
      results.push(result);
      if (offset + PAGE >= result.total) break;
    }
  }
  const picked = new Map<string, PickedRecords>();
  const pickedEntities = new Set<string>();
  const pick = (articleId: string | null, kind?: keyof PickedRecords, id?: string) => {
    if (articleId === null) return;
    const records = picked.get(articleId) ?? {};
    picked.set(articleId, records);
    if (kind && id !== undefined) {
      const ids = records[kind] ?? new Set<string>();
      records[kind] = ids;
      ids.add(id);
    }
  };
  for (const result of results) collect(result, pick, pickedEntities, index);

  // In corpus order (the index's ordinals), whatever order the query listed them in.
  const ordinals = [...picked.keys()]
    .map((id) => index.ordinalById.get(id))
    .filter((ordinal): ordinal is number => ordinal !== undefined)
    .sort((a, b) => a - b);
  const articleAt = (ordinal: number) => {
    const article = index.article(ordinal);
    return narrow(article, picked.get(article.id)!);
  };
  let referenced = pickedEntities;
  if (query.kind !== 'entities') {
    // A first pass for the entities, which are written before any article.
    referenced = new Set();
    for (const ordinal of ordinals) addReferencedEntities(articleAt(ordinal), referenced);
  }
  function* articles(): Generator<AnnotatedArticle> {
    for (const ordinal of ordinals) yield articleAt(ordinal);
  }
  return {
    input: {
      schemaVersion: index.schemaVersion,
      entities: index.entities.filter((entity) => referenced.has(entity.id)),
      articles: articles(),
    },
    notes: [...new Set(results.flatMap((result) => result.notes))],
  };
}

function collect(
  result: QueryResult,
  pick: (articleId: string | null, kind?: keyof PickedRecords, id?: string) => void,
  entities: Set<string>,
  index: CorpusIndex,
): void {
  switch (result.kind) {
    case 'articles':
      for (const item of result.items) pick(item.articleId);
      return;
    case 'article':
      if (result.article) pick(result.article.id);
      return;
    case 'entities':
      for (const item of result.items) entities.add(item.entity.id);
      return;
    case 'mentions':
      for (const item of result.items) pick(item.articleId, 'mentions', item.mention.id);
      return;
    case 'quotes':
      for (const item of result.items) pick(item.articleId, 'quotes', item.quote.id);
      return;
    case 'meetings':
      for (const item of result.items) pick(item.articleId, 'events', item.event.id);
      return;
    case 'search':
      for (const hit of result.items) {
        if (hit.type === 'entity' && hit.entityId) entities.add(hit.entityId);
        else if (hit.type === 'quote' && hit.articleId && hit.quoteIndex !== null) {
          const quote = index.articleById.get(hit.articleId)?.quotes[hit.quoteIndex];
          if (quote) pick(hit.articleId, 'quotes', quote.id);
        } else pick(hit.articleId);
      }
      return;
    case 'timeline':
      for (const item of [...result.items, ...result.vague.items]) pick(item.articleId);
      return;
    case 'cooccurrence':
      for (const item of result.items) for (const evidence of item.evidence) pick(evidence.articleId);
      return;
  }
}

function narrow(article: AnnotatedArticle, records: PickedRecords): AnnotatedArticle {
  return {
    ...article,
    ...(records.mentions ? { mentions: article.mentions.filter((m) => records.mentions!.has(m.id)) } : {}),
    ...(records.quotes ? { quotes: article.quotes.filter((q) => records.quotes!.has(q.id)) } : {}),
    ...(records.events ? { events: article.events.filter((e) => records.events!.has(e.id)) } : {}),
  };
}

function addReferencedEntities(article: AnnotatedArticle, ids: Set<string>): void {
  for (const mention of article.mentions) if (mention.entityId) ids.add(mention.entityId);
  for (const quote of article.quotes) if (quote.speaker?.entityId) ids.add(quote.speaker.entityId);
  for (const event of article.events) {
    for (const participant of event.participants) ids.add(participant.entityId);
    if (event.placeId) ids.add(event.placeId);
  }
}
