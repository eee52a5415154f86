import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The whole-hub tests start real servers on loopback; run files one at a time to keep them deterministic on 2 cores.
    fileParallelism: false,
    // Request log lines would drown the test output; a test that reads them raises the level itself.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});
