import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Entity, EntityKind } from '../schema/entity.js';
import type { Span } from '../schema/span.js';
import type { CorpusIndex } from './corpus-index.js';
import type { ArticleHeader } from './derived-index.js';
import { type Mark, marksIn } from './markup.js';
import { type PageOptions, pageBounds } from './page.js';

export interface ArticleSummary {
  id: string;
  headline: string;
  filed: string;
  dateline: string | null;
  credit: string | null;
  /** The people of the story, most mentioned first. */
  people: Entity[];
}

const summaryOf = (index: CorpusIndex, header: ArticleHeader): ArticleSummary => ({
  id: header.id,
  headline: header.headline,
  filed: header.filed,
  dateline: header.dateline,
  credit: header.credit,
  people: header.people.map((id) => index.entityById.get(id)).filter((e): e is Entity => !!e),
});

/** Articles newest first (ties by id), each with the people it mentions. Reads no article body. */
export function listArticles(index: CorpusIndex, page: PageOptions = {}): ArticleSummary[] {
  const { offset, end } = pageBounds(page);
  return index.derived.headers.slice(offset, end).map((header) => summaryOf(index, header));
}

/** The article with this id, or null. */
export function getArticle(index: CorpusIndex, id: string): AnnotatedArticle | null {
  return index.articleById.get(id) ?? null;
}

/** The summary of the article with this id (no body read), or null. */
export function getArticleSummary(index: CorpusIndex, id: string): ArticleSummary | null {
  const ordinal = index.ordinalById.get(id);
  return ordinal === undefined ? null : summaryOf(index, index.derived.headers[ordinal]!);
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

/** Filing dates to keep: on or after `after`, strictly before `before` (both YYYY-MM-DD). */
export interface DateRange {
  after?: string;
  before?: string;
}

/**
 * The ordinals `[from, to)` of the articles filed in `range`. Headers are sorted newest first, so this is
 * two binary searches.
 */
export function ordinalRange(index: CorpusIndex, range: DateRange): { from: number; to: number } {
  const { headers } = index.derived;
  // First ordinal whose date is below `limit` (dates descend along the ordinals).
  const firstBelow = (limit: string) => {
    let lo = 0;
    let hi = headers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headers[mid]!.filed < limit) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return {
    from: range.before ? firstBelow(range.before) : 0,
    to: range.after ? firstBelow(range.after) : headers.length,
  };
}

/** Articles filed in `range`, newest first. Reads no article body. */
export function articlesByDate(
  index: CorpusIndex,
  range: DateRange,
  page: PageOptions = {},
): { total: number; items: ArticleSummary[] } {
  const { from, to } = ordinalRange(index, range);
  const { offset, end } = pageBounds(page);
  const items = index.derived.headers
    .slice(from + offset, Math.min(to, from + end))
    .map((header) => summaryOf(index, header));
  return { total: Math.max(0, to - from), items };
}

export interface ArticleWithCounts extends ArticleSummary {
  /** Mentions of each requested entity in the article, in the order asked. */
  mentions: number[];
}

/**
 * Articles that mention every one of `entityIds` (and fall in `range`), newest first, with how often each
 * is mentioned. Walks the postings of the rarest entity, so it never reads an article body.
 */
export function articlesByEntity(
  index: CorpusIndex,
  entityIds: readonly string[],
  options: DateRange & PageOptions = {},
): { total: number; items: ArticleWithCounts[] } {
  if (entityIds.length === 0) return { total: 0, items: [] };
  const postings = entityIds.map((id) => countsByOrdinal(index, id));
  const rarest = postings.reduce((a, b) => (b.size < a.size ? b : a));
  const { offset, end } = pageBounds(options);
  const { headers } = index.derived;
  const items: ArticleWithCounts[] = [];
  let total = 0;
  // Ordinals ascend in the postings, and ordinals run newest first.
  for (const ordinal of rarest.keys()) {
    const filed = headers[ordinal]!.filed;
    if ((options.after && filed < options.after) || (options.before && filed >= options.before)) continue;
    if (!postings.every((counts) => counts.has(ordinal))) continue;
    if (total >= offset && total < end) {
      items.push({
        ...summaryOf(index, headers[ordinal]!),
        mentions: postings.map((counts) => counts.get(ordinal)!),
      });
    }
    total++;
  }
  return { total, items };
}

/** How often the article mentions the entity (0 when never or when either is unknown). */
export function mentionsInArticle(index: CorpusIndex, entityId: string, articleId: string): number {
  const ordinal = index.ordinalById.get(articleId);
  return ordinal === undefined ? 0 : (countsByOrdinal(index, entityId).get(ordinal) ?? 0);
}

/** Article ordinal → mentions of the entity there, built once per entity. */
function countsByOrdinal(index: CorpusIndex, entityId: string): Map<number, number> {
  const key = `countsByOrdinal:${entityId}`;
  let counts = index.memo.get(key) as Map<number, number> | undefined;
  if (!counts) {
    counts = new Map();
    const flat = index.derived.articlesByEntity[entityId] ?? [];
    for (let i = 0; i < flat.length; i += 2) counts.set(flat[i]!, flat[i + 1]!);
    index.memo.set(key, counts);
  }
  return counts;
}

export interface OutlineParagraph {
  id: string;
  span: Span;
  /** Sentence spans in order. */
  sentences: Span[];
}

export interface OutlineSection {
  /** The subhead as written, null for the opening section. */
  subhead: { text: string; span: Span } | null;
  paragraphs: OutlineParagraph[];
}

export interface ArticleOutline {
  articleId: string;
  headline: string;
  dateline: { text: string; span: Span } | null;
  credit: { text: string; span: Span } | null;
  sections: OutlineSection[];
}

/** An article's layout: dateline, sections with subheads, paragraphs and their sentences, credit. */
export function articleOutline(article: AnnotatedArticle): ArticleOutline {
  const { structure } = article;
  return {
    articleId: article.id,
    headline: article.headline,
    dateline: structure.dateline,
    credit: structure.credit,
    sections: structure.sections.map((section) => ({
      subhead: section.subhead,
      paragraphs: section.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        span: paragraph.span,
        sentences: paragraph.sentences.map((sentence) => sentence.span),
      })),
    })),
  };
}

/** Every quote, mention and time expression of the article in reading order (enclosing marks first). */
export function annotationsInOrder(article: AnnotatedArticle): Mark[] {
  return marksIn(article, { start: 0, end: article.text.length });
}
