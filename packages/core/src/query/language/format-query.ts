import { COMMANDS } from './command-specs.js';
import type { Query } from './query-schema.js';

// Values the parser would read differently unquoted: spaces, colons, nothing at all.
const needsQuotes = (value: string) => value === '' || /[\s:]/.test(value);
const quote = (value: string) => (needsQuotes(value) ? `"${value}"` : value);
const field = (name: string, value: string | number | undefined) =>
  value === undefined ? [] : [`${name}:${quote(String(value))}`];

const ENTITY_KIND_WORDS: Record<string, string> = { PERSON: 'person', ORG: 'org', LOC: 'loc' };

/**
 * The canonical text of a query: `parseQuery(formatQuery(q))` gives `q` back. Defaults are left out, fields
 * come in a fixed order, and values are quoted only when they must be.
 */
export function formatQuery(query: Query): string {
  const parts: string[] = [query.kind];
  const dates = (q: { after?: string; before?: string; on?: string }) => [
    ...field('after', q.after),
    ...field('before', q.before),
    ...field('on', q.on),
  ];
  const page = (q: { limit: number; offset: number }) => [
    ...(q.limit !== 20 ? field('limit', q.limit) : []),
    ...(q.offset !== 0 ? field('offset', q.offset) : []),
  ];
  switch (query.kind) {
    case 'articles':
      parts.push(
        ...query.ids.flatMap((id) => field('id', id)),
        ...query.entities.flatMap((e) => field('entity', e)),
      );
      parts.push(...dates(query), ...page(query));
      break;
    case 'article':
      parts.push(quote(query.id));
      break;
    case 'entities':
      parts.push(
        ...field('kind', query.entityKind && ENTITY_KIND_WORDS[query.entityKind]),
        ...field('name', query.name),
      );
      if (query.sort !== 'mentions') parts.push(...field('sort', query.sort));
      parts.push(...page(query));
      break;
    case 'mentions':
    case 'timeline':
      parts.push(
        ...field('entity', query.entity),
        ...field('article', query.article),
        ...dates(query),
        ...page(query),
      );
      break;
    case 'quotes':
      parts.push(
        ...field('speaker', query.speaker),
        ...field('channel', query.channel),
        ...field('article', query.article),
      );
      parts.push(...dates(query), ...page(query), ...query.words.map(quote));
      break;
    case 'search': {
      const plain = query.text.split(/\s+/).join(' ') === query.text && !/[:]/.test(query.text);
      const scope = query.scope !== 'all' ? field('kind', query.scope) : [];
      parts.push(...scope, ...dates(query), ...page(query), plain ? query.text : `"${query.text}"`);
      break;
    }
    case 'meetings':
      parts.push(...field('entity', query.entity), ...dates(query), ...page(query));
      break;
    case 'cooccurrence':
      parts.push(...field('entity', query.entity), ...field('with', query.with));
      if (query.scope !== 'any') parts.push(...field('scope', query.scope));
      parts.push(...page(query));
      break;
  }
  return parts.join(' ');
}

/** The query syntax in a few lines, for the TUI's help screen and the site's search page. */
export const QUERY_HELP = [
  'Query syntax: a command, then field:value filters (quote values with spaces: channel:"Truth Social").',
  'Names match ids, names and aliases, whatever the case or accents (trump → donald-trump).',
  'Dates: after:D (on or after), before:D (strictly before), on:D; D is YYYY, YYYY-MM or YYYY-MM-DD.',
  'Every list takes limit:N (default 20) and offset:N.',
  '',
  ...Object.entries(COMMANDS).map(([name, spec]) => {
    const fields = Object.keys(spec.fields)
      .filter((f) => !['after', 'before', 'on', 'limit', 'offset'].includes(f))
      .map((f) => `${f}:`);
    const words = spec.words ? ` [${spec.words.what}]` : '';
    const usage = `  ${name}${words} ${fields.join(' ')}`.trimEnd();
    return `${usage}\n      ${spec.summary}`;
  }),
  '',
  'Examples:',
  '  quotes speaker:trump channel:"Truth Social"',
  '  mentions entity:putin after:2025-04-25',
  '  search ceasefire kind:quote',
  '  entities kind:person sort:mentions',
  '  articles entity:zelensky',
  '  meetings entity:witkoff',
  '  cooccurrence entity:putin',
  '  timeline after:2025-04',
  'Words without a command are searched: "ceasefire talks" is the same as "search ceasefire talks".',
].join('\n');
