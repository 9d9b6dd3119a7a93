import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@dispatch/source'] },
  ssr: { resolve: { conditions: ['@dispatch/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          // Components are rendered to static markup and inspected with the DOM.
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // Builds the site if out/ is missing, then serves it with scripts/serve.mjs on a free port.
          globalSetup: ['e2e/global-setup.ts'],
          // The browser tests share one chromium and one server; run files one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
