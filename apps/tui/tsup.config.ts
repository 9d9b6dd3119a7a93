import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts parses argv and answers --help/--version on its own; the UI and the corpus load behind lazy
  // import()s, which code splitting turns into separate chunks.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  splitting: true,
  // Importing ink and its dependency tree file by file costs about a second; one bundle loads in a fraction.
  noExternal: [/.*/],
  // ink imports react-devtools-core only when DEV=true; it is not installed and must not be bundled.
  external: ['react-devtools-core'],
  // Bundled CommonJS dependencies (react, signal-exit) call require() for node built-ins.
  banner: {
    js: "import { createRequire as __dispatchCreateRequire } from 'node:module';\nconst require = __dispatchCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  dts: false,
});
