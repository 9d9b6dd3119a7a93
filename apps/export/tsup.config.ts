import { defineConfig } from 'tsup';

export default defineConfig({
  // cli: the bin (src/cli.ts starts with the `#!/usr/bin/env node` line, which esbuild keeps);
  // index: the library entry for the website's build; bench: the benchmark runner.
  entry: { cli: 'src/cli.ts', index: 'src/index.ts', bench: 'src/bench/bench.ts' },
  format: ['esm'],
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
