import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/ninjs', name), 'utf8')) as Record<
    string,
    unknown
  >;

/** Ajv (draft 2020-12, strict) for the schemas Dispatch generates. */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Ajv with IPTC's official ninjs 3.1 schema (and the GeoJSON schema it references). */
export function ninjsValidator() {
  // IPTC's schema is not written for ajv's strict mode (e.g. "type": "array" beside a $ref): validate, don't lint it.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(fixture('GeoJSON-schema.json'));
  return ajv.compile(fixture('ninjs-schema_3.1.json'));
}

export const ninjsExample = fixture;

/** Every file under `dir` by relative path (forward slashes), with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
