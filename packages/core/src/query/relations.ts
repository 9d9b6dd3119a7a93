import type { Entity } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import { type CorpusIndex, memoize } from './corpus-index.js';
import { dateOfDayNumber, periodOf } from './dates.js';
import { EVIDENCE_PER_PAIR } from './derived-index.js';
import { entityOrdinal } from './entity-lookup.js';
import { type PageOptions, pageBounds } from './page.js';

export interface EntityRef {
  id: string;
  name: string;
  kind: Entity['kind'];
}

const refOf = (index: CorpusIndex, id: string): EntityRef => {
  const entity = index.entityById.get(id);
  return { id, name: entity?.name ?? id, kind: entity?.kind ?? 'PERSON' };
};

export interface MeetingHit {
  articleId: string;
  headline: string;
  filed: string;
  /** The event's evidence sentences. */
  spans: Span[];
  event: Event;
  /** The people who met, in the order the event lists them. */
  people: EntityRef[];
  /** When it happened (the event's date, else the filing date), YYYY-MM-DD. */
  date: string;
}

export interface MeetingQuery extends PageOptions {
  /** Keep meetings this entity took part in. */
  entityId?: string;
  /** Keep meetings on or after this date (YYYY-MM-DD). */
  after?: string;
  /** Keep meetings before this date (YYYY-MM-DD). */
  before?: string;
}

/**
 * Who met whom: meetings and talks with at least two people taking part, newest article first, each
 * with its evidence sentences.
 */
export function findMeetings(
  index: CorpusIndex,
  query: MeetingQuery = {},
): { total: number; items: MeetingHit[] } {
  const { meetings, headers } = index.derived;
  const { offset, end } = pageBounds(query);
  const items: MeetingHit[] = [];
  let total = 0;
  const facts = index.derived.meetingFacts;
  const wanted = query.entityId === undefined ? null : entityOrdinal(index, query.entityId);
  for (let i = 0; i < meetings.length; i += 2) {
    const ordinal = meetings[i]!;
    const header = headers[ordinal]!;
    // Filter on the derived facts when the index has them, so only the page's articles are read.
    if (facts) {
      if (wanted !== null && !facts.participants[i / 2]!.includes(wanted)) continue;
      const day = dateOfDayNumber(facts.day[i / 2]!);
      if ((query.after && day < query.after) || (query.before && day >= query.before)) continue;
      if (total < offset || total >= end) {
        total++;
        continue;
      }
    }
    const article = index.article(ordinal);
    const event = article.events[meetings[i + 1]!]!;
    if (query.entityId && !event.participants.some((p) => p.entityId === query.entityId)) continue;
    const period = event.time ? periodOf(event.time.value) : null;
    const date = period ? dateOfDayNumber(period.start) : header.filed;
    if ((query.after && date < query.after) || (query.before && date >= query.before)) continue;
    if (total >= offset && total < end) {
      const people = [...new Set(event.participants.map((p) => p.entityId))]
        .map((id) => refOf(index, id))
        .filter((ref) => ref.kind === 'PERSON');
      items.push({
        articleId: header.id,
        headline: header.headline,
        filed: header.filed,
        spans: event.evidence,
        event,
        people,
        date,
      });
    }
    total++;
  }
  return { total, items };
}

export interface Evidence {
  articleId: string;
  span: Span;
  text: string;
}

export interface CoOccurrence {
  a: EntityRef;
  b: EntityRef;
  /** Sentences naming both. */
  sentences: number;
  /** Events both take part in. */
  events: number;
  /** A few of those sentences (and event evidence), as found in the text. */
  evidence: Evidence[];
}

export interface CoOccurrenceQuery extends PageOptions {
  /** Only pairs including this entity (its partners, most frequent first). */
  entityId?: string;
  /** With `entityId`: only the pair of the two. */
  withId?: string;
  /** What counts: sentences, events, or both (default). */
  scope?: 'any' | 'sentence' | 'event';
  /** Evidence pieces to read per pair (default: all kept, up to EVIDENCE_PER_PAIR); each may read an article. */
  evidence?: number;
}

/**
 * Entities named together in one sentence or taking part in one event, most frequent first, with the
 * counts and a few evidence sentences. Only the pairs on the page read their evidence text.
 */
export function coOccurrences(
  index: CorpusIndex,
  query: CoOccurrenceQuery = {},
): { total: number; items: CoOccurrence[] } {
  const scope = query.scope ?? 'any';
  const { pairs, entityIds } = index.derived;
  const weight = (p: number) =>
    scope === 'sentence'
      ? pairs.sentences[p]!
      : scope === 'event'
        ? pairs.events[p]!
        : pairs.sentences[p]! + pairs.events[p]!;
  const ranked = memoize(index, `pairs:${scope}`, () =>
    pairs.a
      .map((_, p) => p)
      .filter((p) => weight(p) > 0)
      .sort((x, y) => weight(y) - weight(x) || x - y),
  );
  let selected = ranked;
  if (query.entityId) {
    // Each entity's pairs, in rank order, built once per scope: a lookup, not a scan of every pair.
    const byEntity = memoize(index, `pairsByEntity:${scope}`, () => {
      const lists = new Map<number, number[]>();
      for (const p of ranked) {
        for (const e of [pairs.a[p]!, pairs.b[p]!]) {
          const list = lists.get(e);
          if (list) list.push(p);
          else lists.set(e, [p]);
        }
      }
      return lists;
    });
    const other = query.withId ? entityOrdinal(index, query.withId) : null;
    selected = (byEntity.get(entityOrdinal(index, query.entityId)) ?? []).filter(
      (p) => other === null || pairs.a[p] === other || pairs.b[p] === other,
    );
  }
  const { offset, end } = pageBounds(query);
  const items = selected.slice(offset, end).map((p): CoOccurrence => {
    let a = entityIds[pairs.a[p]!]!;
    let b = entityIds[pairs.b[p]!]!;
    // The entity asked about comes first, so a list of partners reads naturally.
    if (query.entityId && b === query.entityId) [a, b] = [b, a];
    const flat = pairs.evidence[p]!;
    const evidence: Evidence[] = [];
    for (let i = 0; i < Math.min(flat.length, (query.evidence ?? EVIDENCE_PER_PAIR) * 3); i += 3) {
      const article = index.article(flat[i]!);
      const span = { start: flat[i + 1]!, end: flat[i + 2]! };
      evidence.push({ articleId: article.id, span, text: article.text.slice(span.start, span.end) });
    }
    return {
      a: refOf(index, a),
      b: refOf(index, b),
      sentences: pairs.sentences[p]!,
      events: pairs.events[p]!,
      evidence,
    };
  });
  return { total: selected.length, items };
}
