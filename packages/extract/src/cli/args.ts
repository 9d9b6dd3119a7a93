/** Parsed command line of `dispatch-extract`. */
export interface CliArgs {
  file: string | null;
  batch: string | null;
  filed: string | null;
  format: 'eval' | 'corpus';
  kb: string | null;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  dispatch-extract <article.txt> [--filed YYYY-MM-DD] [--format eval|corpus] [--kb entities.yaml]
  dispatch-extract --batch <in.ndjson> [--format eval|corpus] [--kb entities.yaml]

Turns news text into Dispatch annotations. A single article prints one JSON document; --batch reads
lines {"id","text","filed"} and writes one {"id", ...} line per input, in order (a bad line is reported
on stderr and skipped). --format eval prints the scorer's evaluation JSON (the default); corpus prints
{"id", "annotations", "entities"}. Without --kb the knowledge base is data/entities.yaml above the
current folder (none: an empty knowledge base).`;

const VALUED = new Set(['--filed', '--format', '--kb', '--batch']);

/** Parses argv (without node and script). A leading "--" (from `pnpm run x -- …`) is ignored. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { file: null, batch: null, filed: null, format: 'eval', kb: null, help: false };
  const rest = argv[0] === '--' ? argv.slice(1) : argv;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (VALUED.has(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--filed') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          throw new UsageError(`--filed expects YYYY-MM-DD, got "${value}"`);
        args.filed = value;
      } else if (arg === '--format') {
        if (value !== 'eval' && value !== 'corpus')
          throw new UsageError(`--format expects eval or corpus, got "${value}"`);
        args.format = value;
      } else if (arg === '--kb') args.kb = value;
      else args.batch = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    if (args.file !== null)
      throw new UsageError(`one article at a time (got "${args.file}" and "${arg}"); use --batch`);
    args.file = arg;
  }
  if (args.help) return args;
  if (args.file === null && args.batch === null)
    throw new UsageError('give an article file or --batch <in.ndjson>');
  if (args.file !== null && args.batch !== null)
    throw new UsageError('give an article file or --batch, not both');
  return args;
}
