import type { Writable } from 'node:stream';
import { SCHEMA_VERSION } from '@dispatch/core';
import { ExportDataError, UsageError } from '../errors.js';
import { resolveFormats } from '../formats/registry.js';
import { creationTime, TOOL_VERSION } from '../manifest.js';
import { parseExportQuery } from '../query-selection.js';
import { type ExportInput, inputFromIndex } from '../validate.js';
import { writeExport, writeExportToStream } from '../write-export.js';
import { parseCliArgs } from './args.js';
import { helpText } from './help.js';
import { readCorpusFile } from './read-corpus-file.js';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** The whole CLI as a function of argv, returning the exit code (documented in --help). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (error: unknown): number => {
    if (error instanceof UsageError) {
      io.stderr.write(`dispatch-export: ${error.message}\nRun dispatch-export --help for usage.\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dispatch-export: ${message}\n`);
    return 1;
  };
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(helpText());
      return 0;
    }
    if (options.version) {
      io.stdout.write(`dispatch-export ${TOOL_VERSION} (data schema ${SCHEMA_VERSION})\n`);
      return 0;
    }
    // Check everything the user typed before the (slow) data load.
    resolveFormats(options.formats);
    if (options.query !== undefined) parseExportQuery(options.query);
    const createdAt = creationTime(io.env);
    const { corpus, validated } = await loadInput(options.input, options.data);
    const started = Date.now();
    try {
      if (options.stdout) {
        const { notes } = await writeExportToStream({
          corpus,
          format: options.formats[0]!,
          stream: io.stdout,
          validate: !validated,
          ...(options.record !== undefined ? { record: options.record } : {}),
          ...(options.query !== undefined ? { query: options.query } : {}),
        });
        for (const note of notes) io.stderr.write(`dispatch-export: note: ${note}\n`);
        return 0;
      }
      const { outDir, manifest, notes } = await writeExport({
        corpus,
        formats: options.formats,
        outDir: options.out,
        createdAt,
        validate: !validated,
        ...(options.query !== undefined ? { query: options.query } : {}),
      });
      for (const note of notes) io.stderr.write(`dispatch-export: note: ${note}\n`);
      const { articles } = manifest.counts;
      io.stderr.write(
        `dispatch-export: wrote ${articles} article${articles === 1 ? '' : 's'} as ${manifest.formats.join(', ')} ` +
          `(${manifest.files.length} files) to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof ExportDataError && options.input) {
        throw new ExportDataError(`${options.input}: ${error.message}`);
      }
      throw error;
    }
  } catch (error) {
    return fail(error);
  }
}

/** The corpus to export, and whether it has already passed CorpusSchema (loadCorpus validates). */
async function loadInput(
  input: string | undefined,
  dataDir: string | undefined,
): Promise<{ corpus: ExportInput; validated: boolean }> {
  if (input !== undefined) return { corpus: readCorpusFile(input), validated: false };
  // Loaded only when needed: --help and --input never pay for the extractor.
  // The index reads articles from the compiled corpus one at a time: memory stays flat however many.
  const { loadCorpusIndex } = await import('@dispatch/pipeline');
  const index = loadCorpusIndex(dataDir !== undefined ? { dataDir } : {});
  return { corpus: inputFromIndex(index), validated: true };
}
