/**
 * One import, as the CLI and POST /api/import run it: size check → read (csv-parse or exceljs) →
 * plan → (unless a dry run, and only when no row was rejected) write with audit entries.
 */
import { ForbiddenError, PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import type { Actor } from '../domain/model.js';
import { invalidateCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';
import { containsCpr, fieldsWithCpr } from '../domain/personal-data.js';
import { applyPlan } from './apply.js';
import type { Cell } from './cells.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits.js';
import { planImport, type ImportPlan } from './plan.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { checkXlsxBudget } from './xlsx-budget.js';
import type { Sheet } from './sheet.js';

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
  // The name first: reading errors quote it.
  refuseCprInFile(request.fileName, []);
  const sheet = await readSheet(request.bytes, request.fileName);
  refuseCprInFile(request.fileName, sheet.rows);
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

/**
 * Any cell holding a CPR number refuses the whole file, before a row is planned: rejection reasons quote
 * cells, so checking only the note columns would still echo a number typed into another one.
 */
function refuseCprInFile(fileName: string, rows: readonly (readonly Cell[])[]): void {
  const places = fieldsWithCpr(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));
  if (containsCpr(fileName)) places.unshift('(file name)');
  if (!places.length) return;
  const where = places.slice(0, 10).map((p) => (p === '(file name)' ? p : `row ${Number(p.split('.')[0]) + 1}, column ${Number(p.split('.')[1]) + 1}`));
  throw new ValidationError(
    `The file contains a CPR number (${where.join('; ')}${places.length > 10 ? '; …' : ''}). Målbot stores none; remove it and import again. Nothing was read further.`,
    where.map((field) => ({ field, message: 'contains a CPR number' })),
  );
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

/** XLSX by its zip signature, whatever the file is called; anything else is CSV text. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ValidationError(`${fileName} is empty.`, [{ field: 'file', message: 'empty' }]);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let sheet: Sheet;
  if (zip) {
    // Measured while unpacking, before exceljs sees it: a zip bomb is refused without being unpacked.
    await checkXlsxBudget(bytes, fileName);
    sheet = await readXlsx(bytes).catch((error: unknown) => {
      throw new ValidationError(`${fileName} is not a readable XLSX workbook: ${(error as Error).message}`, [{ field: 'file', message: 'unreadable XLSX' }]);
    });
  } else if (/\.xlsx?$/i.test(fileName)) {
    throw new ValidationError(`${fileName} is named like a workbook but is not an XLSX file (old .xls files: save as .xlsx or CSV).`, [{ field: 'file', message: 'not XLSX' }]);
  } else {
    try {
      sheet = readCsv(bytes);
    } catch (error) {
      throw new ValidationError(`${fileName} is not readable CSV: ${(error as Error).message}`, [{ field: 'file', message: 'unreadable CSV' }]);
    }
  }
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    throw new PayloadTooLargeError(`${fileName} has ${sheet.rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split the file.`);
  }
  return sheet;
}

export function tooLarge(bytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The file is ${bytes} bytes; one import takes at most ${MAX_IMPORT_BYTES} bytes (5 MB). Split it, nothing was read.`);
}
