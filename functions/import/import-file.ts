/**
 * One import, as the CLI and POST /api/import run it: read (csv-parse or exceljs) and check the file's
 * size and every cell, in a worker thread → plan → (unless a dry run, and only when no row was rejected)
 * write with audit entries.
 */
import { ForbiddenError, ValidationError } from '../domain/errors.js';
import type { Actor } from '../domain/model.js';
import { invalidateCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';
import { applyPlan } from './apply.js';
import { planImport, type ImportPlan } from './plan.js';
import { readSheetOffThread } from './read-off-thread.js';

export { readSheet, tooLarge } from './read-sheet.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  /** Default organisation for rows that name none. */
  org?: string;
  dryRun: boolean;
  actor: Actor;
  /** The time written into every figure and audit entry. */
  at: string;
  /**
   * Whether the importer may change the figures of a KPI of this organisation (the authorization policy's
   * figures.write); required so that no caller can forget it.
   */
  mayChange: (kpiOrgId: string) => boolean;
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** True when the figures were written. */
  written: boolean;
}

export async function importFile(store: Store, request: ImportRequest): Promise<ImportOutcome> {
  const sheet = await readSheetOffThread(request.bytes, request.fileName);
  const plan = await planImport(store, sheet, { fileName: request.fileName, ...(request.org ? { org: request.org } : {}) });
  refuseForeignFigures(plan, request);
  if (request.dryRun) return { plan, written: false };
  if (plan.rejected.length) {
    throw new ValidationError(
      `${plan.rejected.length} row(s) of ${request.fileName} were rejected, so nothing was imported: ${plan.rejected
        .slice(0, 10)
        .map((r) => `row ${r.row}${r.column ? ` (${r.column})` : ''}: ${r.reason}`)
        .join('; ')}${plan.rejected.length > 10 ? '; …' : ''}. Run a dry run for the full report.`,
      plan.rejected.map((r) => ({ field: `row ${r.row}${r.column ? ` ${r.column}` : ''}`, message: r.reason })),
    );
  }
  await applyPlan(store, plan, request.actor, request.at);
  // Figures are not in the query catalogue, but the digest and answers read goals next to them.
  invalidateCatalogue(store);
  return { plan, written: true };
}

/** A file that would change another organisation's figures is refused whole, dry run included: 403 naming them. */
function refuseForeignFigures(plan: ImportPlan, request: ImportRequest): void {
  const foreign = [...plan.new, ...plan.changed].filter((p) => !request.mayChange(kpiOrgOf(p.figure.kpiId)));
  if (!foreign.length) return;
  const orgs = [...new Set(foreign.map((p) => kpiOrgOf(p.figure.kpiId)))].sort();
  throw new ForbiddenError(
    `${request.fileName} changes figures of ${orgs.join(', ')} (${foreign.length} row(s), first row ${foreign[0]!.row}); only that organisation's editors may. Nothing was imported.`,
  );
}

/** KPI ids begin with their organisation ("herning.bic-01.aarsvaerk"). */
const kpiOrgOf = (kpiId: string): string => kpiId.slice(0, kpiId.indexOf('.'));
