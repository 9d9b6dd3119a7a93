/** A command-line mistake: the CLI prints the message with its usage and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Reads `--name value` and `--name=value` options; refuses unknown options and missing values. */
export function readOptions(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument '${arg}'`);
    const name = match[1]!;
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return options;
}

/** A whole number option within bounds. */
export function wholeNumber(
  options: Map<string, string>,
  name: string,
  min: number,
  fallback?: number,
): number {
  const raw = options.get(name);
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new UsageError(`--${name} expects a whole number of at least ${min}, got '${raw}'`);
  }
  return Number(raw);
}
