import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleHeader, DerivedIndex } from '@dispatch/core';
import type { KeptFiles } from './kept-files.js';
import type { Locations } from './store-files.js';

// locations.bin: little-endian uint32s: how many columns follow, then the columns, one entry per article
// (by ordinal): shard, byte offset, byte length, bytes before the annotations, bytes before those after
// the structure, annotation keys present (see article-records.ts). A reader takes the columns it knows.
// derived/<key>.json: one file per key of the derived index, each parsed when a query first needs it;
// headers.json holds the article headers as columns (people as entity ordinals). Every JSON file here is
// ASCII (other characters escaped), so it is decoded as Latin-1: ten times faster than UTF-8 on Node 20.

const COLUMNS = ['shard', 'offset', 'length', 'head', 'structure', 'annotations'] as const;

export function writeLocations(path: string, locations: Required<Locations>): void {
  const n = locations.shard.length;
  const bytes = Buffer.alloc((1 + COLUMNS.length * n) * 4);
  bytes.writeUInt32LE(COLUMNS.length, 0);
  COLUMNS.forEach((column, c) => {
    const values = locations[column];
    for (let i = 0; i < n; i++) bytes.writeUInt32LE(values[i]!, (1 + c * n + i) * 4);
  });
  writeFileSync(path, bytes);
}

/**
 * A build's article locations, as its layout (manifest.layout) stored them: locations.json before layout 2,
 * five columns without a count in layout 2, locations.bin as above since.
 */
export function readLocations(build: string, layout = 3): Locations {
  if (layout < 2) return JSON.parse(readFileSync(join(build, 'locations.json'), 'utf8')) as Locations;
  const binary = join(build, 'locations.bin');
  const bytes = readFileSync(binary);
  const counted = layout >= 3;
  const count = !counted ? 5 : bytes.length >= 4 ? bytes.readUInt32LE(0) : 0;
  const start = counted ? 1 : 0;
  const n = (bytes.length / 4 - start) / count;
  if (count < 3 || !Number.isInteger(n)) throw new Error(`${binary}: not a table of article locations`);
  // Layout 2 had no structure column.
  const columns = layout === 2 ? COLUMNS.filter((column) => column !== 'structure') : COLUMNS;
  const locations: Record<string, number[]> = {};
  columns.slice(0, count).forEach((column, c) => {
    const values = new Array<number>(n);
    for (let i = 0; i < n; i++) values[i] = bytes.readUInt32LE((start + c * n + i) * 4);
    locations[column] = values;
  });
  return locations as unknown as Locations;
}

export function writeDerived(dir: string, derived: DerivedIndex): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, value] of Object.entries(derived)) {
    if (value === undefined) continue;
    const stored = key === 'headers' ? headerColumns(derived.headers, derived.entityIds) : value;
    writeFileSync(join(dir, `${key}.json`), asciiJson(stored));
  }
}

/** JSON with every character outside ASCII escaped, so the bytes can be decoded as Latin-1. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Parses what `asciiJson` wrote. */
export const parseAsciiJson = (bytes: Buffer): unknown => JSON.parse(bytes.toString('latin1'));

type HeaderColumns = { [K in keyof ArticleHeader]: K extends 'people' ? number[][] : ArticleHeader[K][] };
const HEADER_KEYS = [
  'id',
  'headline',
  'filed',
  'dateline',
  'credit',
  'language',
  'sha256',
  'people',
] as const;

function headerColumns(headers: readonly ArticleHeader[], entityIds: readonly string[]): HeaderColumns {
  const ordinal = new Map(entityIds.map((id, i) => [id, i]));
  const columns = Object.fromEntries(HEADER_KEYS.map((key) => [key, [] as unknown[]])) as HeaderColumns;
  for (const header of headers) {
    for (const key of HEADER_KEYS) {
      const value = key === 'people' ? header.people.map((id) => ordinal.get(id)!) : header[key];
      (columns[key] as unknown[]).push(value);
    }
  }
  return columns;
}

function headersOf(columns: HeaderColumns, entityIds: readonly string[]): ArticleHeader[] {
  const { id, headline, filed, dateline, credit, language, sha256, people } = columns;
  const headers = new Array<ArticleHeader>(id.length);
  for (let i = 0; i < id.length; i++) {
    headers[i] = {
      id: id[i]!,
      headline: headline[i]!,
      filed: filed[i]!,
      dateline: dateline[i]!,
      credit: credit[i]!,
      language: language[i]!,
      sha256: sha256[i]!,
      people: people[i]!.map((e) => entityIds[e]!),
    };
  }
  return headers;
}

/**
 * The derived index of a build with every key read from its own file on first use, so opening a large
 * corpus parses only what the first query needs (article headers, for a start).
 */
export function openDerived(files: KeptFiles): DerivedIndex {
  const derived: Record<string, unknown> = {};
  for (const name of files.names()) {
    if (!name.endsWith('.json')) continue;
    const key = name.slice(0, -'.json'.length);
    Object.defineProperty(derived, key, {
      get() {
        let value = parseAsciiJson(files.read(name));
        if (key === 'headers') value = headersOf(value as HeaderColumns, derived.entityIds as string[]);
        Object.defineProperty(derived, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return derived as unknown as DerivedIndex;
}
