import {
  type AnnotatedArticle,
  AnnotatedArticleSchema,
  type CorpusIndex,
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
  /** The same corpus as a query index (see inputFromIndex): queries then run on it directly. */
  index?: CorpusIndex;
}

/**
 * An export input reading a corpus index's articles one at a time, in its order (newest first): a
 * compiled corpus (loadCorpusIndex) is then exported without ever holding all its articles.
 */
export function inputFromIndex(index: CorpusIndex): ExportInput {
  function* articles(): Generator<AnnotatedArticle> {
    const count = index.derived.headers.length;
    for (let ordinal = 0; ordinal < count; ordinal++) yield index.article(ordinal);
  }
  return { schemaVersion: index.schemaVersion, entities: index.entities, articles: articles(), index };
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
 *
 * `schema: false` skips the schema parse (the costly part) for a corpus that has just passed
 * CorpusSchema, as loadCorpus's has; the id and reference checks always run.
 */
export function createArticleValidator(entityIds: ReadonlySet<string>, options: { schema?: boolean } = {}) {
  const seen = new Set<string>();
  const checkSchema = options.schema ?? true;
  return (raw: unknown, index: number): AnnotatedArticle => {
    const id = (raw as { id?: unknown })?.id;
    const name = typeof id === 'string' ? `article "${id}" (articles[${index}])` : `articles[${index}]`;
    let article: AnnotatedArticle;
    if (checkSchema) {
      const result = AnnotatedArticleSchema.safeParse(raw);
      if (!result.success) throw new ExportDataError(`invalid data: ${name} ${firstIssue(result.error)}`);
      article = result.data;
    } else {
      if (typeof id !== 'string') throw new ExportDataError(`invalid data: ${name} id: expected a string`);
      article = raw as AnnotatedArticle;
    }
    if (seen.has(article.id)) throw new ExportDataError(`invalid data: ${name} id: duplicate article id`);
    seen.add(article.id);
    for (let m = 0; m < article.mentions.length; m++) {
      const entityId = article.mentions[m]!.entityId;
      if (entityId !== null && !entityIds.has(entityId)) {
        throw new ExportDataError(
          `invalid data: ${name} mentions[${m}].entityId: unknown entity "${entityId}"`,
        );
      }
    }
    for (let q = 0; q < article.quotes.length; q++) {
      const speakerId = article.quotes[q]!.speaker?.entityId;
      if (speakerId && !entityIds.has(speakerId)) {
        throw new ExportDataError(
          `invalid data: ${name} quotes[${q}].speaker.entityId: unknown entity "${speakerId}"`,
        );
      }
    }
    return article;
  };
}
