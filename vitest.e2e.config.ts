import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers (test/e2e/harness): two files at a time, each with
// its own browsers, profiles and test server (on 2 cores this took 415 s against 499 s one
// file at a time), and with timeouts that allow for a cold browser start. Nothing here uses the browser-free unit setup (vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
