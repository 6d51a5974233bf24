import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build and browser tests read the sample site built once here.
    globalSetup: ['test/build/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
