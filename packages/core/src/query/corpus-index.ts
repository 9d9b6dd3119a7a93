import type { AnnotatedArticle, Corpus } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';

export interface MentionInArticle {
  article: AnnotatedArticle;
  mention: Mention;
}

export interface QuoteInArticle {
  article: AnnotatedArticle;
  quote: Quote;
}

/** Lookup tables built once per corpus so every query is a map access, not a scan. */
export interface CorpusIndex {
  corpus: Corpus;
  articleById: ReadonlyMap<string, AnnotatedArticle>;
  entityById: ReadonlyMap<string, Entity>;
  mentionsByEntity: ReadonlyMap<string, readonly MentionInArticle[]>;
  quotesBySpeaker: ReadonlyMap<string, readonly QuoteInArticle[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const mentionsByEntity = new Map<string, MentionInArticle[]>();
  const quotesBySpeaker = new Map<string, QuoteInArticle[]>();
  for (const article of corpus.articles) {
    for (const mention of article.mentions) {
      if (mention.entityId) push(mentionsByEntity, mention.entityId, { article, mention });
    }
    for (const quote of article.quotes) {
      if (quote.speaker?.entityId) push(quotesBySpeaker, quote.speaker.entityId, { article, quote });
    }
  }
  return {
    corpus,
    articleById: new Map(corpus.articles.map((article) => [article.id, article])),
    entityById: new Map(corpus.entities.map((entity) => [entity.id, entity])),
    mentionsByEntity,
    quotesBySpeaker,
  };
}
