#!/usr/bin/env node
// `pnpm bench`: generates synthetic corpora of 1,000 / 10,000 / 100,000 articles, compiles them with the
// real extractor, then measures load time, memory and query latency in a fresh process for each size.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@dispatch/extract';
import { readOptions, UsageError } from '../cli/args.js';
import { defaultExtract, type ExtractFn } from '../compile-corpus.js';
import { compileCorpusStoreParallel } from '../load-corpus.js';
import { writeSyntheticCorpus } from '../synthetic/write-corpus.js';
import type { Latency } from './measure-queries.js';

const HERE = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(HERE), '../../..');
// The measuring child is its own bundle, so its load time and memory are a front end's, not a compiler's.
const MEASURE = join(dirname(HERE), 'bench-measure.js');
const DISTINCT = 10_000;
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Row {
  size: number;
  distinct: number;
  estimatedColdMs: number | null;
  generateMs: number | null;
  compileMs: number;
  compileCpuMs: number;
  extracted: number;
  child: {
    loadMs: number;
    loadCpuMs: number;
    searchLoadMs: number;
    rssLoadMb: number;
    heapLoadMb: number;
    rssSearchMb: number;
    heapSearchMb: number;
    derivedMb: number;
    searchMb: number;
    latencies: Latency[];
  };
}

async function benchSize(size: number, root: string, cold: boolean, runs: number): Promise<Row> {
  const dataDir = join(root, `corpus-${size}`);
  const compiledDir = join(root, `compiled-${size}`);
  let generateMs: number | null = null;
  // Beyond DISTINCT articles, stories repeat (under their own slugs and ids) and each distinct text is
  // extracted once: extracting 100,000 texts on this machine takes far longer than a bench run.
  const distinct = Math.min(size, DISTINCT);
  if (!existsSync(join(dataDir, 'entities.yaml'))) {
    rmSync(dataDir, { recursive: true, force: true });
    const start = performance.now();
    writeSyntheticCorpus({ articles: size, outDir: dataDir, seed: 1, distinct });
    generateMs = performance.now() - start;
    log(`  generated ${size} articles in ${seconds(generateMs)}`);
  }
  if (cold) rmSync(compiledDir, { recursive: true, force: true });
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const extraction = { calls: 0, ms: 0 };
  const cache = new Map<string, Extraction>();
  const extract: ExtractFn | undefined =
    distinct < size
      ? (source, knowledgeBase) => {
          const hit = cache.get(source.article.sha256);
          if (hit) return hit;
          const begin = performance.now();
          const result = defaultExtract(source, knowledgeBase);
          extraction.calls++;
          extraction.ms += performance.now() - begin;
          cache.set(source.article.sha256, result);
          return result;
        }
      : undefined;
  const stats = await compileCorpusStoreParallel({
    dataDir,
    compiledDir,
    extract,
    workers: 2,
    onProgress: (done, total) => process.stderr.write(`\r  extracted ${done} / ${total}`),
  });
  const compileMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  log(`\r  compiled ${size} (${stats.extracted} extracted, ${stats.reused} reused) in ${seconds(compileMs)}`);
  const output = execFileSync(process.execPath, [MEASURE, '--measure', compiledDir, '--runs', String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  // Cold time for all-distinct texts: add the extractions skipped, at the measured rate, over two workers.
  const skipped = stats.extracted - extraction.calls;
  const estimatedColdMs =
    extraction.calls > 0 ? compileMs + (skipped * (extraction.ms / extraction.calls)) / 2 : null;
  return {
    size,
    distinct,
    estimatedColdMs,
    generateMs,
    compileMs,
    // The main thread's CPU only: worker threads are counted in wall time.
    compileCpuMs: (cpu.user + cpu.system) / 1000,
    extracted: stats.extracted,
    child: JSON.parse(output.trim().split('\n').at(-1)!),
  };
}

function printTable(rows: Row[]): void {
  const ms = (v: number) => (v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(0));
  const head = ['', ...rows.map((r) => `${r.size.toLocaleString('en')} articles`)];
  const lines: string[][] = [
    [
      'generate (s)',
      ...rows.map((r) => (r.generateMs === null ? 'cached' : (r.generateMs / 1000).toFixed(1))),
    ],
    [
      'compile, wall (s)',
      ...rows.map((r) => `${(r.compileMs / 1000).toFixed(1)}${r.extracted === 0 ? ' (warm)' : ''}`),
    ],
    ['  distinct texts', ...rows.map((r) => String(r.distinct))],
    ['  articles compiled', ...rows.map((r) => String(r.extracted))],
    [
      '  est. cold, all distinct (s)',
      ...rows.map((r) => (r.estimatedColdMs === null ? '-' : (r.estimatedColdMs / 1000).toFixed(0))),
    ],
    ['load compiled (ms)', ...rows.map((r) => ms(r.child.loadMs))],
    ['  CPU time (ms)', ...rows.map((r) => ms(r.child.loadCpuMs))],
    ['load search index (ms)', ...rows.map((r) => ms(r.child.searchLoadMs))],
    ['RSS after load (MB)', ...rows.map((r) => String(r.child.rssLoadMb))],
    ['heap after load (MB)', ...rows.map((r) => String(r.child.heapLoadMb))],
    ['RSS with search (MB)', ...rows.map((r) => String(r.child.rssSearchMb))],
    ['heap with search (MB)', ...rows.map((r) => String(r.child.heapSearchMb))],
    ['derived / search files (MB)', ...rows.map((r) => `${r.child.derivedMb} / ${r.child.searchMb}`)],
    ['query latency p50 / p95 (ms), wall · CPU', ...rows.map(() => '')],
    ...rows[0]!.child.latencies.map((l, i) => [
      `  ${l.name}`,
      ...rows.map((r) => {
        const { p50, p95, cpuP50, cpuP95 } = r.child.latencies[i]!;
        return `${ms(p50)} / ${ms(p95)} · ${ms(cpuP50)} / ${ms(cpuP95)}`;
      }),
    ]),
  ];
  const widths = head.map((_, c) => Math.max(...[head, ...lines].map((line) => line[c]!.length)));
  const show = (line: string[]) =>
    line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(show(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(show(line));
}

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv, ['sizes', 'root', 'cold', 'runs']);
  // 200 timed runs per query kind: with fewer, p95 is one of a handful of calls a busy machine happened to slow.
  const runs = Number(options.get('runs') ?? 200);
  const sizes = (options.get('sizes') ?? '1000,10000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError('--sizes expects whole numbers, e.g. 1000,10000');
  const root = resolve(options.get('root') ?? join(REPO, '.dispatch', 'bench'));
  // Cold by default for the small sizes; the largest is kept between runs unless --cold all is given;
  // --cold none reuses every compiled corpus (to re-measure queries only).
  const cold = options.get('cold') ?? 'small';
  if (!['all', 'none', 'small'].includes(cold))
    throw new UsageError(`--cold expects all, none or small, got '${cold}'`);
  log(`bench: ${cpus().length} cores, Node ${process.version}, corpora under ${root}`);
  const rows: Row[] = [];
  for (const size of sizes) {
    log(`${size} articles:`);
    rows.push(await benchSize(size, root, cold === 'all' || (cold === 'small' && size <= 10_000), runs));
  }
  printTable(rows);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      log(
        `bench: ${error.message}\nusage: pnpm bench [-- --sizes 1000,10000,100000] [--cold all] [--runs N]`,
      );
      process.exitCode = 2;
    } else throw error;
  },
);
