import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Entity, EntityKind } from '../schema/entity.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';
import { type InContext, inContext } from './context.js';
import type { CorpusIndex } from './corpus-index.js';
import { mentionCount } from './entity-lookup.js';
import { type PageOptions, pageBounds } from './page.js';

/** The entity with this id, or null. */
export function getEntity(index: CorpusIndex, id: string): Entity | null {
  return index.entityById.get(id) ?? null;
}

export interface EntityWithCount {
  entity: Entity;
  /** Mentions across the corpus. */
  mentions: number;
}

/**
 * Entities, optionally of one kind, most mentioned first (ties by name) or by name. The sorted lists
 * are built once per index and kind.
 */
export function listEntities(
  index: CorpusIndex,
  options: { kind?: EntityKind; sort?: 'mentions' | 'name' } & PageOptions = {},
): { total: number; items: EntityWithCount[] } {
  const sort = options.sort ?? 'mentions';
  const key = `entities:${options.kind ?? '*'}:${sort}`;
  let sorted = index.memo.get(key) as EntityWithCount[] | undefined;
  if (!sorted) {
    sorted = index.entities
      .filter((entity) => !options.kind || entity.kind === options.kind)
      .map((entity) => ({ entity, mentions: mentionCount(index, entity.id) }))
      .sort((a, b) =>
        sort === 'mentions'
          ? b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name)
          : a.entity.name.localeCompare(b.entity.name),
      );
    index.memo.set(key, sorted);
  }
  const { offset, end } = pageBounds(options);
  return { total: sorted.length, items: sorted.slice(offset, end) };
}

/** The `limit` most mentioned entities (of `kind`, if given). */
export function mostMentioned(index: CorpusIndex, limit = 10, kind?: EntityKind): EntityWithCount[] {
  return listEntities(index, { kind, sort: 'mentions', limit }).items;
}

export interface MentionInContext {
  articleId: string;
  headline: string;
  mention: Mention;
  context: InContext;
}

/** Options shared by the per-entity lists: a page, and the filing dates to keep (ISO, `[after, before)`). */
export interface EntityListOptions extends PageOptions {
  /** Keep only articles filed on or after this date (YYYY-MM-DD). */
  after?: string;
  /** Keep only articles filed before this date (YYYY-MM-DD). */
  before?: string;
  /** Keep only this article. */
  articleId?: string;
}

/**
 * Every mention of the entity with its sentence, newest article first, then in reading order. Only the
 * articles on the requested page are read.
 */
export function mentionsOfEntity(
  index: CorpusIndex,
  entityId: string,
  options: EntityListOptions = {},
): MentionInContext[] {
  return pageOfMentions(index, entityId, options).items;
}

/** `mentionsOfEntity` with the total count of matching mentions, for paging. */
export function pageOfMentions(
  index: CorpusIndex,
  entityId: string,
  options: EntityListOptions = {},
): { total: number; items: MentionInContext[] } {
  return collectPage(
    index,
    index.derived.articlesByEntity[entityId] ?? [],
    options,
    (article) => article.mentions.filter((mention) => mention.entityId === entityId),
    (article, mention) => ({
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
export function quotesOfEntity(
  index: CorpusIndex,
  entityId: string,
  options: PageOptions = {},
): QuoteWithArticle[] {
  const ordinal = index.derived.entityIds.indexOf(entityId);
  if (ordinal < 0) return [];
  const { quotes } = index.derived;
  const { offset, end } = pageBounds(options);
  const items: QuoteWithArticle[] = [];
  let seen = 0;
  for (let q = 0; q < quotes.speaker.length && seen < end; q++) {
    if (quotes.speaker[q] !== ordinal) continue;
    if (seen++ < offset) continue;
    const article = index.article(quotes.article[q]!);
    items.push({
      articleId: article.id,
      headline: article.headline,
      quote: article.quotes[quotes.index[q]!]!,
    });
  }
  return items;
}

/**
 * Pages through per-article postings (flat [ordinal, count, …]) and materialises only the articles whose
 * items fall on the page. Counts come from the postings, so the total needs no article body.
 */
export function collectPage<I, R>(
  index: CorpusIndex,
  postings: readonly number[],
  options: EntityListOptions,
  itemsOf: (article: AnnotatedArticle) => I[],
  toResult: (article: AnnotatedArticle, item: I) => R,
): { total: number; items: R[] } {
  const { offset, end } = pageBounds(options);
  const { headers } = index.derived;
  const only = options.articleId === undefined ? null : (index.ordinalById.get(options.articleId) ?? -1);
  const items: R[] = [];
  let total = 0;
  for (let i = 0; i < postings.length; i += 2) {
    const ordinal = postings[i]!;
    if (only !== null && ordinal !== only) continue;
    const filed = headers[ordinal]!.filed;
    if ((options.after && filed < options.after) || (options.before && filed >= options.before)) continue;
    const count = postings[i + 1]!;
    if (total + count > offset && total < end) {
      const article = index.article(ordinal);
      itemsOf(article).forEach((item, k) => {
        const position = total + k;
        if (position >= offset && position < end) items.push(toResult(article, item));
      });
    }
    total += count;
  }
  return { total, items };
}
