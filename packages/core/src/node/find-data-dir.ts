import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Finds the project's data/ folder: $DISPATCH_DATA if set, else the nearest data/articles above `from`,
 * so every app works from any folder of the repo.
 */
export function findDataDir(from: string = process.cwd()): string {
  const fromEnv = process.env.DISPATCH_DATA;
  if (fromEnv) return resolve(fromEnv);
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'data', 'articles'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no data/articles folder found above ${from}; set DISPATCH_DATA`);
    dir = parent;
  }
}
