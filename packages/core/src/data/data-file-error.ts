/** A data file that cannot be used, with where and why, for editors to fix by hand. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';

  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${field ? `${field}: ` : ''}${problem}`);
  }
}
