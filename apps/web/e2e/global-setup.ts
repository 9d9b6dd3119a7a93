import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
// The same server `pnpm start` runs, started in-process on a free port.
import { startServer } from '../../../scripts/serve.mjs';

const webDir = resolve(import.meta.dirname, '..');
const outDir = resolve(webDir, 'out');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error(
      'e2e: /usr/bin/chromium is missing; install Debian chromium (apt-get install -y chromium)',
    );
  }
  if (!existsSync(resolve(outDir, 'index.html'))) {
    // Under turbo the build task runs first; run directly, build the site here so the tests always run.
    console.error('e2e: apps/web/out is missing; building the site first (about a minute)');
    const build = spawnSync('pnpm', ['run', 'build'], {
      cwd: webDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`e2e: building the site failed (exit ${build.status})`);
  }
  const server = await startServer({ root: outDir, port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
