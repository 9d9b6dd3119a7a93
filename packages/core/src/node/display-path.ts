import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as error messages show it: relative to the working directory when it lies inside it (short, and
 * what the user typed), absolute otherwise (a chain of "../" tells nobody where the file is).
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const fromCwd = relative(cwd, resolve(cwd, path));
  if (fromCwd === '') return '.';
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? resolve(cwd, path) : fromCwd;
}
