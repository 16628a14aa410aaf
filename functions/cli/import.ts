/**
 * `npm run import -- FILE [--org ORG] [--dry-run]`: figures from a CSV or XLSX file into the configured
 * store, all or nothing, each written figure with an audit entry (actor: the local user, kind "user").
 * `npm run figures:export -- FILE.csv [--org ORG]` writes the figures as a long-layout CSV that imports back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describePlan, exportFiguresCsv, importFile, MAX_IMPORT_BYTES } from '../import/index.js';
import { tooLarge } from '../import/import-file.js';
import { runWithStore } from './run-cli.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { org: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, export: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run import -- FILE [--org ORG] [--dry-run]\n       npm run figures:export -- FILE.csv [--org ORG]');
  process.exit(2);
}
const file = path.resolve(positionals[0]!);

await runWithStore(async (store) => {
  if (values.export) {
    await writeFile(file, await exportFiguresCsv(store, values.org ? { org: values.org } : {}));
    return `Wrote the figures${values.org ? ` of ${values.org}` : ''} to ${file}.`;
  }
  const bytes = await readFile(file);
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(bytes.byteLength);
  const outcome = await importFile(store, {
    bytes,
    fileName: path.basename(file),
    ...(values.org ? { org: values.org } : {}),
    dryRun: values['dry-run'],
    actor: { id: `cli:${userInfo().username}`, name: userInfo().username, kind: 'user' },
    at: new Date().toISOString(),
    // The command line is run by an operator with the store's own keys: every organisation.
    mayChange: () => true,
  });
  if (!outcome.written && outcome.plan.rejected.length) process.exitCode = 1;
  return describePlan(outcome.plan, outcome.written);
});
