import { readFileSync } from 'node:fs';
import { ExportDataError } from '../errors.js';
import type { ExportInput } from '../validate.js';
import { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';

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
    const offset = jsonErrorOffset(source);
    const where = offset === null ? null : lineAndColumn(source, offset);
    const reason = (error as Error).message.split('\n')[0];
    throw new ExportDataError(
      `${file}${where ? `:${where.line}:${where.column}` : ''}: not valid JSON: ${reason}`,
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
