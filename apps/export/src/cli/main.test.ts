import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../formats/registry.js';
import { Capture } from '../testing/capture.js';
import { exportCorpus, summitArticle } from '../testing/fixtures.js';
import { tempDir } from '../testing/temp-export.js';
import { main } from './main.js';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A corpus JSON file for --input, so these tests do not depend on data/ or the extractor. */
function corpusFile(corpus: unknown = exportCorpus()): string {
  const file = join(tempDir(), 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus, null, 2));
  return file;
}

describe('dispatch-export CLI', () => {
  it('--help documents formats, --stdout/--record and exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const word of [
      '--format',
      '--out',
      '--stdout',
      '--record',
      '--query',
      'annotations',
      'Exit codes',
      '2  usage',
    ]) {
      expect(stdout).toContain(word);
    }
  });

  it('--version prints the tool and schema versions', async () => {
    expect((await run(['--version'])).stdout).toBe('dispatch-export 0.1.0 (data schema 1.0.0)\n');
  });

  it('writes an export folder, ignoring a leading "--" as pnpm passes it', async () => {
    const out = join(tempDir(), 'export');
    const { code, stderr } = await run([
      '--',
      '--format',
      'json,ninjs',
      '--out',
      out,
      '--input',
      corpusFile(),
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('wrote 2 articles as json, ninjs');
    expect(readdirSync(out).sort()).toEqual(['json', 'manifest.json', 'ninjs']);
  });

  it('honours SOURCE_DATE_EPOCH for the manifest time, and refuses a malformed one (exit 2)', async () => {
    const out = join(tempDir(), 'export');
    expect(
      (await run(['-f', 'json', '-o', out, '-i', corpusFile()], { SOURCE_DATE_EPOCH: '1745625600' })).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).createdAt).toBe(
      '2025-04-26T00:00:00.000Z',
    );
    const bad = await run(['-f', 'json', '-o', out, '-i', corpusFile()], { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH must be a whole number of seconds');
  });

  it('exits 2 on an unknown format, naming it and the choices', async () => {
    const { code, stderr } = await run(['--format', 'xml', '--input', corpusFile()]);
    expect(code).toBe(2);
    expect(stderr).toContain(`unknown format "xml"; expected one of: ${FORMAT_NAMES.join(', ')}, all`);
    expect(stderr).toContain('json, ndjson, schema, jsonld, ninjs, annotations');
    expect(stderr).toContain('--help');
  });

  it('exits 2 on an unknown option or a stray argument', async () => {
    expect((await run(['--colour'])).code).toBe(2);
    expect((await run(['json'])).code).toBe(2);
  });

  it('exits 2 when ndjson goes to stdout without --record, or --stdout is combined with --out', async () => {
    const noRecord = await run(['--format', 'ndjson', '--stdout', '--input', corpusFile()]);
    expect(noRecord.code).toBe(2);
    expect(noRecord.stderr).toContain(
      '--stdout with ndjson needs --record, one of: articles, entities, mentions',
    );
    expect((await run(['--format', 'json', '--stdout', '--out', 'x'])).code).toBe(2);
    expect((await run(['--format', 'json,ndjson', '--stdout', '--input', corpusFile()])).code).toBe(2);
    expect(
      (await run(['--format', 'ndjson', '--stdout', '--record', 'tweets', '--input', corpusFile()])).code,
    ).toBe(2);
  });

  it('pipes one NDJSON record type to stdout', async () => {
    const { code, stdout } = await run([
      '-f',
      'ndjson',
      '--stdout',
      '--record',
      'quotes',
      '-i',
      corpusFile(),
    ]);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => `${r.articleId} ${r.text}`)).toEqual([
      'summit-talks The talks were constructive,',
      'summit-talks nothing new',
      'summit-talks Stop!',
      'trump-in-rome we are close',
    ]);
  });

  it('pipes the corpus JSON, and per-article formats one document per line', async () => {
    const json = await run(['-f', 'json', '--stdout', '-i', corpusFile()]);
    expect(JSON.parse(json.stdout).articles).toHaveLength(2);
    const ninjs = await run(['-f', 'ninjs', '--stdout', '-i', corpusFile()]);
    expect(
      ninjs.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).uri),
    ).toEqual(['urn:dispatch:article:summit-talks', 'urn:dispatch:article:trump-in-rome']);
  });

  it('exits 1 when the folder cannot be written, naming it', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await run(['-f', 'json', '-o', join(file, 'export'), '-i', corpusFile()]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot write the export to ${join(file, 'export')}`);
  });

  it('exits 1 on data that fails validation, naming the file, the record and the field', async () => {
    const corpus = exportCorpus();
    const bad = summitArticle();
    bad.quotes[0] = { ...bad.quotes[0]!, kind: 'paraphrase' as 'full' };
    corpus.articles[0] = bad;
    const input = corpusFile(corpus);
    const out = join(tempDir(), 'export');
    const { code, stderr } = await run(['-f', 'all', '-o', out, '-i', input]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${input}: invalid data: article "summit-talks" (articles[0]) quotes[0].kind:`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on an input file that is not JSON, with its line', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": "1.0.0",\n  "entities": [,]\n}');
    const { code, stderr } = await run(['-f', 'json', '-i', file, '-o', join(tempDir(), 'x')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:3:\\d+: not valid JSON`));
    const missing = await run(['-f', 'json', '-i', join(tempDir(), 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });

  it('refuses to overwrite a folder that is not an export (exit 1)', async () => {
    const out = join(tempDir(), 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'keep me');
    const { code, stderr } = await run(['-f', 'json', '-o', out, '-i', corpusFile()]);
    expect(code).toBe(1);
    expect(stderr).toContain('refusing to replace');
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('keep me');
  });

  it('exits 2 on an invalid query before reading any data', async () => {
    const { code, stderr } = await run(['--query', 'quotes after:yesterday', '--input', '/nonexistent.json']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "invalid query: after: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got 'yesterday'",
    );
  });

  it('exports what a query selects', async () => {
    const { code, stdout } = await run([
      '-f',
      'ndjson',
      '--stdout',
      '-r',
      'articles',
      '-q',
      'articles entity:rome',
      '-i',
      corpusFile(),
    ]);
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['trump-in-rome']);
  });

  it('compiles and exports the real data/ folder with --data', async () => {
    const out = join(tempDir(), 'export');
    const dataDir = resolve(import.meta.dirname, '../../../../data');
    const { code, stderr } = await run(['-f', 'json', '-o', out, '-d', dataDir]);
    expect(code, stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts.articles).toBeGreaterThanOrEqual(1);
    const corpus = JSON.parse(readFileSync(join(out, 'json/corpus.json'), 'utf8'));
    expect(corpus.articles.map((a: { id: string }) => a.id)).toContain('putin-witkoff-talks');
  }, 60_000);

  it('exits 1 naming a --data folder that holds no articles', async () => {
    const empty = tempDir();
    // The pipeline keeps a compiled store beside data/ unless told where: keep it out of /tmp.
    const compiled = process.env.DISPATCH_COMPILED;
    process.env.DISPATCH_COMPILED = join(tempDir(), 'compiled');
    const { code, stderr } = await run(['-f', 'json', '-o', join(tempDir(), 'x'), '-d', empty]).finally(
      () => {
        if (compiled === undefined) delete process.env.DISPATCH_COMPILED;
        else process.env.DISPATCH_COMPILED = compiled;
      },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(empty);
  });
});
