import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeExport } from '../write-export.js';
import { syntheticCorpus } from './synthetic-corpus.js';

// `pnpm bench`: export throughput and peak memory on synthetic corpora cloned from the real data.
// Each case runs in its own process so its peak RSS is its own. Numbers are printed, never asserted.

const SIZES = [1_000, 10_000, 100_000];
// Per-article formats write three files an article: too many (and too large) to be worth 100k.
// `+check` cases parse every article with the core schema, as an export of an --input file does;
// the others trust the corpus loadCorpus has just validated, as an export from data/ does.
const CASES: { format: string; sizes: number[] }[] = [
  { format: 'ndjson', sizes: SIZES },
  { format: 'ndjson+check', sizes: SIZES },
  { format: 'json', sizes: SIZES },
  { format: 'all', sizes: [1_000, 10_000] },
];

interface CaseResult {
  format: string;
  articles: number;
  bytes: number;
  files: number;
  seconds: number;
  /** CPU time (user + system) of the export: on a shared machine, wall time also counts waiting. */
  cpuSeconds: number;
  peakRssMb: number;
}

async function runCase(name: string, articles: number): Promise<CaseResult> {
  const [format, check] = name.split('+') as [string, string | undefined];
  const { loadCorpus } = await import('@dispatch/pipeline');
  const seed = loadCorpus();
  const root = mkdtempSync(join(tmpdir(), 'dispatch-bench-'));
  try {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const { manifest } = await writeExport({
      corpus: syntheticCorpus(seed, articles),
      formats: [format],
      outDir: join(root, 'export'),
      validate: check === 'check',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      format: name,
      articles,
      bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
      files: manifest.files.length,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      // maxRSS is in kilobytes.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function row(result: CaseResult): string {
  const mb = result.bytes / 1e6;
  return [
    result.format.padEnd(12),
    String(result.articles).padStart(8),
    `${mb.toFixed(1)} MB`.padStart(11),
    String(result.files).padStart(7),
    `${result.seconds.toFixed(2)} s`.padStart(9),
    `${(mb / result.seconds).toFixed(1)} MB/s`.padStart(12),
    `${(mb / result.cpuSeconds).toFixed(1)} MB/s`.padStart(12),
    `${(result.articles / result.seconds).toFixed(0)}/s`.padStart(10),
    `${result.peakRssMb.toFixed(0)} MB`.padStart(9),
  ].join('  ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { case: { type: 'string' }, articles: { type: 'string' }, max: { type: 'string' } },
  });
  if (values.case) {
    const result = await runCase(values.case, Number(values.articles));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const max = values.max ? Number(values.max) : Number.POSITIVE_INFINITY;
  console.log('dispatch-export bench: synthetic corpora cloned from data/, written to a temporary folder');
  console.log(
    `load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${os.availableParallelism()} CPUs`,
  );
  console.log(
    'format        articles       output    files       time    wall MB/s  per CPU-sec  articles   peak RSS',
  );
  for (const { format, sizes } of CASES) {
    for (const articles of sizes.filter((n) => n <= max)) {
      const child = spawnSync(
        process.execPath,
        [process.argv[1]!, '--case', format, '--articles', String(articles)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(`bench case ${format} × ${articles} failed`);
      console.log(row(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as CaseResult));
    }
  }
}

await main();
