import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const appDir = resolve(import.meta.dirname, '..');
export const repo = resolve(appDir, '../..');
export const cli = join(appDir, 'dist/cli.js');

const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );

/** Builds the bin when it is missing or older than the sources, so a test never runs stale code. */
export function ensureBuilt(): void {
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(appDir, 'src'))) {
    execFileSync('npx', ['tsup'], { cwd: appDir, stdio: 'ignore' });
  }
}
