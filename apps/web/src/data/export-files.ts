import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExportFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ExportManifest {
  schemaVersion: string;
  createdAt: string;
  formats: string[];
  counts: Record<string, number>;
  files: ExportFile[];
}

/** What scripts/write-data.mjs published into public/data before the build; null when it did not run. */
export function readExportManifest(publicDir = join(process.cwd(), 'public')): ExportManifest | null {
  const file = join(publicDir, 'data', 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as ExportManifest;
}

/** How the data page explains each format to consumers, by the folder its files are in. */
export const FORMAT_INFO: Record<string, { title: string; description: string }> = {
  json: {
    title: 'JSON',
    description:
      'The whole corpus in one document: articles with their verbatim text, structure, mentions, quotes, times and events, and the entities. Every span is [start, end) in JavaScript string indices of the text.',
  },
  ndjson: {
    title: 'NDJSON',
    description:
      'One record per line, one file per record type (articles, entities, mentions, quotes, times, events): for streaming and loading into databases.',
  },
  schema: {
    title: 'JSON Schema',
    description:
      'Draft 2020-12 schemas of every record type and of each NDJSON file, generated from the same definitions the site is built with.',
  },
  jsonld: {
    title: 'JSON-LD',
    description:
      'Each story as a schema.org NewsArticle with the people, organisations and places it mentions.',
  },
  ninjs: {
    title: 'ninjs',
    description: 'Each story in IPTC’s ninjs news format, for newsroom systems.',
  },
  annotations: {
    title: 'Web Annotations',
    description: 'Each mention, quote and date as a W3C Web Annotation pointing at its words in the story.',
  },
};
