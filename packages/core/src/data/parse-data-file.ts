import { isCollection, isDocument, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DataFileError } from './data-file-error.js';

type Path = readonly PropertyKey[];

const describePath = (path: Path): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/**
 * Parses a YAML or JSON data file (JSON is YAML) and validates it, so that every problem is reported
 * with the file, the line of the offending field and what was expected.
 */
export function parseDataFile<Schema extends z.ZodType>(
  source: string,
  file: string,
  schema: Schema,
): z.infer<Schema> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const line = lineCounter.linePos(syntaxError.pos[0]).line;
    throw new DataFileError(file, line, null, `not valid YAML/JSON: ${syntaxError.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const line = lineOf(document, issue.path, lineCounter);
  const field = describePath(issue.path) || null;
  throw new DataFileError(file, line, field, expectation(issue));
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `missing; expected ${issue.expected}` : `expected ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unexpected field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/** The line of the deepest node along `path` that exists in the document (1-based), or null. */
function lineOf(
  document: ReturnType<typeof parseDocument>,
  path: Path,
  lineCounter: LineCounter,
): number | null {
  if (!isDocument(document)) return null;
  let node: unknown = document.contents;
  let range: [number, number, number] | undefined = (node as { range?: [number, number, number] })?.range;
  for (const key of path) {
    if (!isCollection(node)) break;
    const pair = node.items.find((item, index) =>
      typeof key === 'number' ? index === key : (item as { key?: { value?: unknown } }).key?.value === key,
    );
    if (!pair) break;
    const isPair = typeof pair === 'object' && pair !== null && 'value' in pair && 'key' in pair;
    const keyNode = isPair ? (pair as { key: { range?: [number, number, number] } }).key : null;
    node = isPair ? (pair as { value: unknown }).value : pair;
    range = (node as { range?: [number, number, number] })?.range ?? keyNode?.range ?? range;
  }
  return range ? lineCounter.linePos(range[0]).line : null;
}
