import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION } from '@dispatch/core';
import { sha256 } from '@dispatch/core/node';

/** Bumped whenever the compiled layout changes, so an old store is rebuilt rather than misread. */
export const STORE_FORMAT = 1;

let cached: string | null = null;

/**
 * Identifies the code that compiled a corpus: a hash of the sources (or builds, when installed without
 * sources) of @dispatch/extract, and of @dispatch/core, whose curation overlay and derived indexes are
 * stored too, with the schema version and the store format. Any change to them changes it, so every
 * article is compiled again once.
 */
export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256').update(`format ${STORE_FORMAT}\nschema ${SCHEMA_VERSION}\n`);
  for (const name of ['@dispatch/extract', '@dispatch/core']) {
    const root = findPackage(name);
    if (!root) continue;
    hash.update(name).update(readFileSync(join(root, 'package.json')));
    const sources = existsSync(join(root, 'src')) ? join(root, 'src') : join(root, 'dist');
    for (const file of filesUnder(sources)) {
      if (/\.test\.[cm]?[jt]sx?$/.test(file)) continue;
      hash.update(file.slice(sources.length)).update(readFileSync(file));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

function findPackage(name: string): string | null {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** What decides whether an article must be re-extracted: its text, metadata, curation, the KB and extractor. */
export function articleHash(parts: {
  extractor: string;
  knowledgeBase: string;
  text: Buffer;
  meta: Buffer;
  curation: Buffer | null;
}): string {
  return createHash('sha256')
    .update(`${parts.extractor}\0${parts.knowledgeBase}\0`)
    .update(parts.meta)
    .update('\0')
    .update(parts.curation ?? '')
    .update('\0')
    .update(parts.text)
    .digest('hex');
}

export { sha256 };
