import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@dispatch/source'] },
  ssr: { resolve: { conditions: ['@dispatch/source'] } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
