import type { Event } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { TimeExpression, TimeGranularity } from '../schema/time.js';
import type { CorpusIndex } from './corpus-index.js';
import { dateOfDayNumber, dayNumber } from './dates.js';
import { entityOrdinal } from './entity-lookup.js';
import { lowerBound } from './lower-bound.js';
import { type PageOptions, pageBounds } from './page.js';

export interface TimelineItem {
  type: 'time' | 'event';
  articleId: string;
  headline: string;
  /** The time expression, or the event's evidence sentences. */
  spans: Span[];
  /** What to show: the expression as written, or the event's label. */
  label: string;
  /** The resolved ISO value (null only for vague expressions). */
  value: string | null;
  granularity: TimeGranularity | null;
  /** First and last day covered, YYYY-MM-DD (null when vague). */
  from: string | null;
  to: string | null;
  time?: TimeExpression;
  event?: Event;
}

export interface TimelineQuery extends PageOptions {
  /** Entries about this entity: times in a sentence naming it, events it takes part in. */
  entityId?: string;
  /** Entries of this article. */
  articleId?: string;
  /** Entries starting on or after this date (YYYY-MM-DD). */
  after?: string;
  /** Entries starting before this date (YYYY-MM-DD). */
  before?: string;
}

export interface TimelinePage {
  total: number;
  /** Dated entries, earliest first; a week, month or year comes just before the days it contains. */
  items: TimelineItem[];
  /** Vague expressions ("recently", "in the past") of the same articles, in article order. */
  vague: { total: number; items: TimelineItem[] };
}

/** Time expressions and dated events in time order, with vague expressions listed apart. */
export function queryTimeline(index: CorpusIndex, query: TimelineQuery = {}): TimelinePage {
  const { timeline: columns, vagueTimes, headers } = index.derived;
  const entity = query.entityId === undefined ? null : entityOrdinal(index, query.entityId);
  const article = query.articleId === undefined ? null : (index.ordinalById.get(query.articleId) ?? -2);
  const afterDay = query.after ? dayNumber(query.after) : Number.NEGATIVE_INFINITY;
  const beforeDay = query.before ? dayNumber(query.before) : Number.POSITIVE_INFINITY;
  const { offset, end } = pageBounds(query);
  // Entries are sorted by first day: skip straight to the first one on or after `after`.
  let i = lowerBound(columns.start, afterDay);
  const items: TimelineItem[] = [];
  let total = 0;
  for (; i < columns.start.length && columns.start[i]! < beforeDay; i++) {
    if (article !== null && columns.article[i] !== article) continue;
    if (entity !== null && !columns.entities[i]!.includes(entity)) continue;
    if (total >= offset && total < end) {
      const from = columns.start[i]!;
      items.push(
        entryOf(
          index,
          columns.type[i]!,
          columns.article[i]!,
          columns.index[i]!,
          from,
          from + columns.length[i]! - 1,
        ),
      );
    }
    total++;
  }
  const vague: TimelineItem[] = [];
  let vagueTotal = 0;
  const entityArticles =
    query.entityId === undefined
      ? null
      : new Set(everyOther(index.derived.articlesByEntity[query.entityId] ?? []));
  for (let v = 0; v < vagueTimes.article.length; v++) {
    const ordinal = vagueTimes.article[v]!;
    if (article !== null && ordinal !== article) continue;
    if (entityArticles && !entityArticles.has(ordinal)) continue;
    const filed = headers[ordinal]!.filed;
    if ((query.after && filed < query.after) || (query.before && filed >= query.before)) continue;
    if (vagueTotal < pageBounds(query).end - offset)
      vague.push(entryOf(index, 0, ordinal, vagueTimes.index[v]!, null, null));
    vagueTotal++;
  }
  return { total, items, vague: { total: vagueTotal, items: vague } };
}

const everyOther = (flat: readonly number[]) => flat.filter((_, i) => i % 2 === 0);

function entryOf(
  index: CorpusIndex,
  type: number,
  ordinal: number,
  at: number,
  from: number | null,
  to: number | null,
): TimelineItem {
  const article = index.article(ordinal);
  const days = {
    from: from === null ? null : dateOfDayNumber(from),
    to: to === null ? null : dateOfDayNumber(to),
  };
  if (type === 0) {
    const time = article.times[at]!;
    return {
      type: 'time',
      articleId: article.id,
      headline: article.headline,
      spans: [time.span],
      label: time.text,
      value: time.value,
      granularity: time.granularity,
      ...days,
      time,
    };
  }
  const event = article.events[at]!;
  const timeId = event.time?.timeId;
  return {
    type: 'event',
    articleId: article.id,
    headline: article.headline,
    spans: event.evidence,
    label: event.label,
    value: event.time?.value ?? null,
    // The expression that dates the event says how precise its value is; an inferred date says nothing.
    granularity: (timeId && article.times.find((time) => time.id === timeId)?.granularity) || null,
    ...days,
    event,
  };
}
