import { z } from 'zod';
import { isQueryDate } from '../dates.js';

// A value the query language can write back: no double quote inside (it would end the quoted value).
const Value = z
  .string()
  .min(1)
  .refine((value) => !value.includes('"'), 'a value cannot contain a double quote');
const QueryDate = z.string().refine(isQueryDate, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD');

/** Filing-date filters: `after` is inclusive, `before` exclusive, `on` the whole day, month or year. */
const dates = {
  after: QueryDate.optional(),
  before: QueryDate.optional(),
  on: QueryDate.optional(),
};
const page = {
  limit: z.int().min(1).max(1000).default(20),
  offset: z.int().min(0).default(0),
};

export const SEARCH_SCOPES = ['all', 'article', 'quote', 'entity'] as const;
export const ENTITY_KIND_WORDS = { person: 'PERSON', org: 'ORG', loc: 'LOC' } as const;

export const QuerySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('articles'),
    ids: z.array(Value).default([]),
    entities: z.array(Value).default([]).describe('Articles mentioning every one of these entities.'),
    ...dates,
    ...page,
  }),
  z.object({ kind: z.literal('article'), id: Value }),
  z.object({
    kind: z.literal('entities'),
    entityKind: z.enum(['PERSON', 'ORG', 'LOC']).optional(),
    name: Value.optional(),
    sort: z.enum(['mentions', 'name']).default('mentions'),
    ...page,
  }),
  z.object({ kind: z.literal('mentions'), entity: Value, article: Value.optional(), ...dates, ...page }),
  z.object({
    kind: z.literal('quotes'),
    speaker: Value.optional(),
    channel: Value.optional(),
    article: Value.optional(),
    words: z.array(Value).default([]),
    ...dates,
    ...page,
  }),
  z.object({
    kind: z.literal('search'),
    text: Value,
    scope: z.enum(SEARCH_SCOPES).default('all'),
    ...dates,
    ...page,
  }),
  z.object({
    kind: z.literal('timeline'),
    entity: Value.optional(),
    article: Value.optional(),
    ...dates,
    ...page,
  }),
  z.object({ kind: z.literal('meetings'), entity: Value.optional(), ...dates, ...page }),
  z.object({
    kind: z.literal('cooccurrence'),
    entity: Value.optional(),
    with: Value.optional(),
    scope: z.enum(['any', 'sentence', 'event']).default('any'),
    ...page,
  }),
]);

/** A parsed query: what `parseQuery` returns and `runQuery` runs. */
export type Query = z.infer<typeof QuerySchema>;
export type QueryKind = Query['kind'];

/** Why a query text could not be parsed, with the offsets `[start, end)` of the offending token. */
export interface QueryError {
  message: string;
  start: number;
  end: number;
}

export type ParseResult = { ok: true; query: Query } | { ok: false; error: QueryError };
