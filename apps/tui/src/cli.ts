#!/usr/bin/env node
// The `dispatch` command. This module loads only argument parsing, so --help and --version answer at once;
// the corpus and the UI (ink, react) load behind dynamic imports once it is clear they are needed.
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, type RunOptions } from './cli/args.js';
import { HELP_TEXT } from './cli/help-text.js';
import type { Library } from './data/library.js';

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`dispatch ${pkg.version}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`dispatch: ${parsed.message}\nRun dispatch --help for usage.\n`);
    return 2;
  }
  const { options } = parsed;
  const interactive = !options.plain && process.stdout.isTTY === true && process.stdin.isTTY === true;

  if (interactive) {
    // Ink renders only a final frame when it believes it runs in CI; on a real terminal the user wants the UI.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    // The UI first, so its frame is up while the corpus code and data load.
    const { runUi } = await withoutFetch(() => import('./ui/run.js'));
    return runUi(
      async () => (await import('./data/open-library.js')).openLibraryAtOnce(options.dataDir),
      options,
    );
  }

  const { openLibrary } = await import('./data/open-library.js');
  let library: Library;
  try {
    library = openLibrary(options.dataDir);
  } catch (error) {
    process.stderr.write(
      `dispatch: could not load the corpus: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  return printPlain(library, options);
}

/**
 * Runs `load` with no global fetch. Ink's layout engine (yoga, WebAssembly inlined as base64) reads its
 * binary with fetch() when there is one; in Node that first loads the whole HTTP client (undici), 40–60 ms
 * of the first frame. Without it, yoga decodes the same bytes itself.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetch?.configurable) return load();
  delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

async function printPlain(library: Library, options: RunOptions): Promise<number> {
  const { printCommand } = await import('./plain/print-command.js');
  const width = options.width ?? (process.stdout.columns || Number(process.env.COLUMNS) || 80);
  const printed = printCommand(library, options, width);
  if (printed.error) process.stderr.write(`dispatch: ${printed.error}\n`);
  else process.stdout.write(printed.text);
  return printed.exitCode;
}

// A reader that quits early (`dispatch article x | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `dispatch: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
