import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export interface CliOptions {
  help: boolean;
  version: boolean;
  formats: string[];
  out: string;
  stdout: boolean;
  record?: string;
  query?: string;
  input?: string;
  data?: string;
}

export const DEFAULT_OUT = 'dist/export';

/** Reads the command line; every mistake is a UsageError (exit 2) saying what was expected. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  // `pnpm run export -- --format json` passes the `--` through: accept and ignore it.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        out: { type: 'string', short: 'o' },
        stdout: { type: 'boolean' },
        record: { type: 'string', short: 'r' },
        query: { type: 'string', short: 'q' },
        input: { type: 'string', short: 'i' },
        data: { type: 'string', short: 'd' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  const options: CliOptions = {
    help: values.help === true,
    version: values.version === true,
    formats: (values.format as string[] | undefined) ?? [],
    out: (values.out as string | undefined) ?? DEFAULT_OUT,
    stdout: values.stdout === true,
  };
  for (const key of ['record', 'query', 'input', 'data'] as const) {
    const value = values[key];
    if (typeof value === 'string') options[key] = value;
  }
  if (options.help || options.version) return options;
  if (options.stdout && values.out !== undefined)
    throw new UsageError('--stdout and --out exclude each other');
  if (options.stdout && options.formats.length === 0) {
    throw new UsageError('--stdout needs exactly one --format');
  }
  if (options.input !== undefined && options.data !== undefined) {
    throw new UsageError('--input and --data exclude each other');
  }
  if (options.formats.length === 0) options.formats = ['all'];
  return options;
}
