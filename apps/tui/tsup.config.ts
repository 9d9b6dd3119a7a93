import { defineConfig } from 'tsup';

/**
 * The fingerprint of the extractor, core and pipeline sources this bundle is built from, computed by the
 * pipeline's own plain-JavaScript module (no build needed). The pipeline's compiled cache is keyed on it: in
 * the bundle those packages cannot be found on disk, and the TUI must agree with the other front ends.
 */
async function codeFingerprint(): Promise<string | null> {
  try {
    return (await import('@dispatch/pipeline/code-fingerprint')).codeFingerprint();
  } catch (error) {
    console.warn(
      `tsup: no code fingerprint (${error instanceof Error ? error.message : String(error)}); the bundle will hash its own files instead.`,
    );
    return null;
  }
}

export default defineConfig(async () => ({
  // cli.ts parses argv and answers --help/--version on its own; the corpus and the UI load behind lazy
  // import()s, which code splitting turns into separate chunks.
  // refresh-worker checks data/ in a worker thread while the UI shows the last compiled corpus.
  entry: { cli: 'src/cli.ts', 'refresh-worker': 'src/data/refresh-worker.ts' },
  format: ['esm'],
  splitting: true,
  // Importing ink and its dependency tree file by file costs about a second; one bundle loads in a fraction.
  noExternal: [/.*/],
  esbuildOptions(options) {
    // ink imports react-devtools-core only when DEV=true; it is not installed and must stay out of the bundle
    // (tsup's noExternal would override a plain `external`).
    options.external = [...(options.external ?? []), 'react-devtools-core'];
    // Workspace packages are bundled from their TypeScript sources, so the bin never runs a stale dist/.
    options.conditions = ['@dispatch/source', 'import', 'default'];
  },
  // Bundled CommonJS dependencies (react, signal-exit) call require() for node built-ins.
  banner: {
    js: "import { createRequire as __dispatchCreateRequire } from 'node:module';\nconst require = __dispatchCreateRequire(import.meta.url);",
  },
  define: await codeFingerprint().then(
    (code): Record<string, string> => ({
      'process.env.NODE_ENV': '"production"',
      ...(code ? { __DISPATCH_CODE_FINGERPRINT__: JSON.stringify(code) } : {}),
    }),
  ),
  platform: 'node',
  target: 'node20',
  // Smaller files parse faster; startup is dominated by parsing the bundle.
  minify: true,
  sourcemap: true,
  clean: true,
  dts: false,
}));
