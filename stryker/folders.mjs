/**
 * The core folders that `npm run mutate` mutates, most important first, each with the tests that may
 * kill its mutants; functions/domain comes in four parts, each a run of its own. Vitest's `related`
 * runs only those of the tests that import a mutated file, and per-test coverage only the tests that
 * reach a mutant. The query engine (functions/query, functions/domain/query) is left out while it is
 * being rewritten.
 */
export const folders = [
  {
    name: 'domain-proposals',
    mutate: ['functions/domain/proposals/**/*.ts'],
    tests: ['test/proposals/domain.test.ts', 'test/proposals/lifecycle-table.test.ts', 'test/proposals/numbers-and-ids.test.ts', 'test/proposals/success-goal.test.ts', 'test/proposals/decision-rules.test.ts', 'test/proposals/domain-build.test.ts', 'test/proposals/domain-fields.test.ts'],
  },
  {
    name: 'domain-core',
    mutate: ['functions/domain/*.ts'],
    tests: ['test/domain/*.test.ts', 'test/proposals/domain.test.ts'],
  },
  { name: 'domain-goals', mutate: ['functions/domain/goals/**/*.ts'], tests: ['test/domain/goals/**/*.test.ts'] },
  { name: 'domain-celebrations', mutate: ['functions/domain/celebrations/**/*.ts'], tests: ['test/domain/celebrations/**/*.test.ts'] },
  { name: 'security', mutate: ['functions/security/**/*.ts'], tests: ['test/security/**/*.test.ts'] },
  // The SIGKILL burst's writer is a child process, which runs the code unmutated (Stryker tells only the
  // test process which mutant is active): a minute per mutant, and no mutant killed that others miss.
  // data-transfer's CLIs are child processes too, and its in-process half is about store/data-transfer.ts.
  {
    name: 'store-embedded',
    mutate: ['functions/store/embedded/**/*.ts'],
    tests: ['test/store/**/*.test.ts', '!test/store/embedded-kill-burst.test.ts', '!test/store/data-transfer.test.ts'],
  },
  {
    name: 'store',
    mutate: ['functions/store/**/*.ts', '!functions/store/embedded/**'],
    // audit-settle: the start's sweep of pending audit entries, which no store test reaches.
    tests: ['test/store/**/*.test.ts', '!test/store/embedded-kill-burst.test.ts', 'test/seed/**/*.test.ts', 'test/faults/cosmos-throttling.test.ts', 'test/faults/audit-settle.test.ts'],
  },
  { name: 'digest', mutate: ['functions/digest/**/*.ts'], tests: ['test/digest/**/*.test.ts', 'test/faults/digest-kill.test.ts'] },
  {
    name: 'proposals',
    mutate: ['functions/proposals/**/*.ts'],
    // The in-process proposal faults too (not the SIGKILL one: its child runs unmutated code).
    tests: [
      'test/proposals/**/*.test.ts',
      'test/faults/proposal-decisions.test.ts',
      'test/faults/proposal-if-match.test.ts',
      'test/faults/proposal-numbers.test.ts',
      'test/faults/proposal-two-writes.test.ts',
    ],
  },
  // The import reads a file in a worker thread, which runs the code unmutated (as a child process does):
  // only read-sheet.test.ts and read-xlsx.test.ts, which call the readers in this thread, reach theirs.
  {
    name: 'import',
    mutate: ['functions/import/**/*.ts'],
    tests: ['test/import/**/*.test.ts', 'test/faults/zip-bomb.test.ts', 'test/faults/audited-chat-and-import.test.ts'],
  },
  {
    name: 'http',
    mutate: ['functions/http/**/*.ts'],
    tests: ['test/functions/**/*.test.ts', 'test/security/**/*.test.ts', 'test/faults/generated-api-bodies.test.ts', 'test/faults/invalid-utf8-bodies.test.ts'],
  },
];

/** The folder named by MUTATE_FOLDER; an unknown name is an error that lists the known ones. */
export function chosenFolder(name = process.env.MUTATE_FOLDER ?? folders[0].name) {
  const folder = folders.find((f) => f.name === name);
  if (!folder) throw new Error(`MUTATE_FOLDER "${name}" is not one of: ${folders.map((f) => f.name).join(', ')}`);
  return folder;
}
