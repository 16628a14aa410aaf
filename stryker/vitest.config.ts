// The project's vitest settings, with the tests narrowed to those of the folder being mutated.
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';
import { chosenFolder } from './folders.mjs';

// MUTATE_TESTS="a.test.ts,b.test.ts" narrows them further, for a part whose code every seeded-store test
// reaches: fewer tests can only kill fewer mutants, so the score of such a run is a lower bound.
const tests = process.env.MUTATE_TESTS?.split(',').filter(Boolean) ?? chosenFolder().tests;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Instrumented code with per-test coverage runs several times slower on a shared machine.
    testTimeout: 120_000,
    include: tests.filter((t) => !t.startsWith('!')),
    exclude: ['**/node_modules/**', ...tests.filter((t) => t.startsWith('!')).map((t) => t.slice(1))],
  },
});
