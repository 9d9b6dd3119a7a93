import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Entity, EntityKind } from '../schema/entity.js';
import type { CorpusIndex } from './corpus-index.js';

export interface ArticleSummary {
  id: string;
  headline: string;
  filed: string;
  dateline: string | null;
  credit: string | null;
  /** The people of the story, most mentioned first. */
  people: Entity[];
}

/** Articles newest first (ties by id), each with the people it mentions. */
export function listArticles(index: CorpusIndex): ArticleSummary[] {
  return [...index.corpus.articles]
    .sort((a, b) => b.filed.localeCompare(a.filed) || a.id.localeCompare(b.id))
    .map((article) => ({
      id: article.id,
      headline: article.headline,
      filed: article.filed,
      dateline: article.dateline ?? article.structure.dateline?.text ?? null,
      credit: article.credit ?? article.structure.credit?.text ?? null,
      people: entitiesOfArticle(index, article, 'PERSON'),
    }));
}

export function getArticle(index: CorpusIndex, id: string): AnnotatedArticle | null {
  return index.articleById.get(id) ?? null;
}

/** The entities an article mentions, most mentioned first, then by name. */
export function entitiesOfArticle(
  index: CorpusIndex,
  article: AnnotatedArticle,
  kind?: EntityKind,
): Entity[] {
  const counts = new Map<string, number>();
  for (const mention of article.mentions) {
    if (mention.entityId) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ entity: index.entityById.get(id), count }))
    .filter((entry): entry is { entity: Entity; count: number } => !!entry.entity)
    .filter((entry) => !kind || entry.entity.kind === kind)
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
    .map((entry) => entry.entity);
}
