/**
 * `npm run mutate [-- folder ...]`: StrykerJS on each core folder in turn (all of stryker/folders.mjs
 * when none is named), niced and one process at a time, then the README's score table from the reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { folders, chosenFolder } from './folders.mjs';

const chosen = process.argv.length > 2 ? process.argv.slice(2).map((name) => chosenFolder(name)) : folders;
const hook = fileURLToPath(new URL('./typescript5.mjs', import.meta.url));
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));

for (const folder of chosen) {
  // The README names the commit each score was measured on (the one the run started from, as Stryker
  // copies the code then); uncommitted changes are marked.
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'functions', 'test'], { encoding: 'utf8' }).trim() !== '';
  console.log(`\n== mutating ${folder.name}: ${folder.mutate.join(' ')}`);
  const run = spawnSync('nice', ['-n', '10', process.execPath, stryker, 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_FOLDER: folder.name, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${hook}`.trim() },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const measured = {
    date: new Date().toISOString().slice(0, 10),
    commit: dirty ? `${commit} + changes` : commit,
    ...(process.env.MUTATE_ONLY ? { only: process.env.MUTATE_ONLY.split(',').filter(Boolean) } : {}),
    ...(process.env.MUTATE_TESTS ? { tests: process.env.MUTATE_TESTS.split(',').filter(Boolean) } : {}),
  };
  writeFileSync(new URL(`../reports/mutation/${folder.name}.run.json`, import.meta.url), JSON.stringify(measured));
}
const score = spawnSync(process.execPath, [fileURLToPath(new URL('./score.mjs', import.meta.url)), ...chosen.map((f) => f.name)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
