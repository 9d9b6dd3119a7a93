import { jsonSchemas } from '@dispatch/core';
import type { FormatSpec } from './format.js';
import { RECORD_TYPES, type RecordType } from './ndjson.js';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, unknown>;
  required?: string[];
};

const ARTICLE_ID = {
  type: 'string',
  description: 'The id of the article this record belongs to; (articleId, id) identifies the record.',
};

const RECORD_OF: Record<RecordType, keyof ReturnType<typeof jsonSchemas>> = {
  articles: 'article',
  entities: 'entity',
  mentions: 'mention',
  quotes: 'quote',
  times: 'time',
  events: 'event',
};

/**
 * JSON Schemas of the NDJSON rows, derived from core's generated schemas (never written by hand): an
 * article row is the article without its annotation arrays; an annotation row gains `articleId`.
 */
export function ndjsonRecordSchemas(): Record<RecordType, JsonSchema> {
  const core = jsonSchemas() as Record<string, JsonSchema>;
  const out = {} as Record<RecordType, JsonSchema>;
  for (const type of RECORD_TYPES) {
    const base = structuredClone(core[RECORD_OF[type]]!);
    let schema: JsonSchema;
    if (type === 'articles') {
      const dropped = new Set(['mentions', 'quotes', 'times', 'events']);
      schema = {
        ...base,
        properties: Object.fromEntries(
          Object.entries(base.properties ?? {}).filter(([k]) => !dropped.has(k)),
        ),
        required: (base.required ?? []).filter((k) => !dropped.has(k)),
        description:
          'One article row: metadata, verbatim text and structure; its annotations are rows of their own.',
      };
    } else if (type === 'entities') {
      schema = base;
    } else {
      schema = {
        ...base,
        properties: { articleId: ARTICLE_ID, ...base.properties },
        required: ['articleId', ...(base.required ?? [])],
      };
    }
    out[type] = { ...schema, $id: `urn:dispatch:schema:ndjson:${type}`, title: `ndjson ${type} row` };
  }
  return out;
}

/** Every schema file of the export, by path. */
export function schemaFiles(): Record<string, JsonSchema> {
  const files: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(jsonSchemas())) files[`schema/${name}.schema.json`] = schema;
  for (const [type, schema] of Object.entries(ndjsonRecordSchemas())) {
    files[`schema/ndjson/${type}.schema.json`] = schema;
  }
  return files;
}

/** schema: JSON Schema (draft 2020-12) of every record type and every NDJSON row, from the zod schemas. */
export const schemaFormat: FormatSpec = {
  name: 'schema',
  summary: 'JSON Schema (draft 2020-12) of every record type and NDJSON row, with field descriptions',
  open(target) {
    for (const [path, schema] of Object.entries(schemaFiles())) target.writeJson(path, schema);
    return { article() {}, end() {} };
  },
};
