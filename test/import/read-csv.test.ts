/** readCsv and detectDelimiter on their own: encodings, rows as the user numbers them, the field limit. */
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError } from '../../functions/domain/errors.js';
import { MAX_IMPORT_CELLS } from '../../functions/import/limits.js';
import { detectDelimiter, readCsv } from '../../functions/import/read-csv.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCsv', () => {
  it('reads UTF-8 with a BOM, blank cells as null and blank lines kept, with no notes', () => {
    const sheet = readCsv(bytes('\uFEFFkpi;periode;værdi\n\nledighed;2018M08;\n'), 'a.csv');
    expect(sheet).toEqual({ format: 'csv', rows: [['kpi', 'periode', 'værdi'], [null], ['ledighed', '2018M08', null]], notes: [] });
    // The decoder drops the first BOM; a second (a tool adding one to a file that had one) is dropped too.
    expect(readCsv(bytes('\uFEFF\uFEFFkpi;x'), 'a.csv').rows).toEqual([['kpi', 'x']]);
    // Only a leading BOM is the encoding's mark; one inside a cell is the cell's.
    expect(readCsv(bytes('a;b\uFEFF'), 'a.csv').rows).toEqual([['a', 'b\uFEFF']]);
    // A quote inside an unquoted cell is text, as Excel writes it.
    expect(readCsv(bytes('skærm;24" bred'), 'a.csv').rows).toEqual([['skærm', '24" bred']]);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', () => {
    // "Årsværk;Ø" in Windows-1252: Å = 0xC5, æ = 0xE6, Ø = 0xD8, each invalid as UTF-8 here.
    const sheet = readCsv(Uint8Array.from([0xc5, 0x72, 0x73, 0x76, 0xe6, 0x72, 0x6b, 0x3b, 0xd8]), 'b.csv');
    expect(sheet.rows).toEqual([['Årsværk', 'Ø']]);
    expect(sheet.notes).toEqual(['The file is not UTF-8; it was read as Windows-1252 (Western European).']);
  });

  it('takes exactly MAX_IMPORT_CELLS fields and refuses one more, naming the file and the limit', () => {
    const row = (n: number) => `${Array.from({ length: n }, () => '1').join(';')}\n`;
    expect(readCsv(bytes(row(MAX_IMPORT_CELLS)), 'ok.csv').rows[0]).toHaveLength(MAX_IMPORT_CELLS);
    const refuse = () => readCsv(bytes(row(MAX_IMPORT_CELLS + 1)), 'stor.csv');
    expect(refuse).toThrow(PayloadTooLargeError);
    expect(refuse).toThrow(`stor.csv has more than ${MAX_IMPORT_CELLS} fields; one import takes at most ${MAX_IMPORT_CELLS}. Split the file; nothing was read.`);
  });
});

describe('detectDelimiter', () => {
  it('counts only the first twelve lines', () => {
    const head = Array.from({ length: 11 }, () => 'a;b').join('\n');
    expect(detectDelimiter(`${head}\na;b;c\nx,y,z,w,v`)).toBe(';');
    expect(detectDelimiter(`${head}\nx,y,z,w,v`)).toBe(',');
  });

  it('goes by the most in any one line, not in all of them together', () => {
    expect(detectDelimiter('a;b;c\nd,e\nf,g\nh,i')).toBe(';');
  });

  it('does not count delimiters inside quotes', () => {
    expect(detectDelimiter('kpi;"15,9";"1,2,3"')).toBe(';');
  });

  it('reads lines ending in CR LF, and a tie goes to the semicolon', () => {
    expect(detectDelimiter('a\tb\r\nc;d;e\r\n')).toBe(';');
    expect(detectDelimiter('a,b;c')).toBe(';');
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('titel uden skilletegn')).toBe(',');
  });

  it('looks only at the first 64 KiB', () => {
    const first = `${'x'.repeat((1 << 16) - 2)};`;
    expect(detectDelimiter(`${first}\n`)).toBe(';');
    expect(detectDelimiter(`${'x'.repeat(1 << 16)};;;\n`)).toBe(',');
  });
});
