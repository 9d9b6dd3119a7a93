// What the screens and the plain-text renderer may ask of the corpus. Every answer comes from a
// @dispatch/core query; this module only picks the query and remembers answers that do not change.
// The screens reach core only through it, so the UI's bundle can draw its first frame before core and
// the corpus have loaded.
import {
  type AnnotatedArticle,
  type ArticleSummary,
  type CorpusIndex,
  coOccurrences,
  type Entity,
  type EntityKind,
  type EventInArticle,
  entitiesOfArticle,
  eventsOfEntity,
  findQuotes,
  getArticle,
  getArticleSummary,
  getEntity,
  groupQuotesBySpeaker,
  type InContext,
  inContext,
  listArticles,
  listEntities,
  type MentionInContext,
  mentionsOfEntity,
  QUERY_HELP,
  type QuoteHit,
  type QuoteWithArticle,
  queryTimeline,
  quoteChannelCounts,
  quotesOfEntity,
  type Segment,
  type Span,
  segmentText,
} from '@dispatch/core';
import { type SearchOutcome, search } from './search.js';

/** A long list shows this many items; the search view (`/`) narrows further. */
export const LIST_LIMIT = 500;

export interface Page<T> {
  total: number;
  items: T[];
}

export interface QuoteFilter {
  speakerId: string | null;
  channel: string | null;
}

export interface EntityRow {
  entity: Entity;
  mentions: number;
}

export interface Partner {
  entity: { id: string; name: string; kind: EntityKind };
  sentences: number;
  events: number;
}

export type TimelineRow = ReturnType<typeof queryTimeline>['items'][number];

export interface Library {
  index: CorpusIndex;
  articles(): ArticleSummary[];
  /** How many articles there are, and the one at `position` (newest first): a long list reads only what it shows. */
  articleCount(): number;
  articleAt(position: number): ArticleSummary | null;
  article(id: string): AnnotatedArticle | null;
  /** Headline, date and people of an article, without reading its body. */
  summary(id: string): ArticleSummary | null;
  entity(id: string): Entity | null;
  /** Every entity, people first, then organisations, then places; most mentioned first within each. */
  entities(): EntityRow[];
  /** The entities mentioned inside `span` of the article, most mentioned first. */
  entitiesIn(article: AnnotatedArticle, span: Span): Entity[];
  mentionsOf(entityId: string): MentionInContext[];
  quotesOf(entityId: string): QuoteWithArticle[];
  /** Events the entity takes part in or that happen there, by date. */
  eventsOf(entityId: string): EventInArticle[];
  /** Entities named in the same sentences or events as this one, most often first. */
  partnersOf(entityId: string): Partner[];
  quotes(filter?: Partial<QuoteFilter>): Page<QuoteHit>;
  /** Speakers with an entity, most quoted first. */
  speakers(): Array<{ entityId: string; name: string; count: number }>;
  channels(): string[];
  /** Dated times and events, earliest first. */
  timeline(): Page<TimelineRow>;
  /** Runs a query of the core query language. */
  search(text: string): SearchOutcome;
  /** The query language's syntax, for the search view. */
  queryHelp: string;
  /** The article's text in `range` as nested marks (core's segmentText), for highlighting. */
  segments(article: AnnotatedArticle, range: Span): Segment[];
  /** `span` of the article inside its sentence. */
  context(article: AnnotatedArticle, span: Span): InContext;
}

const KIND_ORDER: Record<EntityKind, number> = { PERSON: 0, ORG: 1, LOC: 2 };

export function createLibrary(index: CorpusIndex): Library {
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, build: () => T): T => {
    if (!memo.has(key)) memo.set(key, build());
    return memo.get(key) as T;
  };
  return {
    index,
    articles: () => once('articles', () => listArticles(index)),
    articleCount: () => index.ordinalById.size,
    articleAt: (position) => listArticles(index, { offset: position, limit: 1 })[0] ?? null,
    article: (id) => getArticle(index, id),
    summary: (id) => getArticleSummary(index, id),
    entity: (id) => getEntity(index, id),
    entities: () =>
      once('entities', () =>
        [...listEntities(index, { sort: 'mentions' }).items].sort(
          (a, b) => KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind],
        ),
      ),
    entitiesIn: (article, span) =>
      entitiesOfArticle(index, {
        ...article,
        mentions: article.mentions.filter((m) => m.span.start >= span.start && m.span.end <= span.end),
      }),
    mentionsOf: (entityId) => mentionsOfEntity(index, entityId, { limit: LIST_LIMIT }),
    quotesOf: (entityId) => quotesOfEntity(index, entityId, { limit: LIST_LIMIT }),
    eventsOf: (entityId) => eventsOfEntity(index, entityId).slice(0, LIST_LIMIT),
    partnersOf: (entityId) =>
      coOccurrences(index, { entityId, limit: LIST_LIMIT }).items.map((pair) => ({
        entity: pair.a.id === entityId ? pair.b : pair.a,
        sentences: pair.sentences,
        events: pair.events,
      })),
    quotes: (filter = {}) =>
      findQuotes(index, {
        ...(filter.speakerId ? { speakerIds: [filter.speakerId] } : {}),
        ...(filter.channel ? { channel: filter.channel } : {}),
        limit: LIST_LIMIT,
      }),
    speakers: () =>
      once('speakers', () =>
        groupQuotesBySpeaker(findQuotes(index).items)
          .filter((group) => group.entityId)
          .map((group) => ({
            entityId: group.entityId!,
            name: index.entityById.get(group.entityId!)?.name ?? group.name,
            count: group.quotes.length,
          })),
      ),
    channels: () => once('channels', () => quoteChannelCounts(index).map((channel) => channel.name)),
    timeline: () => once('timeline', () => queryTimeline(index, { limit: LIST_LIMIT })),
    search: (text) => search(index, text),
    queryHelp: QUERY_HELP,
    segments: segmentText,
    context: inContext,
  };
}
