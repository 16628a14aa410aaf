// The project's vitest settings, with the tests narrowed to those of the folder being mutated.
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';
import { chosenFolder } from './folders.mjs';

const { tests } = chosenFolder();

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
