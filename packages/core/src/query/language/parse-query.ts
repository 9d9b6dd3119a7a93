import { COMMAND_ALIASES, COMMANDS, type CommandSpec } from './command-specs.js';
import { type ParseResult, type QueryError, QuerySchema } from './query-schema.js';
import { type Token, tokenize } from './tokenize.js';

const fail = (message: string, start: number, end: number): ParseResult => ({
  ok: false,
  error: { message, start, end },
});
const at = (start: number, end: number) => `at ${start}–${end}`;

/**
 * Parses a query text such as `quotes speaker:trump channel:"Truth Social"` into a validated query.
 * Never throws: a malformed query gives an error naming the offending token and where it is.
 */
export function parseQuery(text: string): ParseResult {
  try {
    return parse(String(text));
  } catch (error) {
    // Defensive: a bug here must still reach the user as a message, not a crash of their front end.
    return fail(
      `could not read the query (${(error as Error)?.message ?? 'unknown error'})`,
      0,
      String(text).length,
    );
  }
}

function parse(input: string): ParseResult {
  const tokenized = tokenize(input);
  if ('error' in tokenized) return { ok: false, error: tokenized.error };
  const { tokens } = tokenized;
  if (tokens.length === 0) {
    return fail(
      'empty query: start with a command (articles, quotes, search, …) or words to search',
      0,
      input.length,
    );
  }
  const first = tokens[0]!;
  const commandName = first.type === 'word' && !first.quoted ? commandOf(first.text) : null;
  const rest = commandName ? tokens.slice(1) : tokens;
  if (!commandName && first.type === 'word' && !first.quoted) {
    // A near-miss of a command followed by fields is a typo, not a search ("quotse speaker:x").
    const guess = closest(first.text.toLowerCase(), Object.keys(COMMANDS));
    if (guess && rest.some((token) => token.type === 'field' && !(token.field in COMMANDS.search!.fields))) {
      return fail(
        `unknown command '${first.text}' ${at(first.start, first.end)}; did you mean ${guess}?`,
        first.start,
        first.end,
      );
    }
  }
  const spec = COMMANDS[commandName ?? 'search']!;
  const query: Record<string, unknown> = { kind: spec.kind };
  const seen = new Map<string, Token>();
  const words: Token[] = [];
  for (const token of rest) {
    if (token.type === 'word') {
      words.push(token);
      continue;
    }
    const problem = applyField(spec, token, query, seen);
    if (problem) return { ok: false, error: problem };
  }
  if (words.length > 0) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    if (!spec.words) {
      return fail(
        `unexpected '${first.type === 'word' ? first.text : ''}' ${at(first.start, first.end)}: ${spec.kind} takes only field:value filters (${fieldList(spec)}); to search text, start with 'search'`,
        first.start,
        first.end,
      );
    }
    const values = words.map((word) => (word.type === 'word' ? word.text : ''));
    if (spec.words.list) {
      query[spec.words.key] = [...((query[spec.words.key] as string[] | undefined) ?? []), ...values];
    } else if (query[spec.words.key] !== undefined) {
      return fail(
        `'${input.slice(first.start, last.end)}' ${at(first.start, last.end)} repeats ${spec.words.key}, already given as a field`,
        first.start,
        last.end,
      );
    } else {
      query[spec.words.key] = values.join(' ');
    }
  }
  return validate(spec, query, input, tokens);
}

function commandOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower in COMMANDS) return lower;
  return COMMAND_ALIASES[lower] ?? null;
}

function applyField(
  spec: CommandSpec,
  token: Extract<Token, { type: 'field' }>,
  query: Record<string, unknown>,
  seen: Map<string, Token>,
): QueryError | null {
  const name = token.field.toLowerCase();
  const field = spec.fields[name];
  if (!token.field) {
    return {
      message: `missing field name before ':' ${at(token.start, token.end)}`,
      start: token.start,
      end: token.end,
    };
  }
  if (!field) {
    const end = token.fieldEnd;
    const guess = closest(name, Object.keys(spec.fields));
    const elsewhere = Object.values(COMMANDS)
      .filter((other) => name in other.fields)
      .map((other) => other.kind);
    const hint = guess
      ? `; did you mean ${guess}?`
      : elsewhere.length > 0
        ? `; ${name} works with ${elsewhere.join(', ')}. ${spec.kind} takes ${fieldList(spec)}`
        : `; ${spec.kind} takes ${fieldList(spec)}`;
    return {
      message: `unknown field '${token.field}' ${at(token.start, end)}${hint}`,
      start: token.start,
      end,
    };
  }
  if (token.value.trim() === '') {
    return {
      message: `missing value after '${token.field}:' ${at(token.start, token.end)}`,
      start: token.start,
      end: token.end,
    };
  }
  if (token.value.includes('"')) {
    return {
      message: `a value cannot contain '"' ${at(token.valueStart, token.end)}`,
      start: token.valueStart,
      end: token.end,
    };
  }
  const converted = field.convert ? field.convert(token.value) : { value: token.value };
  if ('error' in converted) {
    return {
      message: `${token.field}: ${converted.error} ${at(token.valueStart, token.end)}`,
      start: token.valueStart,
      end: token.end,
    };
  }
  if (field.list) {
    query[field.key] = [...((query[field.key] as unknown[] | undefined) ?? []), converted.value];
  } else {
    const previous = seen.get(name);
    if (previous) {
      return {
        message: `${name} given twice ${at(token.start, token.end)} (first ${at(previous.start, previous.end)})`,
        start: token.start,
        end: token.end,
      };
    }
    query[field.key] = converted.value;
  }
  seen.set(name, token);
  return null;
}

function validate(
  spec: CommandSpec,
  query: Record<string, unknown>,
  input: string,
  tokens: Token[],
): ParseResult {
  const result = QuerySchema.safeParse(query);
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const missing = query[key] === undefined;
  if (missing && spec.words?.key === key) {
    return fail(`${spec.kind} needs ${spec.words.what}`, input.length, input.length);
  }
  if (missing) {
    const field = Object.entries(spec.fields).find(([, f]) => f.key === key)?.[0] ?? key;
    return fail(`${spec.kind} needs ${field}:…`, input.length, input.length);
  }
  const token = tokens.find((t) => t.type === 'field' && spec.fields[t.field.toLowerCase()]?.key === key);
  return fail(`${key}: ${issue.message}`, token?.start ?? 0, token?.end ?? input.length);
}

const fieldList = (spec: CommandSpec) =>
  Object.keys(spec.fields)
    .map((field) => `${field}:`)
    .join(' ');

/** The choice closest to `word` by edit distance, if it is close enough to be a typo. */
export function closest(word: string, choices: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const choice of choices) {
    const distance = editDistance(word, choice);
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  const allowed = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  return bestDistance <= allowed ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
