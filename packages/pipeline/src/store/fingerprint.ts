import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '@dispatch/core';
import { sha256 } from '@dispatch/core/node';

/** Bumped whenever the compiled layout changes, so an old store is rebuilt rather than misread. */
export const STORE_FORMAT = 1;

// A bundler that inlines the pipeline (apps/tui) defines this as codeFingerprint() computed at build time,
// from the sources it bundles: the running code is then known without any file being read, and the value
// agrees with what the unbundled pipeline computes from the same sources.
declare const __DISPATCH_CODE_FINGERPRINT__: string | undefined;

/** Whose code decides what a compile stores: the extractor, core (curation overlay, derived indexes), and
 * the pipeline's own compile code (its benchmarks, generator and command line do not count). */
const PACKAGES = ['@dispatch/extract', '@dispatch/core'];
const PIPELINE_NOT_COMPILING = ['bench', 'cli', 'synthetic'];
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

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

/**
 * A hash of the sources (or builds, when installed without sources) of the pipeline's compile code and of
 * the packages it compiles with, found from `pipelineRoot` as Node would resolve them. Throws when one is
 * missing, rather than leaving it out: a fingerprint blind to the extractor would keep stale results.
 */
export function codeFingerprint(pipelineRoot = thisPipeline()): string {
  const hash = createHash('sha256');
  hashPackage(hash, '@dispatch/pipeline', pipelineRoot, (path) =>
    PIPELINE_NOT_COMPILING.every((dir) => !path.startsWith(`${dir}/`)),
  );
  for (const name of PACKAGES) {
    const root = findInstalledPackage(pipelineRoot, name);
    if (!root) throw new Error(`${name} is not installed beside ${pipelineRoot}: cannot identify its code`);
    hashPackage(hash, name, root, () => true);
  }
  return hash.digest('hex');
}

function hashPackage(
  hash: ReturnType<typeof createHash>,
  name: string,
  root: string,
  counts: (relativePath: string) => boolean,
): void {
  hash.update(`${name}\0`).update(readFileSync(join(root, 'package.json')));
  const code = existsSync(join(root, 'src')) ? join(root, 'src') : join(root, 'dist');
  for (const file of filesUnder(code)) {
    const path = relative(code, file).split('\\').join('/');
    if (TEST_FILE.test(path) || !counts(path)) continue;
    hash.update(`\0${path}\0`).update(readFileSync(file));
  }
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

function thisPipeline(): string {
  const owner = owningPackage(import.meta.dirname);
  if (owner?.name !== '@dispatch/pipeline') {
    throw new Error(`${import.meta.dirname} is not inside @dispatch/pipeline (bundled?): pass its folder`);
  }
  return owner.root;
}

function owningPackage(dir: string): { root: string; name: string } | null {
  for (let at = dir; ; at = dirname(at)) {
    const manifest = join(at, 'package.json');
    if (existsSync(manifest)) {
      return { root: at, name: (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name ?? '' };
    }
    if (dirname(at) === at) return null;
  }
}

/** Node's lookup of a dependency: node_modules/<name> in the package's folder or any folder above it. */
function findInstalledPackage(from: string, name: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
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
