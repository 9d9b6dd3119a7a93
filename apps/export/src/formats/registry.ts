import { UsageError } from '../errors.js';
import { annotationsFormat } from './annotations.js';
import { curationReportFormat } from './curation-report.js';
import type { FormatSpec } from './format.js';
import { jsonFormat } from './json.js';
import { jsonldFormat } from './jsonld.js';
import { ndjsonFormat } from './ndjson.js';
import { ninjsFormat } from './ninjs.js';
import { schemaFormat } from './schema.js';

export const FORMAT_NAMES = [
  'json',
  'ndjson',
  'schema',
  'jsonld',
  'ninjs',
  'annotations',
  'curation-report',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATS: Record<FormatName, FormatSpec> = {
  json: jsonFormat,
  ndjson: ndjsonFormat,
  schema: schemaFormat,
  jsonld: jsonldFormat,
  ninjs: ninjsFormat,
  annotations: annotationsFormat,
  'curation-report': curationReportFormat,
};

const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);

/**
 * Turns what the user asked for ("json,ndjson", "all", repeated flags) into a de-duplicated list in
 * the canonical order, so the same request always writes the same export.
 */
export function resolveFormats(requested: readonly string[] | 'all'): FormatName[] {
  const names = requested === 'all' ? ['all'] : requested.flatMap((r) => r.split(',')).map((r) => r.trim());
  if (names.length === 0 || names.every((n) => n === '')) {
    throw new UsageError(`no format given; expected one or more of: ${FORMAT_NAMES.join(', ')}, all`);
  }
  const chosen = new Set<FormatName>();
  for (const name of names) {
    if (name === '') continue;
    if (name === 'all') for (const f of FORMAT_NAMES) chosen.add(f);
    else if (isFormatName(name)) chosen.add(name);
    else throw new UsageError(`unknown format "${name}"; expected one of: ${FORMAT_NAMES.join(', ')}, all`);
  }
  return FORMAT_NAMES.filter((f) => chosen.has(f));
}
