import type { AnnotatedArticle, Entity } from '@dispatch/core';

export interface ArticleEntities {
  /** Entities the headline names: what the story is about, in order of first mention. */
  about: Entity[];
  /** Every other entity the text mentions, in order of first mention. */
  mentioned: Entity[];
  /** The place the story was filed from, when it is a known entity. */
  datelinePlace: Entity | null;
}

/**
 * Splits an article's entities into what it is about and what it merely mentions, the distinction
 * schema.org (about/mentions) and ninjs (rel) both draw. "About" is decided from the headline, the
 * editor's own summary of the story, so it needs no guessing from counts.
 */
export function articleEntities(
  article: AnnotatedArticle,
  entityById: ReadonlyMap<string, Entity>,
): ArticleEntities {
  const surfaces = new Map<string, Set<string>>();
  for (const mention of article.mentions) {
    if (!mention.entityId || !entityById.has(mention.entityId)) continue;
    const set = surfaces.get(mention.entityId) ?? new Set<string>();
    surfaces.set(mention.entityId, set);
    if (mention.form === 'name') set.add(mention.text);
  }
  const about: Entity[] = [];
  const mentioned: Entity[] = [];
  for (const [id, names] of surfaces) {
    const entity = entityById.get(id)!;
    const terms = [entity.name, ...entity.aliases, ...names];
    (terms.some((term) => namesInText(article.headline, term)) ? about : mentioned).push(entity);
  }
  return { about, mentioned, datelinePlace: datelinePlace(article, entityById) };
}

function datelinePlace(article: AnnotatedArticle, entityById: ReadonlyMap<string, Entity>): Entity | null {
  const dateline = article.structure.dateline;
  if (dateline) {
    const inDateline = article.mentions.find(
      (m) => m.entityId && m.span.start >= dateline.span.start && m.span.end <= dateline.span.end,
    );
    const entity = inDateline?.entityId ? entityById.get(inDateline.entityId) : undefined;
    if (entity?.kind === 'LOC') return entity;
  }
  const name = (article.dateline ?? dateline?.text)?.toLowerCase();
  if (!name) return null;
  for (const mention of article.mentions) {
    const entity = mention.entityId ? entityById.get(mention.entityId) : undefined;
    if (entity?.kind !== 'LOC') continue;
    if ([entity.name, ...entity.aliases].some((n) => n.toLowerCase() === name)) return entity;
  }
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `term` occurs in `text` as whole words. Case-sensitive on purpose: "US" (the country) must
 * not match "us"; names in headlines keep their capitals.
 */
export function namesInText(text: string, term: string): boolean {
  if (!term || !/\p{Lu}/u.test(term[0]!)) return false;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + term.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}
