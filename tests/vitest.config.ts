import { defineConfig } from 'vitest/config';

// Lives in tests/ so the project's top level stays as the README describes it.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Builds and browsers are heavy; two cores are shared between at most two test files.
    maxWorkers: 2,
  },
});
