/**
 * XLSX with exceljs: the first worksheet, each cell reduced to text or a number. A formula cell gives its
 * computed result (what the user sees in Excel), never its formula. A date cell becomes a canonical
 * period: a month when its number format shows no day ("aug 2018"), a day otherwise.
 */
// Loaded on first use: exceljs is large, and every cold start of the Functions app would pay for it.
import type * as ExcelJS from 'exceljs';
import type { Cell } from './cells.js';
import type { Sheet } from './sheet.js';

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  // exceljs's typings want a Node Buffer of their own Buffer type; the bytes are what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const notes: string[] = [];
  if (!sheet) return { format: 'xlsx', rows: [], notes: ['The workbook has no worksheet.'] };
  if (workbook.worksheets.length > 1) notes.push(`Only the first worksheet ("${sheet.name}") was read.`);
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(toCell(cell.value, cell.numFmt));
    }
    rows.push(cells);
  }
  return { format: 'xlsx', rows, notes };
}

function toCell(value: ExcelJS.CellValue, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateCell(value, numFmt);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null || typeof result === 'object') {
        return result instanceof Date ? dateCell(result, numFmt) : null;
      }
      return typeof result === 'number' ? result : String(result);
    }
    // A link is read as the cell under it: none on an empty cell, a number on a number cell.
    if ('hyperlink' in value) return toCell((value as ExcelJS.CellHyperlinkValue).text ?? null, numFmt);
    if ('error' in value) return `#${String((value as ExcelJS.CellErrorValue).error).replace(/^#/, '')}`;
  }
  return String(value);
}

function dateCell(date: Date, numFmt: string | undefined): string {
  const iso = date.toISOString().slice(0, 10);
  const showsDay = !numFmt || /d/i.test(numFmt.replace(/\[[^\]]*\]|"[^"]*"/g, ''));
  return showsDay ? iso : iso.slice(0, 7);
}
