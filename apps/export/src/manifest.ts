import packageJson from '../package.json' with { type: 'json' };
import { UsageError } from './errors.js';
import type { FormatName } from './formats/registry.js';
import type { FileRecord } from './output/buffered-file.js';
import { GENERATOR_NAME } from './output/export-dir.js';

export const TOOL_VERSION: string = packageJson.version;

export interface RecordCounts {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  times: number;
  events: number;
}

/** manifest.json: what was exported, by which tool, when, and a checksum of every file. */
export interface Manifest {
  generator: { name: string; version: string };
  schemaVersion: string;
  createdAt: string;
  formats: FormatName[];
  query: string | null;
  counts: RecordCounts;
  files: FileRecord[];
}

export function buildManifest(
  fields: Omit<Manifest, 'generator' | 'createdAt'> & { createdAt: Date },
): Manifest {
  return {
    generator: { name: GENERATOR_NAME, version: TOOL_VERSION },
    schemaVersion: fields.schemaVersion,
    createdAt: fields.createdAt.toISOString(),
    formats: fields.formats,
    query: fields.query,
    counts: fields.counts,
    files: fields.files,
  };
}

/**
 * The creation time to record: SOURCE_DATE_EPOCH when set (reproducible builds,
 * https://reproducible-builds.org/specs/source-date-epoch/), otherwise now.
 */
export function creationTime(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now();
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch) * 1000)) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got ${JSON.stringify(epoch)}`,
    );
  }
  return new Date(Number(epoch) * 1000);
}
