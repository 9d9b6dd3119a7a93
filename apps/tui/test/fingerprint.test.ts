// The pipeline's compiled cache is keyed on the code that compiled it. Bundled, the TUI cannot find the
// extractor's package on disk, so its build records the fingerprint of the sources it bundles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint } from '@dispatch/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { appDir, ensureBuilt } from './built-bin.js';

beforeAll(ensureBuilt, 120_000);

describe('the built bin', () => {
  it('carries the fingerprint of the extractor, core and pipeline sources it bundles', () => {
    const dist = join(appDir, 'dist');
    const bundle = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    // the same value the unbundled pipeline (export, website) computes, so they share a compiled store
    expect(bundle).toContain(`"${codeFingerprint()}"`);
  });
});
