import type { Event } from '../schema/event.js';
import type { TimeExpression, TimeGranularity } from '../schema/time.js';
import type { CorpusIndex } from './corpus-index.js';
import { type SentenceRef, sentenceRef } from './sentence-ref.js';

export type TimelineEntry =
  | { kind: 'event'; value: string; granularity: TimeGranularity | null; event: Event; sentence: SentenceRef }
  | {
      kind: 'statement';
      value: string;
      granularity: TimeGranularity | null;
      time: TimeExpression;
      sentence: SentenceRef;
    };

export interface VagueTime {
  time: TimeExpression;
  sentence: SentenceRef;
}

export interface Timeline {
  /** Events and dated statements, earliest first (ISO values sort as text: "2014" < "2025-04-21"). */
  dated: TimelineEntry[];
  /** Times with no fixed date ("recently", "in the past"), in reading order. */
  vague: VagueTime[];
}

export interface TimelineOptions {
  /** Only this article's timeline. */
  articleId?: string;
}

/**
 * Events and dated statements in date order, each with the sentence that says so. A time expression
 * that already dates an event is shown once, as that event.
 */
export function timelineEntries(index: CorpusIndex, options: TimelineOptions = {}): Timeline {
  const dated: TimelineEntry[] = [];
  const vague: VagueTime[] = [];
  const articles = index.corpus.articles.filter((a) => !options.articleId || a.id === options.articleId);
  for (const article of articles) {
    const timeById = new Map(article.times.map((time) => [time.id, time]));
    const datingEvents = new Set<string>();
    for (const event of article.events) {
      if (!event.time) continue;
      const time = event.time.timeId ? timeById.get(event.time.timeId) : undefined;
      if (time) datingEvents.add(time.id);
      const evidence = event.evidence[0] ?? time?.span;
      if (!evidence) continue;
      dated.push({
        kind: 'event',
        value: event.time.value,
        granularity: time?.granularity ?? null,
        event,
        sentence: sentenceRef(article, evidence),
      });
    }
    for (const time of article.times) {
      if (time.vague || time.value === null) {
        vague.push({ time, sentence: sentenceRef(article, time.span) });
      } else if (!datingEvents.has(time.id)) {
        dated.push({
          kind: 'statement',
          value: time.value,
          granularity: time.granularity,
          time,
          sentence: sentenceRef(article, time.span),
        });
      }
    }
  }
  const startOf = (entry: TimelineEntry) => entry.sentence.span.start;
  dated.sort(
    (a, b) =>
      a.value.localeCompare(b.value) ||
      a.sentence.articleId.localeCompare(b.sentence.articleId) ||
      startOf(a) - startOf(b),
  );
  return { dated, vague };
}
