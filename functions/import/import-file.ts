/**
 * One import, as the CLI and POST /api/import run it: size check → read (csv-parse or exceljs) →
 * plan → (unless a dry run, and only when no row was rejected) write with audit entries.
 */
import { PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import type { Actor } from '../domain/model.js';
import { invalidateCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';
import { applyPlan } from './apply.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits.js';
import { planImport, type ImportPlan } from './plan.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
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
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** True when the figures were written. */
  written: boolean;
}

export async function importFile(store: Store, request: ImportRequest): Promise<ImportOutcome> {
  const sheet = await readSheet(request.bytes, request.fileName);
  const plan = await planImport(store, sheet, { fileName: request.fileName, ...(request.org ? { org: request.org } : {}) });
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

/** XLSX by its zip signature, whatever the file is called; anything else is CSV text. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ValidationError(`${fileName} is empty.`, [{ field: 'file', message: 'empty' }]);
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let sheet: Sheet;
  if (zip) {
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
