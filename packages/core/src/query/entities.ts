import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';
import { compareSpans } from '../schema/span.js';
import { type InContext, inContext } from './context.js';
import type { CorpusIndex } from './corpus-index.js';

export function getEntity(index: CorpusIndex, id: string): Entity | null {
  return index.entityById.get(id) ?? null;
}

export interface MentionInContext {
  articleId: string;
  headline: string;
  mention: Mention;
  context: InContext;
}

/** Every mention of the entity with its sentence, newest article first, then in reading order. */
export function mentionsOfEntity(index: CorpusIndex, entityId: string): MentionInContext[] {
  return byArticleThenSpan(index.mentionsByEntity.get(entityId) ?? [], (entry) => entry.mention.span).map(
    ({ article, mention }) => ({
      articleId: article.id,
      headline: article.headline,
      mention,
      context: inContext(article, mention.span),
    }),
  );
}

export interface QuoteWithArticle {
  articleId: string;
  headline: string;
  quote: Quote;
}

/** Every quotation attributed to the entity, newest article first, then in reading order. */
export function quotesOfEntity(index: CorpusIndex, entityId: string): QuoteWithArticle[] {
  return byArticleThenSpan(index.quotesBySpeaker.get(entityId) ?? [], (entry) => entry.quote.span).map(
    ({ article, quote }) => ({ articleId: article.id, headline: article.headline, quote }),
  );
}

function byArticleThenSpan<T extends { article: AnnotatedArticle }>(
  entries: readonly T[],
  spanOf: (entry: T) => { start: number; end: number },
): T[] {
  return [...entries].sort(
    (a, b) =>
      b.article.filed.localeCompare(a.article.filed) ||
      a.article.id.localeCompare(b.article.id) ||
      compareSpans(spanOf(a), spanOf(b)),
  );
}
