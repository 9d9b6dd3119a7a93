/**
 * The two ways an export can fail, each with its exit code, so the CLI never has to guess:
 * a usage error is the caller's command line (2); a data error is the input or the disk (1).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

export class ExportDataError extends Error {
  override readonly name = 'ExportDataError';
  readonly exitCode = 1;
}
