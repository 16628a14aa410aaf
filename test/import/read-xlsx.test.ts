/**
 * readXlsx in this thread (the import reads files in a worker, which a mutation run cannot switch): each
 * kind of cell exceljs gives back, formula results, dates shown as months or days, and the notes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../functions/import/read-xlsx.js';

async function bytesOf(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A one-sheet workbook whose first row holds the given cell values (with number formats, if any). */
async function firstRow(values: ExcelJS.CellValue[], formats: (string | undefined)[] = []): Promise<unknown[]> {
  const bytes = await bytesOf((book) => {
    const sheet = book.addWorksheet('Tal');
    values.forEach((value, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = value;
      if (formats[i]) cell.numFmt = formats[i]!;
    });
  });
  return (await readXlsx(bytes)).rows[0]!;
}

const AUG_31 = new Date(Date.UTC(2018, 7, 31));

describe('readXlsx', () => {
  it('keeps numbers and text, reads an empty text as a blank cell and a boolean as its word', async () => {
    expect(await firstRow([1869, 15.9, 'KIK II', '', true, false])).toEqual([1869, 15.9, 'KIK II', null, 'true', 'false']);
  });

  it('reads a gap in a row as a blank cell, and an empty row as no cells', async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet('Tal');
      sheet.getCell('A1').value = 'kpi';
      sheet.getCell('C1').value = 'value';
      sheet.getCell('A3').value = 'x';
    });
    expect((await readXlsx(bytes)).rows).toEqual([['kpi', null, 'value'], [], ['x']]);
  });

  it('joins rich text into its plain text', async () => {
    expect(await firstRow([{ richText: [{ text: 'KIK ', font: { bold: true } }, { text: 'II' }] }])).toEqual(['KIK II']);
  });

  it("gives a formula's computed result, never the formula", async () => {
    const row = await firstRow([
      { formula: '1+2', result: 3 },
      { formula: 'A1&"x"', result: '3x' },
      { formula: 'TRUE()', result: true },
      { formula: 'NOW()' } as ExcelJS.CellValue,
      { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue,
    ]);
    expect(row).toEqual([3, '3x', 'true', null, null]);
  });

  it('gives the result of a shared formula, as of the formula it copies', async () => {
    const bytes = await bytesOf((book) => {
      const sheet = book.addWorksheet('Tal');
      sheet.getCell('A1').value = 2;
      sheet.fillFormula('B1:D1', 'A1*2', [4, 8, 16]);
    });
    expect((await readXlsx(bytes)).rows[0]).toEqual([2, 4, 8, 16]);
  });

  it("reads a hyperlink as its text, and an error cell as its code with one '#'", async () => {
    const row = await firstRow([
      { text: 'Jobindsats', hyperlink: 'https://jobindsats.dk' },
      { error: '#N/A' } as ExcelJS.CellErrorValue,
      { error: '#REF!' } as ExcelJS.CellErrorValue,
    ]);
    expect(row).toEqual(['Jobindsats', '#N/A', '#REF!']);
  });

  it('reads a link as the cell under it: none on an empty cell, a number on a number cell', async () => {
    // exceljs writes no link without text, so the sheet's XML is changed after: A1 keeps its link.
    const withA1 = async (cell: string) => {
      const zip = await JSZip.loadAsync(
        await bytesOf((book) => {
          const sheet = book.addWorksheet('Tal');
          sheet.getCell('A1').value = { text: 'Jobindsats', hyperlink: 'https://jobindsats.dk' };
          sheet.getCell('B1').value = 7;
        }),
      );
      const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(xml).toContain('<hyperlink ref="A1"');
      zip.file('xl/worksheets/sheet1.xml', xml.replace(/<c r="A1"[^>]*>.*?<\/c>/, cell));
      return (await readXlsx(await zip.generateAsync({ type: 'uint8array' }))).rows[0];
    };
    expect(await withA1('<c r="A1"/>')).toEqual([null, 7]);
    expect(await withA1('<c r="A1"><v>1500000</v></c>')).toEqual([1500000, 7]);
  });

  it('reads a date as a month when its format shows no day, and as a day otherwise', async () => {
    const row = await firstRow(
      [AUG_31, AUG_31, AUG_31, AUG_31, AUG_31, AUG_31],
      ['mmm yyyy', 'dd-mm-yyyy', undefined, '[Red]mmmm yyyy', '"Udbetalt" mmm yyyy', 'D. MMM YYYY'],
    );
    // A "d" inside [...] (a colour or locale) or inside quotes (literal text) shows no day.
    expect(row).toEqual(['2018-08', '2018-08-31', '2018-08-31', '2018-08', '2018-08', '2018-08-31']);
  });

  it("reads a formula's date result as a date, by the cell's format", async () => {
    const row = await firstRow([{ formula: 'DATE(2018,8,31)', result: AUG_31 }, { formula: 'DATE(2018,8,31)', result: AUG_31 }], ['mmm yyyy', 'dd-mm-yyyy']);
    expect(row).toEqual(['2018-08', '2018-08-31']);
  });

  it('reads the first worksheet only, and says so when there are more', async () => {
    const two = await bytesOf((book) => {
      book.addWorksheet('Tal').getCell('A1').value = 'first';
      book.addWorksheet('Noter').getCell('A1').value = 'second';
    });
    expect(await readXlsx(two)).toEqual({ format: 'xlsx', rows: [['first']], notes: ['Only the first worksheet ("Tal") was read.'] });
    const one = await bytesOf((book) => {
      book.addWorksheet('Tal').getCell('A1').value = 'only';
    });
    expect(await readXlsx(one)).toEqual({ format: 'xlsx', rows: [['only']], notes: [] });
  });

  it('says so when the workbook has no worksheet', async () => {
    expect(await readXlsx(await bytesOf(() => {}))).toEqual({ format: 'xlsx', rows: [], notes: ['The workbook has no worksheet.'] });
  });
});
