import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  // ES2022, not 'node20': for node targets esbuild rewrites \p{…} regex literals into `new RegExp` calls that
  // recompile on every evaluation, which made extraction ten times slower.
  target: 'es2022',
  // @dispatch/core stays external: bundling it would inline its CommonJS yaml parser, which cannot run
  // inside an ESM bundle; turbo builds core first, so its dist is always there.
});
