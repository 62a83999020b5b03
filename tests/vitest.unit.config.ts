import { defineConfig } from 'vitest/config';

// The fast loop: tests that need no built site (no global setup), in seconds.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: { include: ['tests/unit/**/*.test.ts'] },
});
