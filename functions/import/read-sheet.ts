/**
 * From bytes to checked rows, with no store and no I/O: the size, the reader (csv-parse, or exceljs
 * after the unpacked budget), the row count, and CPR numbers in any cell. It runs in a worker thread
 * (sheet-worker.ts), so the work a file at the limits costs never holds the server's own thread.
 */
import { PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import { containsCpr, fieldsWithCpr } from '../domain/personal-data.js';
import type { Cell } from './cells.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Sheet } from './sheet.js';
import { checkXlsxBudget } from './xlsx-budget.js';

/** XLSX by its zip signature, whatever the file is called; anything else is CSV text. Any cell holding a CPR number refuses the file. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  // The name first: reading errors quote it.
  refuseCprInFile(fileName, []);
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
      sheet = readCsv(bytes, fileName);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) throw error;
      throw new ValidationError(`${fileName} is not readable CSV: ${(error as Error).message}`, [{ field: 'file', message: 'unreadable CSV' }]);
    }
  }
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    throw new PayloadTooLargeError(`${fileName} has ${sheet.rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split the file.`);
  }
  refuseCprInFile(fileName, sheet.rows);
  return sheet;
}

export function tooLarge(bytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The file is ${bytes} bytes; one import takes at most ${MAX_IMPORT_BYTES} bytes (5 MB). Split it, nothing was read.`);
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
