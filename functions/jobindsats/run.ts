/**
 * One Jobindsats run: fetch what is new → rows → the import pipeline's own plan and apply
 * (functions/import), so the rules are the file import's: every row checked against the store, a dry
 * run writes nothing, a real run writes all or nothing with an audit entry per figure (actor
 * "jobindsats"), the same period twice is unchanged, and a corrected value is a change.
 */
import { ValidationError } from '../domain/errors.js';
import { applyPlan, planImport, type ImportPlan } from '../import/index.js';
import type { Cell } from '../import/cells.js';
import { unitText } from '../import/units.js';
import { invalidateCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';
import type { JobindsatsClient } from './api.js';
import { fetchRows, type FetchedRow, type TableFetch } from './fetch-rows.js';
import type { Mapping } from './mapping.js';
import { JOBINDSATS_ACTOR, JOBINDSATS_SOURCE } from './source.js';


export interface RunOptions {
  dryRun: boolean;
  /** The time written into every figure and audit entry. */
  at: string;
}

export interface JobindsatsRun {
  plan: ImportPlan;
  /** The fetched row behind each planned or rejected row, by the plan's row number. */
  rowOf: Map<number, FetchedRow>;
  tables: TableFetch[];
  written: boolean;
}

const HEADER = ['org', 'kpi', 'kind', 'period', 'value', 'unit', 'locator'];

export async function runJobindsats(store: Store, client: JobindsatsClient, mapping: Mapping, options: RunOptions): Promise<JobindsatsRun> {
  const { rows, tables } = await fetchRows(store, client, mapping);
  const cells: Cell[][] = [HEADER, ...rows.map((r) => [r.org, r.kpi, r.kind, r.period, r.value, unitText(r.unit, 1), `${r.table} "${r.label}", ${r.area}, ${r.code}`])];
  // No source column: a figure whose value Jobindsats confirms stays as it is, with its own source;
  // new and corrected ones get the source document below.
  const plan = await planImport(store, { format: 'csv', rows: cells, notes: [] }, { fileName: JOBINDSATS_SOURCE });
  // Jobindsats speaks only of values: a figure it confirms is unchanged even when a person's note is on
  // it (the import would count the missing note as a change and drop the note).
  const confirmed = new Set(plan.changed.filter((p) => p.before!.value === p.figure.value));
  plan.changed = plan.changed.filter((p) => !confirmed.has(p));
  plan.unchanged.push(...confirmed);
  const rowOf = new Map(rows.map((r, i) => [i + 2, r]));
  const run: JobindsatsRun = { plan, rowOf, tables, written: false };
  if (plan.rejected.length) {
    if (options.dryRun) return run;
    throw new ValidationError(
      `${plan.rejected.length} Jobindsats figure(s) do not fit the store, so nothing was imported: ${plan.rejected
        .slice(0, 10)
        .map((r) => `${describeRow(rowOf.get(r.row))}: ${r.reason}`)
        .join('; ')}.`,
      plan.rejected.map((r) => ({ field: describeRow(rowOf.get(r.row)), message: r.reason })),
    );
  }
  if (options.dryRun || plan.new.length + plan.changed.length === 0) return run;
  await applyPlan(store, plan, JOBINDSATS_ACTOR, options.at);
  invalidateCatalogue(store);
  return { ...run, written: true };
}

export function describeRow(row: FetchedRow | undefined): string {
  return row ? `${row.table} "${row.label}" ${row.area} ${row.code}` : 'a row';
}
