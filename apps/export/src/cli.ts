#!/usr/bin/env node
import { main } from './cli/main.js';
import { abortOpenExports } from './output/export-dir.js';

// An interrupted export must not leave a temporary folder behind (kill -9 cannot be caught; the next
// run removes what it leaves).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    abortOpenExports();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
