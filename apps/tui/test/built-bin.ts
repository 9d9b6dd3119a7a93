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

// The bundle holds these packages' sources too.
const bundled = [
  'src',
  '../../packages/core/src',
  '../../packages/extract/src',
  '../../packages/pipeline/src',
];

/** Builds the bin when it is missing or older than the sources, so a test never runs stale code. */
export function ensureBuilt(): void {
  const sources = Math.max(...bundled.map((dir) => newest(join(appDir, dir))));
  if (!existsSync(cli) || statSync(cli).mtimeMs < sources) {
    execFileSync('npx', ['tsup'], { cwd: appDir, stdio: 'ignore' });
  }
}
