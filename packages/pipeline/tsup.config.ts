import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'gen-corpus': 'src/cli/gen-corpus.ts',
    'compile-corpus': 'src/cli/compile-corpus.ts',
    'extract-worker': 'src/store/extract-worker.ts',
    bench: 'src/bench/run-bench.ts',
    'bench-measure': 'src/bench/measure-child.ts',
  },
  format: ['esm'],
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
