/**
 * readSheet in this thread (the import runs it in a worker, which a mutation run cannot switch): how a
 * file is told to be XLSX or CSV, and each refusal word for word, before and after reading.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError, PayloadTooLargeError, ValidationError } from '../../functions/domain/errors.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CELLS, MAX_IMPORT_ROWS } from '../../functions/import/limits.js';
import { readSheet } from '../../functions/import/read-sheet.js';
import { sheetXml, zip } from '../faults/support/zip.js';

const text = (s: string) => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array, fileName: string): Promise<AppError> {
  const error = await readSheet(bytes, fileName).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tal');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('reads a workbook by its zip signature, whatever it is called, and anything else as CSV', async () => {
    const book = await workbook([['kpi', 'period'], ['x', '2018']]);
    for (const name of ['tal.xlsx', 'tal.csv', 'tal']) {
      expect(await readSheet(book, name), name).toEqual({ format: 'xlsx', rows: [['kpi', 'period'], ['x', '2018']], notes: [] });
    }
    expect(await readSheet(text('kpi;period\nx;2018\n'), 'tal.txt')).toMatchObject({ format: 'csv', rows: [['kpi', 'period'], ['x', '2018']] });
    // Any one of a zip's four signature bytes different: CSV text.
    for (const head of ['PK\u0003\u0005', 'PK\u0004\u0004', 'PL\u0003\u0004', 'QK\u0003\u0004']) {
      expect((await readSheet(text(`${head};b\n`), 'pk.csv')).format, JSON.stringify(head)).toBe('csv');
    }
    // Named like a workbook only at the end of the name.
    expect((await readSheet(text('kpi;period\n'), 'tal.xlsx.csv')).format).toBe('csv');
  });

  it('refuses an empty file and one over the size limit before reading it', async () => {
    const empty = await refusal(new Uint8Array(0), 'tom.csv');
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty.message).toBe('tom.csv is empty.');
    expect((empty as ValidationError).errors).toEqual([{ field: 'file', message: 'empty' }]);
    const big = await refusal(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), 'stor.csv');
    expect(big).toBeInstanceOf(PayloadTooLargeError);
    expect(big.message).toBe(`The file is ${MAX_IMPORT_BYTES + 1} bytes; one import takes at most ${MAX_IMPORT_BYTES} bytes (5 MB). Split it, nothing was read.`);
    // At the limit exactly it is read.
    expect((await readSheet(new Uint8Array(MAX_IMPORT_BYTES).fill(0x41), 'lige.csv')).format).toBe('csv');
  });

  it('refuses a file named like a workbook that is none, and a zip that is no workbook', async () => {
    for (const name of ['tal.xlsx', 'TAL.XLS']) {
      const e = await refusal(text('kpi;period\n'), name);
      expect(e.message).toBe(`${name} is named like a workbook but is not an XLSX file (old .xls files: save as .xlsx or CSV).`);
      expect((e as ValidationError).errors).toEqual([{ field: 'file', message: 'not XLSX' }]);
    }
    const zipped = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(60)]);
    const e = await refusal(zipped, 'tal.xlsx');
    expect(e.message).toMatch(/^tal\.xlsx is not a readable XLSX workbook: ./);
    expect((e as ValidationError).errors).toEqual([{ field: 'file', message: 'unreadable XLSX' }]);
  });

  it('refuses a zip within its limits that exceljs cannot read, naming the file', async () => {
    const e = await refusal(new Uint8Array(zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><<') }])), 'tal.xlsx');
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/^tal\.xlsx is not a readable XLSX workbook: ./);
    expect((e as ValidationError).errors).toEqual([{ field: 'file', message: 'unreadable XLSX' }]);
  });

  it('measures a workbook unpacked before exceljs reads it: over the rows, the budget refuses it first', async () => {
    const e = await refusal(new Uint8Array(zip([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(MAX_IMPORT_ROWS + 1) }])), 'tal.xlsx');
    expect(e).toBeInstanceOf(PayloadTooLargeError);
    expect(e.message).toBe(`tal.xlsx is too large once unpacked: ${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split it; nothing was read.`);
  });

  it('refuses a CPR number in the file name before anything that would quote the name', async () => {
    for (const bytes of [new Uint8Array(0), text('a;b\n"open quote;c\n'), text('kpi;period\n')]) {
      const e = await refusal(bytes, 'borger 010190-1234.xlsx');
      expect(e.message).toBe('The file contains a CPR number ((file name)). Målbot stores none; remove it and import again. Nothing was read further.');
    }
  });

  it('passes on the CSV reader\'s field limit as the limit, not as unreadable CSV', async () => {
    const e = await refusal(text('1;'.repeat(MAX_IMPORT_CELLS)), 'bred.csv');
    expect(e).toBeInstanceOf(PayloadTooLargeError);
    expect(e.message).toBe(`bred.csv has more than ${MAX_IMPORT_CELLS} fields; one import takes at most ${MAX_IMPORT_CELLS}. Split the file; nothing was read.`);
  });

  it('refuses CSV that cannot be parsed, naming the file', async () => {
    const e = await refusal(text('a;b\n"open quote;c\n'), 'tal.csv');
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/^tal\.csv is not readable CSV: ./);
    expect((e as ValidationError).errors).toEqual([{ field: 'file', message: 'unreadable CSV' }]);
  });

  it(`takes ${MAX_IMPORT_ROWS} rows and refuses one more`, async () => {
    expect((await readSheet(text('1\n'.repeat(MAX_IMPORT_ROWS)), 'lige.csv')).rows).toHaveLength(MAX_IMPORT_ROWS);
    const e = await refusal(text('1\n'.repeat(MAX_IMPORT_ROWS + 1)), 'lang.csv');
    expect(e).toBeInstanceOf(PayloadTooLargeError);
    expect(e.message).toBe(`lang.csv has ${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}. Split the file.`);
  });

  it('refuses a CPR number in the file name or any cell, naming the place and not the number', async () => {
    const named = await refusal(text('kpi\nx\n'), 'borger 010190-1234.csv');
    expect(named.message).toBe('The file contains a CPR number ((file name)). Målbot stores none; remove it and import again. Nothing was read further.');
    expect((named as ValidationError).errors).toEqual([{ field: '(file name)', message: 'contains a CPR number' }]);
    const inCells = await refusal(await workbook([['kpi', 'note'], ['x', 'borger 010190-1234']]), 'tal.xlsx');
    expect((inCells as ValidationError).errors).toEqual([{ field: 'row 2, column 2', message: 'contains a CPR number' }]);
    expect(inCells.message).not.toContain('1234');
  });

  it('names at most ten places and marks the rest', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `x;${i};010190-1234`).join('\n');
    const e = await refusal(text(rows), 'tal.csv');
    const fields = (e as ValidationError).errors.map((f) => f.field);
    expect(fields).toEqual(Array.from({ length: 10 }, (_, i) => `row ${i + 1}, column 3`));
    expect(e.message).toBe(`The file contains a CPR number (${fields.join('; ')}; …). Målbot stores none; remove it and import again. Nothing was read further.`);
    // Ten places exactly: no mark.
    const ten = await refusal(text(Array.from({ length: 10 }, (_, i) => `x;${i};010190-1234`).join('\n')), 'tal.csv');
    expect(ten.message).toContain('row 10, column 3). Målbot');
  });
});
