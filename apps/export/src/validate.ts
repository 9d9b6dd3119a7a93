import {
  type AnnotatedArticle,
  AnnotatedArticleSchema,
  type Entity,
  EntitySchema,
  SCHEMA_VERSION,
} from '@dispatch/core';
import { ExportDataError } from './errors.js';

/**
 * What an export reads: a corpus, or anything shaped like one whose articles arrive one at a time
 * (a generator, a stream), so a corpus larger than memory can still be exported.
 */
export interface ExportInput {
  schemaVersion: string;
  entities: readonly Entity[];
  articles: Iterable<AnnotatedArticle> | AsyncIterable<AnnotatedArticle>;
}

const describePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

type Issues = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

const firstIssue = (error: Issues): string => {
  const issue = error.issues[0]!;
  const field = describePath(issue.path);
  return `${field ? `${field}: ` : ''}${issue.message}`;
};

export function checkSchemaVersion(version: unknown): string {
  if (version !== SCHEMA_VERSION) {
    throw new ExportDataError(
      `invalid data: schemaVersion is ${JSON.stringify(version)}, but this tool writes schema ${SCHEMA_VERSION}`,
    );
  }
  return version;
}

/** Validates the entities up front (they are few) and refuses duplicate ids. */
export function validateEntities(entities: readonly unknown[]): Entity[] {
  if (!Array.isArray(entities)) throw new ExportDataError('invalid data: entities: expected an array');
  const seen = new Set<string>();
  return entities.map((raw, index) => {
    const result = EntitySchema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id;
    const name = typeof id === 'string' ? `entity "${id}" (entities[${index}])` : `entities[${index}]`;
    if (!result.success) throw new ExportDataError(`invalid data: ${name} ${firstIssue(result.error)}`);
    if (seen.has(result.data.id)) throw new ExportDataError(`invalid data: ${name} id: duplicate entity id`);
    seen.add(result.data.id);
    return result.data;
  });
}

/**
 * Checks each article as it streams past: its schema (spans inside the text included), that every
 * entity it refers to exists (as CorpusSchema checks), and that no two articles share an id (their
 * files would collide). Returns the parsed article, defaults applied, which is what gets written.
 */
export function createArticleValidator(entityIds: ReadonlySet<string>) {
  const seen = new Set<string>();
  return (raw: unknown, index: number): AnnotatedArticle => {
    const id = (raw as { id?: unknown })?.id;
    const name = typeof id === 'string' ? `article "${id}" (articles[${index}])` : `articles[${index}]`;
    const result = AnnotatedArticleSchema.safeParse(raw);
    if (!result.success) throw new ExportDataError(`invalid data: ${name} ${firstIssue(result.error)}`);
    const article = result.data;
    if (seen.has(article.id)) throw new ExportDataError(`invalid data: ${name} id: duplicate article id`);
    seen.add(article.id);
    article.mentions.forEach((mention, m) => {
      if (mention.entityId !== null && !entityIds.has(mention.entityId)) {
        throw new ExportDataError(
          `invalid data: ${name} mentions[${m}].entityId: unknown entity "${mention.entityId}"`,
        );
      }
    });
    article.quotes.forEach((quote, q) => {
      const speakerId = quote.speaker?.entityId;
      if (speakerId && !entityIds.has(speakerId)) {
        throw new ExportDataError(
          `invalid data: ${name} quotes[${q}].speaker.entityId: unknown entity "${speakerId}"`,
        );
      }
    });
    return article;
  };
}
