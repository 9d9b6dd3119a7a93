import type { Event } from '../schema/event.js';
import type { CorpusIndex } from './corpus-index.js';

export interface EventInArticle {
  articleId: string;
  headline: string;
  event: Event;
}

const byDate = (a: EventInArticle, b: EventInArticle) =>
  (a.event.time?.value ?? '\uffff').localeCompare(b.event.time?.value ?? '\uffff') ||
  a.articleId.localeCompare(b.articleId) ||
  (a.event.evidence[0]?.start ?? 0) - (b.event.evidence[0]?.start ?? 0);

/** Every event the entity takes part in or that happens at it (a place), earliest first; undated last. */
export function eventsOfEntity(index: CorpusIndex, entityId: string): EventInArticle[] {
  const found: EventInArticle[] = [];
  for (const article of index.corpus.articles) {
    for (const event of article.events) {
      if (event.placeId === entityId || event.participants.some((p) => p.entityId === entityId)) {
        found.push({ articleId: article.id, headline: article.headline, event });
      }
    }
  }
  return found.sort(byDate);
}

/** Two entities who met: every meeting or talks event with both among its participants. */
export interface Meeting {
  /** The pair, in id order. */
  entityIds: [string, string];
  events: EventInArticle[];
}

const MEETING_TYPES: ReadonlySet<Event['type']> = new Set(['meeting', 'talks']);

/** Who met whom: pairs of participants of meeting and talks events, the pair meeting most first. */
export function meetings(index: CorpusIndex): Meeting[] {
  const pairs = new Map<string, Meeting>();
  for (const article of index.corpus.articles) {
    for (const event of article.events) {
      if (!MEETING_TYPES.has(event.type)) continue;
      const ids = [...new Set(event.participants.map((p) => p.entityId))].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const pair: [string, string] = [ids[i]!, ids[j]!];
          const key = `${pair[0]} ${pair[1]}`;
          const entry = pairs.get(key) ?? { entityIds: pair, events: [] };
          entry.events.push({ articleId: article.id, headline: article.headline, event });
          pairs.set(key, entry);
        }
      }
    }
  }
  return [...pairs.values()]
    .map((meeting) => ({ ...meeting, events: meeting.events.sort(byDate) }))
    .sort(
      (a, b) =>
        b.events.length - a.events.length ||
        a.entityIds[0].localeCompare(b.entityIds[0]) ||
        a.entityIds[1].localeCompare(b.entityIds[1]),
    );
}
