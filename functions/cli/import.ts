/**
 * `npm run import -- FILE [--org ORG] [--dry-run]`: figures from a CSV or XLSX file into the configured
 * store, all or nothing, each written figure with an audit entry (actor: the local user, kind "user").
 * `npm run figures:export -- FILE.csv [--org ORG]` writes the figures as a long-layout CSV that imports back.
 * Beside a running `npm start` an import goes through its API (POST /api/import) and an export reads a
 * copy of its data folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describePlan, exportFiguresCsv, importFile, MAX_IMPORT_BYTES } from '../import/index.js';
import { tooLarge } from '../import/import-file.js';
import type { ImportPlan } from '../import/index.js';
import { callHost } from './beside-host.js';
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
}, values.export ? { readOnly: true } : { viaHost: importViaHost });

/** POST /api/import on the running host; its report printed as a local import prints its plan. */
async function importViaHost(url: string): Promise<string> {
  const bytes = await readFile(file);
  const xlsx = file.toLowerCase().endsWith('.xlsx');
  const query = new URLSearchParams({ dryRun: String(values['dry-run']), name: path.basename(file), ...(values.org ? { org: values.org } : {}) });
  const report = await callHost<HostReport>(url, `import?${query}`, {
    method: 'POST',
    headers: { 'content-type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' },
    body: bytes,
  });
  if (!report.written && report.rejected.length) process.exitCode = 1;
  const shown = (p: HostReport['new'][number]) => ({ ...p, shown: String(p.figure.value) });
  const plan = { ...report, blankCells: report.counts.blankCells, new: report.new.map(shown), changed: report.changed.map(shown), unchanged: report.unchanged.map(shown) };
  return describePlan(plan as unknown as ImportPlan, report.written);
}

/** What POST /api/import answers (functions/http/import.ts): the plan's rows without their display text. */
interface HostReport {
  written: boolean;
  counts: { blankCells: number };
  new: { figure: { value: number } }[];
  changed: { figure: { value: number } }[];
  unchanged: { figure: { value: number } }[];
  rejected: unknown[];
}
