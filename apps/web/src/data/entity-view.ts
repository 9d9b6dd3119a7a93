import {
  type CorpusIndex,
  coOccurrences,
  type Evidence,
  eventsOfEntity,
  type SentenceRef,
  sentenceAt,
  sentenceRef,
} from '@dispatch/core';

/** The entity's events, each with the anchor of the sentence that first states it. */
export function entityEvents(index: CorpusIndex, entityId: string) {
  return eventsOfEntity(index, entityId).map((entry) => {
    const article = index.articleById.get(entry.articleId);
    const evidence = entry.event.evidence[0];
    const sentence = article && evidence ? sentenceAt(article, evidence) : null;
    return { ...entry, anchor: sentence?.id ?? null };
  });
}

/**
 * Core's evidence pieces as the sentences holding them, each once: an event's evidence may be part of a
 * sentence already listed.
 */
export function evidenceSentences(index: CorpusIndex, pieces: readonly Evidence[]): SentenceRef[] {
  const sentences = new Map<string, SentenceRef>();
  for (const piece of pieces) {
    const sentence = sentenceRef(index.articleById.get(piece.articleId)!, piece.span);
    sentences.set(`${sentence.articleId} ${sentence.span.start}`, sentence);
  }
  return [...sentences.values()];
}

/** The entities named in a sentence with this one, most often first, with a few of those sentences. */
export function entityPartners(index: CorpusIndex, entityId: string) {
  return coOccurrences(index, { entityId, scope: 'sentence' }).items.map((pair) => ({
    entity: index.entityById.get(pair.b.id)!,
    sentenceCount: pair.sentences,
    sentences: evidenceSentences(index, pair.evidence),
  }));
}
