import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '@dispatch/core';
import { sha256 } from '@dispatch/core/node';
import { codeFingerprint, filesUnder, owningPackage } from './code-fingerprint.mjs';

/** Bumped whenever the compiled layout changes, so an old store is rebuilt rather than misread. */
export const STORE_FORMAT = 1;

// A bundler that inlines the pipeline (apps/tui) defines this as codeFingerprint() computed at build time,
// from the sources it bundles: the running code is then known without any file being read, and the value
// agrees with what the unbundled pipeline computes from the same sources.
declare const __DISPATCH_CODE_FINGERPRINT__: string | undefined;

let cached: string | null = null;

/**
 * Identifies the code that compiled a corpus, with the schema version and the store format. Any change to
 * the extractor's, core's or the pipeline's compile code changes it, so every article is compiled again once.
 */
export function extractorFingerprint(): string {
  cached ??= sha256(
    `format ${STORE_FORMAT}\nschema ${SCHEMA_VERSION}\ncode ${runningCodeFingerprint()}\n`,
  ).slice(0, 16);
  return cached;
}

function runningCodeFingerprint(): string {
  if (typeof __DISPATCH_CODE_FINGERPRINT__ === 'string') return __DISPATCH_CODE_FINGERPRINT__;
  return fingerprintOfCodeAt(fileURLToPath(import.meta.url));
}

/**
 * The fingerprint of the code a module at `modulePath` runs: when it lies inside the pipeline package (its
 * sources under vitest, or its dist/), the sources of the packages it compiles with; otherwise it was
 * bundled into another program, whose own script files are what runs, so those are hashed.
 */
export function fingerprintOfCodeAt(modulePath: string): string {
  const owner = owningPackage(dirname(modulePath));
  if (owner?.name === '@dispatch/pipeline') return codeFingerprint(owner.root);
  return bundleFingerprint(dirname(modulePath));
}

/** Every script file of the bundle folder (chunks load one another, so one alone is not the program). */
function bundleFingerprint(dir: string): string {
  const hash = createHash('sha256').update('bundle\0');
  for (const file of filesUnder(dir)) {
    if (!/\.[cm]?js$/.test(file)) continue;
    hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
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

export { codeFingerprint, sha256 };
