import { readFileSync } from 'node:fs';
import { ExportDataError } from '../errors.js';
import type { ExportInput } from '../validate.js';

/** Reads a corpus JSON file (a previous json/corpus.json, a generated corpus); validation happens while exporting. */
export function readCorpusFile(file: string): ExportInput {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ExportDataError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ExportDataError(
      `${file}${lineOf(source, (error as Error).message)}: not valid JSON: ${(error as Error).message}`,
    );
  }
  const corpus = data as Partial<ExportInput> | null;
  if (typeof corpus !== 'object' || corpus === null || Array.isArray(corpus)) {
    throw new ExportDataError(`${file}: expected a corpus object with schemaVersion, entities and articles`);
  }
  for (const key of ['entities', 'articles'] as const) {
    if (!Array.isArray(corpus[key])) throw new ExportDataError(`${file}: ${key}: missing; expected an array`);
  }
  return corpus as ExportInput;
}

/** ":line:column" from V8's "at position N" in a JSON.parse message, or "" when it gives none. */
function lineOf(source: string, message: string): string {
  const match = message.match(/position (\d+)/);
  if (!match) return '';
  const position = Number(match[1]);
  const before = source.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `:${line}:${column}`;
}
