#!/usr/bin/env node
// The thin argv layer over the extractor: one article, or a streamed NDJSON batch.
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE, UsageError } from './cli/args.js';
import { runBatch } from './cli/batch.js';
import { extractFor, formatResult } from './cli/format.js';
import { loadKnowledgeBase } from './cli/knowledge-base.js';

async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`dispatch-extract: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const knowledgeBase = loadKnowledgeBase(args.kb);
  if (args.batch !== null) {
    const bad = await runBatch(args.batch, args.format, knowledgeBase, process.stdout, process.stderr);
    if (bad > 0) process.stderr.write(`dispatch-extract: ${bad} bad line(s) skipped\n`);
    return 0;
  }
  const text = readFileSync(args.file!, 'utf8');
  const extraction = extractFor(args.format)({ text, filed: args.filed, knowledgeBase });
  process.stdout.write(`${JSON.stringify(formatResult(text, extraction, knowledgeBase, args.format))}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(
      `dispatch-extract: ${err.code === 'ENOENT' ? `no such file: ${err.path}` : err.message}\n`,
    );
    process.exitCode = err.code === 'ENOENT' ? 2 : 1;
  },
);
