import { defineConfig } from 'vitest/config';

// Three tiers, named by suffix: *.test.ts (pure, beside the code), *.integration.test.ts (real
// database through app.inject, PGlite always and PostgreSQL when TEST_DATABASE_URL is set),
// e2e/*.spec.ts (real Chromium against a listening server).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.integration.test.ts', 'test/**/*.integration.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/strict-deprecations.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
