// Settings every package's vitest config starts from (merged with vitest's mergeConfig).
// A plain object: the repo root has no vitest of its own to import from.
import { join } from 'node:path';

export const sharedVitestConfig = {
  // Tests resolve workspace packages to their TypeScript sources, so testing a change needs no build.
  resolve: { conditions: ['@dispatch/source'] },
  ssr: { resolve: { conditions: ['@dispatch/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // Property-based tests run hundreds of cases; on a busy 2-core machine 5 s is not enough.
    testTimeout: 30_000,
    globalSetup: [join(import.meta.dirname, 'vitest.tmpdir.ts')],
  },
};
