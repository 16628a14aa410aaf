/**
 * Reading a file in the worker thread: its refusals arrive as the errors readSheet throws (status, field
 * names, messages), a read that passes its time limit is refused with 413 naming the limit and its worker
 * ended, and the next read gets a fresh worker.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, ValidationError } from '../../functions/domain/errors.js';
import { MAX_IMPORT_CELLS, MAX_IMPORT_ROWS } from '../../functions/import/limits.js';
import { readSheetOffThread } from '../../functions/import/read-off-thread.js';
import { sample } from './support.js';

const csv = (text: string) => new TextEncoder().encode(text);

async function workbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tal');
  for (let r = 0; r < rows; r++) sheet.addRow(['aabenraa', 'aabenraa.kik-ii.kontaktforloeb', 'actual', `2018-${String((r % 12) + 1).padStart(2, '0')}`, r, 'antal', 'fil', `række ${r}`]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a file read in the worker', () => {
  it('gives the same sheet as the file holds', async () => {
    const sheet = await readSheetOffThread(await sample('kik-ii-long.xlsx'), 'kik-ii-long.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.rows[0]).toContain('kpi');
    expect(sheet.rows).toHaveLength(4);
  });

  it('refuses a cell holding a CPR number with a 400 naming the cell, not the number', async () => {
    const refused = await readSheetOffThread(csv('kpi;period;value;note\nx;2018;1;borger 010190-1234\n'), 'tal.csv').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ field: 'row 2, column 4', message: 'contains a CPR number' }]);
    expect((refused as Error).message).not.toContain('1234');
  });

  it(`refuses a CSV file of more than ${MAX_IMPORT_CELLS} fields, even on one line, with 413 naming the limit`, async () => {
    // One line, and rows of four: the fields run out before the rows do (MAX_IMPORT_CELLS / 4 > MAX_IMPORT_ROWS).
    for (const text of ['1;'.repeat(MAX_IMPORT_CELLS), '1;1;1;1\n'.repeat(MAX_IMPORT_CELLS / 4 + 1)]) {
      const refused = await readSheetOffThread(csv(text), 'lang.csv').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PayloadTooLargeError);
      expect((refused as Error).message).toContain(`at most ${MAX_IMPORT_CELLS}`);
    }
  });

  it('a read that passes its time limit is refused with 413 naming the limit, and the next read starts a fresh worker', async () => {
    const large = await workbook(MAX_IMPORT_ROWS - 1);
    const refused = await readSheetOffThread(large, 'stor.xlsx', 20).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PayloadTooLargeError);
    expect((refused as Error).message).toBe('stor.xlsx took more than 0.02 s to read; one import may take at most that. Split the file; nothing was imported.');
    // The ended worker's read does not answer the next one: that one gets its own rows.
    const next = await readSheetOffThread(await workbook(3), 'lille.xlsx');
    expect(next.rows).toHaveLength(3);
  });

  it('reads one file after another in order when asked at once', async () => {
    const sheets = await Promise.all([1, 2, 3].map(async (n) => readSheetOffThread(await workbook(n), `${n}.xlsx`)));
    expect(sheets.map((s) => s.rows.length)).toEqual([1, 2, 3]);
  });
});
