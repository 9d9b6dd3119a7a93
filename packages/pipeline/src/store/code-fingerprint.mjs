// The fingerprint of the compiling code's sources, in plain JavaScript with no dependencies, so that a
// bundler's config can compute it without any package being built (apps/tui's tsup.config.ts does, through
// the `@dispatch/pipeline/code-fingerprint` export). fingerprint.ts uses it too: both agree by construction.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Whose code decides what a compile stores: the extractor, core (curation overlay, derived indexes), and
 * the pipeline's own compile code (its benchmarks, generator, command line and test helpers do not count). */
const PACKAGES = ['@dispatch/extract', '@dispatch/core'];
const PIPELINE_NOT_COMPILING = ['bench', 'cli', 'synthetic', 'testing'];
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/**
 * A hash of the sources (or builds, when installed without sources) of the pipeline's compile code and of
 * the packages it compiles with, found from `pipelineRoot` as Node would resolve them. Throws when one is
 * missing, rather than leaving it out: a fingerprint blind to the extractor would keep stale results.
 */
export function codeFingerprint(pipelineRoot = thisPipeline()) {
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

/** The nearest folder at or above `dir` holding a package.json, with the package's name. */
export function owningPackage(dir) {
  for (let at = dir; ; at = dirname(at)) {
    const manifest = join(at, 'package.json');
    if (existsSync(manifest))
      return { root: at, name: JSON.parse(readFileSync(manifest, 'utf8')).name ?? '' };
    if (dirname(at) === at) return null;
  }
}

/** Every file under `dir`, sorted, or none when it does not exist. */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function thisPipeline() {
  const owner = owningPackage(import.meta.dirname);
  if (owner?.name !== '@dispatch/pipeline') {
    throw new Error(`${import.meta.dirname} is not inside @dispatch/pipeline (bundled?): pass its folder`);
  }
  return owner.root;
}

function hashPackage(hash, name, root, counts) {
  hash.update(`${name}\0`).update(readFileSync(join(root, 'package.json')));
  const code = existsSync(join(root, 'src')) ? join(root, 'src') : join(root, 'dist');
  for (const file of filesUnder(code)) {
    const path = relative(code, file).split('\\').join('/');
    if (TEST_FILE.test(path) || !counts(path)) continue;
    hash.update(`\0${path}\0`).update(readFileSync(file));
  }
}

/** Node's lookup of a dependency: node_modules/<name> in the package's folder or any folder above it. */
function findInstalledPackage(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
