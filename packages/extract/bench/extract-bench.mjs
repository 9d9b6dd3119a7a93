#!/usr/bin/env node
// Extraction throughput on one core (CPU time of this process), next to compromise on the same text in
// the same run.
//   pnpm --filter @dispatch/extract bench     (builds first)
// Prints MB/s of text and ms per seed-sized article for the whole extractor (events included), without
// events (what `--format eval` runs) and for each pass, compromise on the same article, and a linearity
// check: the seed repeated 1, 10 and 100 times as one document. The article is the project's seed (data/,
// found from the current folder or $DISPATCH_DATA). BENCH_SECONDS sets the CPU seconds per measurement
// (default 3); DISPATCH_EXTRACT_BUILD measures another build of the package (an ES module exporting
// extractArticle and annotateArticle) instead of dist/.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KnowledgeBaseSchema, parseDataFile } from '@dispatch/core';
import { findDataDir } from '@dispatch/core/node';
import nlp from 'compromise';

// DISPATCH_EXTRACT_BUILD: another build of the package to measure (a bundle of an older commit), so a
// change can be compared with the build before it in one run of this script on the same machine.
const build = process.env.DISPATCH_EXTRACT_BUILD;
const { extractArticle, annotateArticle } = await import(
  build ? pathToFileURL(resolve(build)).href : '../dist/index.js'
);

const dataDir = findDataDir();
const text = readFileSync(join(dataDir, 'articles/putin-witkoff-talks/article.txt'), 'utf8');
const kbPath = join(dataDir, 'entities.yaml');
const knowledgeBase = parseDataFile(readFileSync(kbPath, 'utf8'), kbPath, KnowledgeBaseSchema).entities;
const bytes = Buffer.byteLength(text, 'utf8');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

// CPU time of this process, not wall time: on a shared machine other work must not count against us.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Runs `fn` for about `seconds` of CPU after a warm-up of the same length (the JIT needs a few seconds
 * to settle: cold runs are about twice as slow); returns runs per CPU second.
 */
function measure(fn, seconds = SECONDS, minRuns = 3) {
  for (let start = cpuSeconds(), n = 0; n < minRuns || cpuSeconds() - start < seconds; n++) fn();
  let runs = 0;
  const start = cpuSeconds();
  while (runs < minRuns || cpuSeconds() - start < seconds) {
    fn();
    runs++;
  }
  return runs / (cpuSeconds() - start);
}

const row = (name, mbPerSecond, msPerArticle, note = '') =>
  console.log(
    `${name.padEnd(34)} ${mbPerSecond.toFixed(2).padStart(7)} MB/s  ${msPerArticle.toFixed(3).padStart(8)} ms/article${note}`,
  );
const report = (name, perSecond, note) => row(name, (perSecond * bytes) / 1e6, 1000 / perSecond, note);

const extract = (input, run) => extractArticle({ filed: '2025-04-26', knowledgeBase, ...input }, run);

console.log(
  `article: seed, ${bytes} bytes; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`CPU time of one process (one core), ${SECONDS} s per measurement after as long a warm-up`);
console.log(`build: ${build ?? 'dist/'}\n`);

// One warm-up for everything: process CPU time includes the JIT's background compiler threads, which
// are busy for the first several seconds and made the first figure printed about twice the others.
for (const start = cpuSeconds(); cpuSeconds() - start < 2 * SECONDS; ) extract({ text });

report(
  '@dispatch/extract (whole)',
  measure(() => extract({ text })),
);
// Structure, mentions, quotes and dates without the events pass: what `--format eval` runs.
report(
  '  without events (--format eval)',
  measure(() => annotateArticle({ filed: '2025-04-26', knowledgeBase, text })),
);

// Per pass: the same runs, each pass's CPU time summed through the extractor's pass runner.
const passSeconds = new Map();
const timed = (pass, work) => {
  const start = process.cpuUsage();
  try {
    return work();
  } finally {
    const { user, system } = process.cpuUsage(start);
    passSeconds.set(pass, (passSeconds.get(pass) ?? 0) + (user + system) / 1e6);
  }
};
for (const start = cpuSeconds(); cpuSeconds() - start < 1; ) extract({ text }, timed);
passSeconds.clear();
let passRuns = 0;
for (const start = cpuSeconds(); cpuSeconds() - start < SECONDS; passRuns++) extract({ text }, timed);
for (const pass of ['structure', 'mentions', 'quotes', 'times', 'events']) {
  const seconds = passSeconds.get(pass) ?? 0;
  report(`  pass: ${pass}`, passRuns / seconds);
}

report(
  'compromise (people/places/orgs/quotes)',
  measure(() => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.quotations().out('array');
  }),
);

// Linear in the text's length: the seed repeated as one document should cost the same per copy.
console.log('\nlinearity (the seed repeated as one document, whole extractor):');
for (const copies of [1, 10, 100]) {
  const long = `${text}\n`.repeat(copies);
  const perSecond = measure(() => extract({ text: long }), SECONDS, copies === 100 ? 2 : 3);
  row(
    `  ${copies}× (${(Buffer.byteLength(long, 'utf8') / 1e6).toFixed(3)} MB)`,
    (perSecond * Buffer.byteLength(long, 'utf8')) / 1e6,
    1000 / perSecond / copies,
    '  (ms per copy)',
  );
}
