import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The CLI runs on big batches: bundle the workspace core so startup does not resolve it at run time.
  noExternal: ['@dispatch/core'],
});
