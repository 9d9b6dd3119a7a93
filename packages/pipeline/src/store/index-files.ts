import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DerivedIndex } from '@dispatch/core';
import type { KeptFiles } from './kept-files.js';
import type { Locations } from './store-files.js';

// locations.bin: five little-endian uint32 columns of one entry per article (by ordinal): shard, byte
// offset, byte length, bytes before the annotations, annotation keys present (see article-records.ts).
// derived/<key>.json: one file per key of the derived index, each parsed when a query first needs it.

const COLUMNS = ['shard', 'offset', 'length', 'head', 'annotations'] as const;

export function writeLocations(path: string, locations: Required<Locations>): void {
  const n = locations.shard.length;
  const bytes = Buffer.alloc(COLUMNS.length * n * 4);
  COLUMNS.forEach((column, c) => {
    const values = locations[column];
    for (let i = 0; i < n; i++) bytes.writeUInt32LE(values[i]!, (c * n + i) * 4);
  });
  writeFileSync(path, bytes);
}

/** A build's article locations: locations.bin, or the locations.json of builds written before it. */
export function readLocations(build: string): Locations {
  const binary = join(build, 'locations.bin');
  if (!existsSync(binary))
    return JSON.parse(readFileSync(join(build, 'locations.json'), 'utf8')) as Locations;
  const bytes = readFileSync(binary);
  const n = bytes.length / 4 / COLUMNS.length;
  const column = (c: number) => {
    const values = new Array<number>(n);
    for (let i = 0; i < n; i++) values[i] = bytes.readUInt32LE((c * n + i) * 4);
    return values;
  };
  return { shard: column(0), offset: column(1), length: column(2), head: column(3), annotations: column(4) };
}

export function writeDerived(dir: string, derived: DerivedIndex): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, value] of Object.entries(derived)) {
    if (value !== undefined) writeFileSync(join(dir, `${key}.json`), JSON.stringify(value));
  }
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
        const value = JSON.parse(files.read(name).toString('utf8')) as unknown;
        Object.defineProperty(derived, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return derived as unknown as DerivedIndex;
}
