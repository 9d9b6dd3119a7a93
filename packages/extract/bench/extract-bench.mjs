#!/usr/bin/env node
// Extraction throughput on one core (CPU time), next to compromise on the same text in the same run.
//   pnpm --filter @dispatch/extract bench     (builds first)
// Prints MB/s of text and ms per seed-sized article. The article is the project's seed (data/, found
// from the current folder or $DISPATCH_DATA).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBaseSchema, parseDataFile } from '@dispatch/core';
import { findDataDir } from '@dispatch/core/node';
import nlp from 'compromise';
import { extractArticle } from '../dist/index.js';

const dataDir = findDataDir();
const text = readFileSync(join(dataDir, 'articles/putin-witkoff-talks/article.txt'), 'utf8');
const kbPath = join(dataDir, 'entities.yaml');
const knowledgeBase = parseDataFile(readFileSync(kbPath, 'utf8'), kbPath, KnowledgeBaseSchema).entities;
const bytes = Buffer.byteLength(text, 'utf8');

// CPU time of this process, not wall time: on a shared machine other work must not count against us.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Runs `fn` on the article for about `seconds` of CPU after a warm-up; returns articles per CPU second. */
function measure(fn, seconds) {
  for (let i = 0; i < 20; i++) fn();
  let runs = 0;
  const start = cpuSeconds();
  while (cpuSeconds() - start < seconds) {
    fn();
    runs++;
  }
  return runs / (cpuSeconds() - start);
}

const report = (name, perSecond) =>
  console.log(
    `${name.padEnd(28)} ${((perSecond * bytes) / 1e6).toFixed(2).padStart(7)} MB/s  ${(1000 / perSecond).toFixed(3).padStart(8)} ms/article`,
  );

console.log(`article: seed, ${bytes} bytes`);
report(
  '@dispatch/extract',
  measure(() => extractArticle({ text, filed: '2025-04-26', knowledgeBase }), 3),
);
report(
  'compromise (people/places/orgs)',
  measure(() => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.quotations().out('array');
  }, 3),
);
