import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestCli } from './testing/build-cli.js';
import { cloneArticle, exportCorpus, summitArticle } from './testing/fixtures.js';
import { tempDir } from './testing/temp-export.js';
import { readTree } from './testing/validators.js';

// Enough articles that `--format all` runs for seconds: three files per article plus the streams.
const LARGE = 8000;

let cli: string;
let work: string;
let small: string;
let large: string;
beforeAll(async () => {
  cli = await buildTestCli();
  work = mkdtempSync(join(tmpdir(), 'dispatch-export-kill-'));
  small = join(work, 'small.json');
  large = join(work, 'large.json');
  writeCorpusFile(small, null);
  writeCorpusFile(large, LARGE);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts an export of the large corpus and resolves once it is visibly half way, with its temp folder. */
async function startLargeExport(out: string) {
  const parent = dirname(out);
  const child = spawn(process.execPath, [cli, '--format', 'all', '--out', out, '--input', large], {
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  // Half way: its temporary folder holds some, not all, ninjs files.
  let temporary: string | undefined;
  for (let waited = 0; waited < 60_000; waited += 10) {
    temporary = readdirSync(parent).find((name) => name.startsWith(`.${basename(out)}.tmp-`));
    const ninjs = temporary ? join(parent, temporary, 'ninjs') : null;
    if (ninjs && existsSync(ninjs) && readdirSync(ninjs).length >= 50) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, exited, temporary };
}

function writeCorpusFile(path: string, articleCount: number | null): void {
  const corpus = exportCorpus();
  if (articleCount === null) {
    writeFileSync(path, JSON.stringify(corpus));
    return;
  }
  // Built as text so the test itself stays light on memory.
  const { articles: _, ...head } = corpus;
  const parts: string[] = [];
  const summit = summitArticle();
  for (let i = 0; i < articleCount; i++) parts.push(JSON.stringify(cloneArticle(summit, `story-${i}`)));
  writeFileSync(path, `${JSON.stringify(head).slice(0, -1)},"articles":[${parts.join(',')}]}`);
}

const exportWith = (input: string, out: string) =>
  spawnSync(process.execPath, [cli, '--format', 'all', '--out', out, '--input', input], { encoding: 'utf8' });

describe('an export interrupted mid-run', () => {
  it('leaves the previous export byte-identical, no partial file, and nothing visible beside it', async () => {
    const parent = tempDir();
    const out = join(parent, 'export');
    const first = exportWith(small, out);
    expect(first.status, first.stderr).toBe(0);
    const previous = readTree(out);
    expect(previous.has('manifest.json')).toBe(true);

    const { child, exited, temporary } = await startLargeExport(out);
    child.kill('SIGKILL');
    const { signal } = await exited;
    expect(signal, 'the export finished before it could be killed: raise LARGE').toBe('SIGKILL');
    expect(temporary).toBeDefined();
    expect(readdirSync(join(parent, temporary!, 'ninjs')).length).toBeLessThan(LARGE);

    // The previous export is exactly as it was.
    const after = readTree(out);
    expect([...after.keys()]).toEqual([...previous.keys()]);
    for (const [path, bytes] of previous) expect(bytes.equals(after.get(path)!), path).toBe(true);
    // Only a hidden leftover sits beside it, never a visible folder or file.
    expect(readdirSync(parent).filter((name) => !name.startsWith('.'))).toEqual(['export']);

    // The next run removes the dead run's leftover and completes.
    const next = exportWith(small, out);
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['export']);
  }, 120_000);

  it('on Ctrl-C (SIGINT) cleans up its temporary folder itself and exits 130', async () => {
    const parent = tempDir();
    const out = join(parent, 'export');
    expect(exportWith(small, out).status).toBe(0);
    const previous = readTree(out);
    const { child, exited, temporary } = await startLargeExport(out);
    expect(temporary).toBeDefined();
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(readdirSync(parent)).toEqual(['export']);
    expect([...readTree(out).keys()]).toEqual([...previous.keys()]);
  }, 120_000);
});

describe('the built CLI', () => {
  it('starts with a shebang and answers --version', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const result = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^dispatch-export \d+\.\d+\.\d+ \(data schema \d+\.\d+\.\d+\)\n$/);
  });

  it('exits 2 with a message on an unknown format', () => {
    const result = spawnSync(process.execPath, [cli, '--format', 'yaml'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "yaml"');
  });
});
