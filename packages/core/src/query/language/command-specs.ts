import { isQueryDate } from '../dates.js';
import type { QueryKind } from './query-schema.js';

/** How a field's value is checked and where it goes in the query object. */
export interface FieldSpec {
  /** Property of the query object the value fills. */
  key: string;
  /** `list`: may repeat, values collect in an array. */
  list?: boolean;
  /** Checks the value and turns it into what the query holds; returns an error message instead. */
  convert?: (value: string) => { value: unknown } | { error: string };
}

export interface CommandSpec {
  kind: QueryKind;
  fields: Record<string, FieldSpec>;
  /** Where bare words go, if the command takes them. */
  words?: { key: string; list: boolean; what: string };
  summary: string;
}

const date: FieldSpec['convert'] = (value) =>
  isQueryDate(value) ? { value } : { error: `expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got '${value}'` };

const integer =
  (min: number, max: number): FieldSpec['convert'] =>
  (value) => {
    const n = Number(value);
    return /^\d+$/.test(value) && n >= min && n <= max
      ? { value: n }
      : { error: `expected a whole number from ${min} to ${max}, got '${value}'` };
  };

const oneOf =
  (choices: Record<string, string>): FieldSpec['convert'] =>
  (value) => {
    const chosen = choices[value.toLowerCase()];
    const listed = [...new Set(Object.values(choices).map((c) => c.toLowerCase()))];
    return chosen ? { value: chosen } : { error: `expected one of ${listed.join(', ')}, got '${value}'` };
  };

const dateFields: Record<string, FieldSpec> = {
  after: { key: 'after', convert: date },
  before: { key: 'before', convert: date },
  on: { key: 'on', convert: date },
};
const pageFields: Record<string, FieldSpec> = {
  limit: { key: 'limit', convert: integer(1, 1000) },
  offset: { key: 'offset', convert: integer(0, 1_000_000_000) },
};

export const ENTITY_KINDS: Record<string, string> = {
  person: 'PERSON',
  people: 'PERSON',
  org: 'ORG',
  organisation: 'ORG',
  organization: 'ORG',
  loc: 'LOC',
  place: 'LOC',
  location: 'LOC',
};

export const COMMANDS: Record<string, CommandSpec> = {
  articles: {
    kind: 'articles',
    summary: 'articles, newest first',
    fields: {
      id: { key: 'ids', list: true },
      entity: { key: 'entities', list: true },
      ...dateFields,
      ...pageFields,
    },
  },
  article: {
    kind: 'article',
    summary: "one article's outline and its annotations in reading order",
    fields: { id: { key: 'id' } },
    words: { key: 'id', list: false, what: 'an article id' },
  },
  entities: {
    kind: 'entities',
    summary: 'people, organisations and places',
    fields: {
      kind: { key: 'entityKind', convert: oneOf(ENTITY_KINDS) },
      name: { key: 'name' },
      sort: { key: 'sort', convert: oneOf({ mentions: 'mentions', name: 'name' }) },
      ...pageFields,
    },
    words: { key: 'name', list: false, what: 'a name or alias' },
  },
  mentions: {
    kind: 'mentions',
    summary: "an entity's mentions, each in its sentence",
    fields: { entity: { key: 'entity' }, article: { key: 'article' }, ...dateFields, ...pageFields },
    words: { key: 'entity', list: false, what: 'an entity' },
  },
  quotes: {
    kind: 'quotes',
    summary: 'quotations, with speaker and channel',
    fields: {
      speaker: { key: 'speaker' },
      channel: { key: 'channel' },
      article: { key: 'article' },
      contains: { key: 'words', list: true },
      ...dateFields,
      ...pageFields,
    },
    words: { key: 'words', list: true, what: 'words the quote contains' },
  },
  search: {
    kind: 'search',
    summary: 'full-text search over articles, quotes and entity names (prefix and typo tolerant)',
    fields: {
      kind: {
        key: 'scope',
        convert: oneOf({
          all: 'all',
          article: 'article',
          articles: 'article',
          quote: 'quote',
          quotes: 'quote',
          entity: 'entity',
          entities: 'entity',
        }),
      },
      ...dateFields,
      ...pageFields,
    },
    words: { key: 'text', list: false, what: 'words to search for' },
  },
  timeline: {
    kind: 'timeline',
    summary: 'dates and dated events in time order (vague ones listed apart)',
    fields: { entity: { key: 'entity' }, article: { key: 'article' }, ...dateFields, ...pageFields },
  },
  meetings: {
    kind: 'meetings',
    summary: 'who met whom: meetings and talks between people',
    fields: { entity: { key: 'entity' }, ...dateFields, ...pageFields },
  },
  cooccurrence: {
    kind: 'cooccurrence',
    summary: 'entities named in the same sentence or event, with counts and evidence',
    fields: {
      entity: { key: 'entity' },
      with: { key: 'with' },
      scope: { key: 'scope', convert: oneOf({ any: 'any', sentence: 'sentence', event: 'event' }) },
      ...pageFields,
    },
  },
};

/** Other words that start a command. */
export const COMMAND_ALIASES: Record<string, string> = {
  read: 'article',
  outline: 'article',
  entity: 'entities',
  people: 'entities',
  mention: 'mentions',
  quote: 'quotes',
  find: 'search',
  meeting: 'meetings',
  met: 'meetings',
  'who-met-whom': 'meetings',
  together: 'cooccurrence',
  cooc: 'cooccurrence',
  'co-occurrence': 'cooccurrence',
};
