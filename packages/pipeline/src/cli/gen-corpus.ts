#!/usr/bin/env node
import { resolve } from 'node:path';
import { OutputExistsError, writeSyntheticCorpus } from '../synthetic/write-corpus.js';
import { readOptions, UsageError, wholeNumber } from './args.js';

const USAGE = 'usage: pnpm run gen:corpus -- --articles N --out DIR [--seed S]';

function main(argv: readonly string[]): number {
  try {
    const options = readOptions(argv, ['articles', 'out', 'seed']);
    const articles = wholeNumber(options, 'articles', 1);
    const seed = wholeNumber(options, 'seed', 0, 1);
    const out = options.get('out');
    if (!out) throw new UsageError('--out is required');
    // pnpm runs scripts from the repo root; INIT_CWD is where the user typed the command.
    const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), out);
    const started = performance.now();
    const written = writeSyntheticCorpus({
      articles,
      outDir,
      seed,
      onProgress: (n) => process.stderr.write(`\r${n} / ${articles}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `\rwrote ${written.articles} articles and ${written.entities} entities to ${outDir} in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputExistsError) {
      process.stderr.write(`gen:corpus: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
