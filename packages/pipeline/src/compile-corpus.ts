import {
  type AnnotatedArticle,
  type Corpus,
  CorpusSchema,
  type Entity,
  type KnownEntity,
  SCHEMA_VERSION,
} from '@dispatch/core';
import type { SourceArticle, SourceData } from '@dispatch/core/node';
import { type Extraction, extractArticle } from '@dispatch/extract';
import { curateExtraction } from './curate-extraction.js';

/** Raised when compiled data fails the core schemas: names the article, the record and the field. */
export class CorpusValidationError extends Error {
  override readonly name = 'CorpusValidationError';
}

export type ExtractFn = (source: SourceArticle, knowledgeBase: KnownEntity[]) => Extraction;

export const defaultExtract: ExtractFn = (source, knowledgeBase) =>
  curateExtraction(
    source,
    extractArticle({ text: source.article.text, filed: source.article.filed, knowledgeBase }),
    knowledgeBase,
  );

/**
 * Turns the hand-edited sources into the published corpus: every article extracted, the entities they
 * refer to (curated first, then discovered), validated against the core schemas before anyone sees it.
 */
export function compileCorpus(source: SourceData, extract: ExtractFn = defaultExtract): Corpus {
  const known = source.knowledgeBase.entities;
  const discovered = new Map<string, Entity>();
  const articles: AnnotatedArticle[] = source.articles.map((sourceArticle) => {
    const extraction = extract(sourceArticle, known);
    for (const entity of extraction.entities) mergeDiscovered(discovered, entity);
    return { ...sourceArticle.article, ...extraction.annotations };
  });
  articles.sort((a, b) => b.filed.localeCompare(a.filed) || a.id.localeCompare(b.id));

  const referenced = referencedEntityIds(articles);
  const entities: Entity[] = [
    ...known.map((entity): Entity => ({ ...entity, source: 'knowledge-base' })),
    ...[...discovered.values()].filter((entity) => !known.some((k) => k.id === entity.id)),
  ]
    .filter((entity) => referenced.has(entity.id))
    .sort((a, b) => a.id.localeCompare(b.id));

  const corpus: Corpus = { schemaVersion: SCHEMA_VERSION, entities, articles };
  return validateCorpus(corpus);
}

/** The same name found in several articles is one entity; keep every role any article gave it. */
export function mergeDiscovered(into: Map<string, Entity>, entity: Entity): void {
  const existing = into.get(entity.id);
  if (!existing) {
    into.set(entity.id, { ...entity, aliases: [...entity.aliases], roles: [...entity.roles] });
    return;
  }
  for (const role of entity.roles) if (!existing.roles.includes(role)) existing.roles.push(role);
  for (const alias of entity.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
}

export function referencedEntityIds(articles: readonly AnnotatedArticle[]): Set<string> {
  const ids = new Set<string>();
  for (const article of articles) {
    for (const mention of article.mentions) if (mention.entityId) ids.add(mention.entityId);
    for (const quote of article.quotes) if (quote.speaker?.entityId) ids.add(quote.speaker.entityId);
    for (const event of article.events) {
      for (const participant of event.participants) ids.add(participant.entityId);
      if (event.placeId) ids.add(event.placeId);
    }
  }
  return ids;
}

export function validateCorpus(corpus: Corpus): Corpus {
  const result = CorpusSchema.safeParse(corpus);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [, articleIndex, ...rest] = issue.path;
  const where =
    issue.path[0] === 'articles' && typeof articleIndex === 'number'
      ? `article "${corpus.articles[articleIndex]?.id}" ${rest.join('.')}`
      : issue.path.join('.');
  throw new CorpusValidationError(`invalid corpus: ${where}: ${issue.message}`);
}
