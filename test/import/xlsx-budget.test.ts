/**
 * checkXlsxBudget in this thread (the import runs it in a worker, which a mutation run cannot switch, and
 * the zip-bomb tests go through the API): every limit at its edge, what counts as a row or a cell and in
 * which parts, and each way a zip can be unreadable, word for word.
 */
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, ValidationError } from '../../functions/domain/errors.js';
import { MAX_IMPORT_CELLS, MAX_IMPORT_ROWS, MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from '../../functions/import/limits.js';
import { checkXlsxBudget } from '../../functions/import/xlsx-budget.js';
import { sheetXml, zip, type ZipPart } from '../faults/support/zip.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const check = (parts: ZipPart[] | Buffer) => checkXlsxBudget(new Uint8Array(Array.isArray(parts) ? zip(parts) : parts), 'tal.xlsx');

/** The error the check throws (it must throw one), as class, message and field list. */
async function refusal(parts: ZipPart[] | Buffer) {
  const error = await check(parts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return { kind: error instanceof PayloadTooLargeError ? 413 : error instanceof ValidationError ? 400 : 'other', message: (error as Error).message };
}

const tooBig = (what: string) => ({ kind: 413, message: `tal.xlsx is too large once unpacked: ${what}. Split it; nothing was read.` });
const unreadable = (why: string) => ({ kind: 400, message: `tal.xlsx is not a readable XLSX workbook: ${why}.` });
const worksheet = (body: string) => Buffer.from(`<worksheet><sheetData>${body}</sheetData></worksheet>`);

describe('rows and cells', () => {
  it(`takes ${MAX_IMPORT_ROWS} rows and refuses one more, counted over every worksheet`, async () => {
    await expect(check([{ name: SHEET, data: sheetXml(MAX_IMPORT_ROWS) }])).resolves.toBeUndefined();
    expect(await refusal([{ name: SHEET, data: sheetXml(MAX_IMPORT_ROWS + 1) }])).toEqual(tooBig(`${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}`));
    const half = MAX_IMPORT_ROWS / 2;
    expect(await refusal([{ name: SHEET, data: sheetXml(half) }, { name: 'xl/worksheets/sheet2.xml', data: sheetXml(half + 1) }])).toEqual(
      tooBig(`${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}`),
    );
  });

  it('counts a row written <row …> or <row>, and a cell written <c …>, <c> or <c/>', async () => {
    const rows = (n: number) => '<row>'.repeat(n);
    // One more <row> than allowed, as bare tags: refused.
    expect(await refusal([{ name: SHEET, data: worksheet(rows(MAX_IMPORT_ROWS + 1)) }])).toEqual(tooBig(`${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}`));
    // Half of each form of row: refused only when both are counted.
    const mixed = `${'<row r="1">'.repeat(MAX_IMPORT_ROWS / 2)}${rows(MAX_IMPORT_ROWS / 2 + 1)}`;
    expect((await refusal([{ name: SHEET, data: worksheet(mixed) }])).message).toContain(`${MAX_IMPORT_ROWS + 1} rows`);
    const third = Math.floor(MAX_IMPORT_CELLS / 3);
    const rest = MAX_IMPORT_CELLS - 2 * third;
    const cells = (extra: number) => worksheet(`<row>${'<c r="A1"><v>1</v></c>'.repeat(third)}${'<c><v>1</v></c>'.repeat(third)}${'<c/>'.repeat(rest + extra)}</row>`);
    await expect(check([{ name: SHEET, data: cells(0) }])).resolves.toBeUndefined();
    expect(await refusal([{ name: SHEET, data: cells(1) }])).toEqual(tooBig(`${MAX_IMPORT_CELLS + 1} cells; one import takes at most ${MAX_IMPORT_CELLS}`));
    // Each form alone over the limit.
    for (const cell of ['<c r="A1"/>', '<c></c>', '<c/>']) {
      expect((await refusal([{ name: SHEET, data: worksheet(`<row>${cell.repeat(MAX_IMPORT_CELLS + 1)}</row>`) }])).message, cell).toContain(`${MAX_IMPORT_CELLS + 1} cells`);
    }
    // A part that starts with one (no XML declaration) counts it too.
    expect(await refusal([{ name: SHEET, data: Buffer.from('<row>'.repeat(MAX_IMPORT_ROWS + 1)) }])).toEqual(tooBig(`${MAX_IMPORT_ROWS + 1} rows; one import takes at most ${MAX_IMPORT_ROWS}`));
    // Look-alikes are neither: <rows>, <col>, <cell>.
    await expect(check([{ name: SHEET, data: worksheet(`${'<rows/>'.repeat(MAX_IMPORT_ROWS + 1)}${'<col/><cell/>'.repeat(MAX_IMPORT_CELLS + 1)}`) }])).resolves.toBeUndefined();
  });

  it('counts only worksheet parts, whatever their case, and not parts beside or below them', async () => {
    const many = sheetXml(MAX_IMPORT_ROWS + 1);
    for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sub/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'docs/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml.bak']) {
      await expect(check([{ name, data: many }]), name).resolves.toBeUndefined();
    }
    expect((await refusal([{ name: 'XL/Worksheets/Sheet1.XML', data: many }])).kind).toBe(413);
  });
});

describe('parts and bytes', () => {
  it(`takes ${MAX_XLSX_ENTRIES} parts and refuses one more`, async () => {
    const parts = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `xl/p${i}.xml`, data: Buffer.from('<x/>') }));
    await expect(check(parts(MAX_XLSX_ENTRIES))).resolves.toBeUndefined();
    expect(await refusal(parts(MAX_XLSX_ENTRIES + 1))).toEqual(tooBig(`${MAX_XLSX_ENTRIES + 1} parts; at most ${MAX_XLSX_ENTRIES}`));
  });

  it(`takes ${MAX_XLSX_UNPACKED_BYTES} bytes unpacked over all parts and refuses one more, deflated or stored`, async () => {
    const over = tooBig(`more than ${MAX_XLSX_UNPACKED_BYTES} bytes`);
    const first = { name: 'xl/a.xml', data: Buffer.alloc(MAX_XLSX_UNPACKED_BYTES - 10, ' ') };
    for (const method of [8, 0]) {
      await expect(check([first, { name: 'xl/b.xml', data: Buffer.alloc(10, ' '), method }]), `method ${method}`).resolves.toBeUndefined();
      expect(await refusal([first, { name: 'xl/b.xml', data: Buffer.alloc(11, ' '), method }]), `method ${method}`).toEqual(over);
    }
    // Nothing left: even an empty part after the whole budget is taken passes, one byte does not.
    const whole = { name: 'xl/a.xml', data: Buffer.alloc(MAX_XLSX_UNPACKED_BYTES, ' ') };
    await expect(check([whole, { name: 'xl/b.xml', data: Buffer.alloc(0) }])).resolves.toBeUndefined();
    expect(await refusal([whole, { name: 'xl/b.xml', data: Buffer.from(' ') }])).toEqual(over);
  });

  it("counts a stored worksheet's rows as a deflated one's", async () => {
    expect((await refusal([{ name: SHEET, data: sheetXml(MAX_IMPORT_ROWS + 1), method: 0 }])).message).toContain(`${MAX_IMPORT_ROWS + 1} rows`);
  });
});

describe('unreadable zips', () => {
  const good = () => zip([{ name: SHEET, data: sheetXml(3) }]);

  it('takes a zip with no parts: its end record is its first byte', async () => {
    await expect(check([])).resolves.toBeUndefined();
  });

  it('finds the directory after a zip comment of any length up to 65,535 bytes, and not past it', async () => {
    for (const length of [0, 1, 100, 0xffff]) {
      await expect(check(zip([{ name: SHEET, data: sheetXml(3) }], Buffer.alloc(length, 'x'))), `comment ${length}`).resolves.toBeUndefined();
    }
    // A record one byte further back than any comment allows is not looked for.
    const far = Buffer.concat([good(), Buffer.alloc(0xffff + 1, 'x')]);
    expect(await refusal(far)).toEqual(unreadable('no zip directory'));
    expect(await refusal(Buffer.from('PK\x03\x04 and then no zip at all'))).toEqual(unreadable('no zip directory'));
  });

  it('reads each directory entry after the extra field and comment of the one before', async () => {
    const parts = [
      { name: 'xl/a.xml', data: Buffer.from('<x/>'), extra: Buffer.alloc(7, 1), comment: Buffer.from('ein Kommentar') },
      { name: SHEET, data: sheetXml(MAX_IMPORT_ROWS + 1), extra: Buffer.alloc(3, 2) },
    ];
    expect((await refusal(parts)).message).toContain(`${MAX_IMPORT_ROWS + 1} rows`);
  });

  it('refuses a damaged directory, a ZIP64 part, a damaged part, an unknown method and data that does not inflate', async () => {
    const bytes = good();
    const end = bytes.length - 22;
    const dirAt = bytes.readUInt32LE(end + 16);

    const wrongSignature = Buffer.from(bytes);
    wrongSignature.writeUInt32LE(0x02014b51, dirAt);
    expect(await refusal(wrongSignature)).toEqual(unreadable('a damaged zip directory'));
    // A directory said to start where fewer than its 46 bytes are left (two: not even its signature).
    for (const at of [bytes.length - 45, bytes.length - 2]) {
      const pastEnd = Buffer.from(bytes);
      pastEnd.writeUInt32LE(at, end + 16);
      expect(await refusal(pastEnd), `directory at ${at}`).toEqual(unreadable('a damaged zip directory'));
    }
    const twoEntries = Buffer.from(bytes);
    twoEntries.writeUInt16LE(2, end + 10);
    expect(await refusal(twoEntries)).toEqual(unreadable('a damaged zip directory'));

    for (const field of [20, 42]) {
      const zip64 = Buffer.from(bytes);
      zip64.writeUInt32LE(0xffffffff, dirAt + field);
      expect(await refusal(zip64), `field at ${field}`).toEqual(unreadable('a ZIP64 part, which no workbook of this size needs'));
    }

    const damagedPart = Buffer.from(bytes);
    damagedPart.writeUInt32LE(0x04034b51, 0);
    expect(await refusal(damagedPart)).toEqual(unreadable(`part ${SHEET} is damaged`));
    // A local header said to start where fewer than its 30 bytes are left (two: not even its signature).
    for (const at of [bytes.length - 29, bytes.length - 2]) {
      const partPastEnd = Buffer.from(bytes);
      partPastEnd.writeUInt32LE(at, dirAt + 42);
      expect(await refusal(partPastEnd), `part at ${at}`).toEqual(unreadable(`part ${SHEET} is damaged`));
    }

    expect(await refusal([{ name: SHEET, data: sheetXml(3), method: 12 }])).toEqual(unreadable(`part ${SHEET} uses compression method 12`));
    expect(await refusal(notDeflate())).toEqual(unreadable(`part ${SHEET} does not unpack`));
  });

  it("reads a directory entry or a local header that ends at the file's last byte (inside the zip comment)", async () => {
    // The directory entry copied into the comment with no name, and the end record pointed at it.
    const plain = zip([{ name: SHEET, data: sheetXml(3) }]);
    const entry = Buffer.from(plain.subarray(plain.readUInt32LE(plain.length - 22 + 16)).subarray(0, 46));
    entry.writeUInt16LE(0, 28);
    const lastEntry = zip([{ name: SHEET, data: sheetXml(3) }], entry);
    lastEntry.writeUInt32LE(lastEntry.length - 46, lastEntry.length - 46 - 22 + 16);
    await expect(check(lastEntry)).resolves.toBeUndefined();
    // A stored, empty part whose local header (no name) is the comment, pointed at by the directory.
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    const lastHeader = zip([{ name: 'xl/a.xml', data: Buffer.alloc(0), method: 0 }], header);
    lastHeader.writeUInt32LE(lastHeader.length - 30, lastHeader.readUInt32LE(lastHeader.length - 30 - 22 + 16) + 42);
    await expect(check(lastHeader)).resolves.toBeUndefined();
  });

  /** A part that says it is deflated but whose bytes are no deflate stream. */
  function notDeflate(): Buffer {
    const bytes = zip([{ name: SHEET, data: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 0 }]);
    bytes.writeUInt16LE(8, 8);
    bytes.writeUInt16LE(8, bytes.readUInt32LE(bytes.length - 22 + 16) + 10);
    return bytes;
  }

  it('reads where the local header says the data starts: after its own name and extra field', async () => {
    // The local header's extra field lengthened: the data starts further on, past bytes that would not inflate.
    const parts = [{ name: SHEET, data: sheetXml(MAX_IMPORT_ROWS + 1) }];
    const plain = zip(parts);
    const nameLength = plain.readUInt16LE(26);
    const padded = Buffer.concat([plain.subarray(0, 30 + nameLength), Buffer.alloc(5, 0xff), plain.subarray(30 + nameLength)]);
    padded.writeUInt16LE(5, 28);
    const dirAt = padded.readUInt32LE(padded.length - 22 + 16) + 5;
    padded.writeUInt32LE(dirAt, padded.length - 22 + 16);
    expect((await refusal(padded)).message).toContain(`${MAX_IMPORT_ROWS + 1} rows`);
  });
});
