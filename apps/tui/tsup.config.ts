import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * zod's namespace re-exports every translation of its messages (about 260 KB of the 760 KB corpus chunk),
 * and a namespace cannot be tree-shaken. Dispatch speaks English only, so the bundle keeps `locales.en`: the
 * corpus chunk parses a third faster at every launch.
 */
const zodEnglishOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: join(args.resolveDir, '../locales/index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

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
  esbuildPlugins: [zodEnglishOnly],
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
