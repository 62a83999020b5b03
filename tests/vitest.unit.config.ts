import { defineConfig } from 'vitest/config';

// The fast loop: tests that need no built site (no global setup), in seconds.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  // The timeout is a safety net, not a speed check: on a loaded 2-core machine, drawing and decoding a
  // 2 400 px image (tests/unit/images) took longer than Vitest's default 5 s.
  test: { include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/setup/unit-atlas.ts'], testTimeout: 60_000 },
});
