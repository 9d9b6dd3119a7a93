import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFingerprint, extractorFingerprint, fingerprintOfCodeAt } from './fingerprint.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A workspace as pnpm lays it out: the pipeline, with extract and core linked into node_modules above it. */
function workspace(): { root: string; pipeline: string; extract: string } {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-fingerprint-'));
  made.push(root);
  const pipeline = join(root, 'packages/pipeline');
  write(join(pipeline, 'package.json'), '{"name":"@dispatch/pipeline"}');
  write(join(pipeline, 'src/store/fingerprint.ts'), '// compiles');
  write(join(pipeline, 'src/bench/run.ts'), '// measures');
  const extract = join(root, 'node_modules/@dispatch/extract');
  write(join(extract, 'package.json'), '{"name":"@dispatch/extract"}');
  write(join(extract, 'src/rules.ts'), 'export const rule = 1;');
  write(join(extract, 'src/rules.test.ts'), 'test');
  write(join(root, 'node_modules/@dispatch/core/package.json'), '{"name":"@dispatch/core"}');
  write(join(root, 'node_modules/@dispatch/core/dist/index.js'), 'export {};');
  return { root, pipeline, extract };
}

describe('code fingerprint', () => {
  it("changes with the extractor's code, not with its tests or the pipeline's benchmarks", () => {
    const { pipeline, extract } = workspace();
    const before = codeFingerprint(pipeline);
    expect(codeFingerprint(pipeline)).toBe(before);

    write(join(extract, 'src/rules.test.ts'), 'another test');
    write(join(pipeline, 'src/bench/run.ts'), '// measures more');
    expect(codeFingerprint(pipeline)).toBe(before);

    write(join(extract, 'src/rules.ts'), 'export const rule = 2;');
    const changed = codeFingerprint(pipeline);
    expect(changed).not.toBe(before);
    write(join(pipeline, 'src/store/fingerprint.ts'), '// compiles differently');
    expect(codeFingerprint(pipeline)).not.toBe(changed);
  });

  it('hashes a package built without sources by its dist/', () => {
    const { root, pipeline } = workspace();
    const before = codeFingerprint(pipeline);
    write(join(root, 'node_modules/@dispatch/core/dist/index.js'), 'export const x = 1;');
    expect(codeFingerprint(pipeline)).not.toBe(before);
  });

  it('refuses to leave out an extractor it cannot find', () => {
    const { root, pipeline } = workspace();
    rmSync(join(root, 'node_modules/@dispatch/extract'), { recursive: true });
    expect(() => codeFingerprint(pipeline)).toThrow(/@dispatch\/extract is not installed/);
  });

  it('identifies code bundled into another program by the bundle’s own script files', () => {
    const { root } = workspace();
    const app = join(root, 'apps/tui');
    write(join(app, 'package.json'), '{"name":"@dispatch/tui"}');
    write(join(app, 'dist/cli.js'), 'import "./chunk-A.js";');
    write(join(app, 'dist/chunk-A.js'), 'extractor v1');
    write(join(app, 'dist/chunk-A.js.map'), '{}');
    const chunk = join(app, 'dist/chunk-A.js');
    const before = fingerprintOfCodeAt(chunk);
    write(join(app, 'dist/chunk-A.js.map'), '{"changed":true}');
    expect(fingerprintOfCodeAt(chunk)).toBe(before);
    write(join(app, 'dist/chunk-A.js'), 'extractor v2');
    expect(fingerprintOfCodeAt(chunk)).not.toBe(before);
  });

  it('identifies code running from the pipeline by the sources it compiles with', () => {
    const { pipeline } = workspace();
    expect(fingerprintOfCodeAt(join(pipeline, 'dist/chunk-B.js'))).toBe(codeFingerprint(pipeline));
    // and here, under vitest, the real workspace's packages are all found
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(extractorFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
