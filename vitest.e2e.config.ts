import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers (test/e2e/harness): one file at a time, since each
// starts its own browsers and the machine is small, and with timeouts that allow for a cold
// browser start. Nothing here uses the browser-free unit setup (vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
