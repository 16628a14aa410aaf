import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start servers and a browser; give them room on a 2-core CI machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Properties run on a fixed seed (see the file); fast-check prints it with any counterexample.
    setupFiles: ['test/support/property-seed.ts'],
  },
});
