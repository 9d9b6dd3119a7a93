import { join } from 'node:path';
import { build } from 'tsup';

/** Where the tests' build of the CLI goes (inside the package so its dependencies resolve). */
export const TEST_CLI = join(import.meta.dirname, '../../node_modules/.cache/dispatch-export-test/cli.js');

/**
 * Builds the CLI the way `pnpm build` does (tsup, the shebang kept) but from the workspace sources,
 * bundled, so the tests run the real binary without depending on other packages' dist/ being fresh.
 */
export async function buildTestCli(): Promise<string> {
  await build({
    config: false,
    entry: { cli: join(import.meta.dirname, '../cli.ts') },
    outDir: join(TEST_CLI, '..'),
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: true,
    dts: false,
    sourcemap: false,
    silent: true,
    splitting: false,
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.conditions = ['@dispatch/source'];
      // Bundled CommonJS dependencies still call require(): give the ESM bundle one.
      options.banner = {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      };
    },
  });
  return TEST_CLI;
}
