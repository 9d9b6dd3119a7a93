import { type CorpusIndex, eventsOfEntity, sentenceAt } from '@dispatch/core';

/** The entity's events, each with the anchor of the sentence that first states it. */
export function entityEvents(index: CorpusIndex, entityId: string) {
  return eventsOfEntity(index, entityId).map((entry) => {
    const article = index.articleById.get(entry.articleId);
    const evidence = entry.event.evidence[0];
    const sentence = article && evidence ? sentenceAt(article, evidence) : null;
    return { ...entry, anchor: sentence?.id ?? null };
  });
}
