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
