#!/usr/bin/env node
import { resolve } from 'node:path';
import { DataFileError } from '@dispatch/core';
import { CorpusValidationError } from '../compile-corpus.js';
import { compileCorpusStoreParallel } from '../load-corpus.js';
import { readOptions, UsageError, wholeNumber } from './args.js';

const USAGE = 'usage: dispatch-compile [--data DIR] [--out COMPILED_DIR] [--workers N]';

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = readOptions(argv, ['data', 'out', 'workers']);
    // pnpm runs scripts from the repo root; INIT_CWD is where the user typed the command.
    const cwd = process.env.INIT_CWD ?? process.cwd();
    const started = performance.now();
    const stats = await compileCorpusStoreParallel({
      dataDir: options.has('data') ? resolve(cwd, options.get('data')!) : undefined,
      compiledDir: options.has('out') ? resolve(cwd, options.get('out')!) : undefined,
      workers: wholeNumber(options, 'workers', 1, 2),
      onProgress: (done, total) => process.stderr.write(`\rextracted ${done} / ${total}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `\r${stats.wrote ? 'compiled' : 'already up to date:'} ${stats.articles} articles (${stats.extracted} extracted, ${stats.reused} reused) in ${seconds} s → ${stats.compiledDir}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dispatch-compile: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof DataFileError || error instanceof CorpusValidationError) {
      process.stderr.write(`dispatch-compile: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
