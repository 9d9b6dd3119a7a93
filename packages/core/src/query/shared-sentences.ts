import type { EntityKind } from '../schema/entity.js';
import type { CorpusIndex } from './corpus-index.js';
import { type SentenceRef, sentenceRef } from './sentence-ref.js';

/** Two entities named in the same sentences. */
export interface EntityPair {
  /** The pair, in id order. */
  entityIds: [string, string];
  /** Every sentence naming both, newest article first, then in reading order. */
  sentences: SentenceRef[];
}

export interface SharedSentencesOptions {
  /** Only pairs including this entity. */
  entityId?: string;
  /** Only pairs whose two entities are both of these kinds. */
  kinds?: readonly EntityKind[];
}

/** Pairs of entities mentioned in the same sentence, the pair sharing most sentences first. */
export function sharedSentences(index: CorpusIndex, options: SharedSentencesOptions = {}): EntityPair[] {
  const pairs = new Map<string, EntityPair>();
  const wanted = (id: string) => {
    const entity = index.entityById.get(id);
    return !!entity && (!options.kinds || options.kinds.includes(entity.kind));
  };
  const articles = [...index.corpus.articles].sort(
    (a, b) => b.filed.localeCompare(a.filed) || a.id.localeCompare(b.id),
  );
  for (const article of articles) {
    // Mentions come in reading order, so sentences are met in reading order too.
    const sentences = new Map<string, { ref: SentenceRef; ids: Set<string> }>();
    for (const mention of article.mentions) {
      if (!mention.entityId || !wanted(mention.entityId)) continue;
      const ref = sentenceRef(article, mention.span);
      if (!ref.sentenceId) continue;
      const entry = sentences.get(ref.sentenceId) ?? { ref, ids: new Set<string>() };
      entry.ids.add(mention.entityId);
      sentences.set(ref.sentenceId, entry);
    }
    for (const { ref, ids: idSet } of sentences.values()) {
      const ids = [...idSet].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const pair: [string, string] = [ids[i]!, ids[j]!];
          if (options.entityId && !pair.includes(options.entityId)) continue;
          const key = `${pair[0]} ${pair[1]}`;
          const entry = pairs.get(key) ?? { entityIds: pair, sentences: [] };
          entry.sentences.push(ref);
          pairs.set(key, entry);
        }
      }
    }
  }
  return [...pairs.values()].sort(
    (a, b) =>
      b.sentences.length - a.sentences.length ||
      a.entityIds[0].localeCompare(b.entityIds[0]) ||
      a.entityIds[1].localeCompare(b.entityIds[1]),
  );
}
