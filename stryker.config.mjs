// @ts-check
/** StrykerJS for one core folder at a time; `npm run mutate` (stryker/mutate.mjs) sets MUTATE_FOLDER. */
import { chosenFolder } from './stryker/folders.mjs';

const folder = chosenFolder();
/** MUTATE_ONLY="a.ts,b.ts" mutates only those files of the folder (a partial run; the README says so). */
const only = process.env.MUTATE_ONLY?.split(',').filter(Boolean);
const reports = `reports/mutation/${folder.name}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker/vitest.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'stryker/tsconfig.json',
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (schemas, rule tables, message tables) has no per-test coverage and
  // reruns every related test in a fresh environment: over half the mutants and nearly all the time.
  // They are left out (reported as ignored); their tables have case-table tests of their own.
  ignoreStatic: true,
  // Two cores are shared by the whole team: one test runner, one checker.
  concurrency: 1,
  mutate: only ?? folder.mutate,
  // Only mutants in changed code, or covered by changed tests, run again; the file is gitignored.
  incremental: true,
  incrementalFile: `${reports}.incremental.json`,
  // Named, not '@stryker-mutator/*': the packages are then dependencies knip can see.
  plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker', './stryker/live-survivors.mjs'],
  // live-survivors: each survivor as soon as it is found (stryker/live-survivors.mjs), for review during a long run.
  reporters: ['clear-text', 'progress', 'json', 'html', 'live-survivors'],
  jsonReporter: { fileName: `${reports}.json` },
  htmlReporter: { fileName: `${reports}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['reports', 'bench-results', '.data', '.test-data', 'test-results', 'screenshots', 'dist'],
  tempDirName: '.stryker-tmp',
  timeoutMS: 10_000,
  // The initial test run of a folder took over Stryker's default 5 minutes at load 17 (security, with
  // three mutation runs beside it), which ends the whole run before any mutant.
  dryRunTimeoutMinutes: 20,
  timeoutFactor: 2,
};
