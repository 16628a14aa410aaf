/**
 * An XLSX file is a zip of XML, and a small zip can unpack to gigabytes (a "zip bomb": 400 KB took
 * 1.47 GB and 17 s in exceljs). Before exceljs sees a workbook, every entry is inflated here as a stream
 * (zlib off the event loop, output capped), so what it unpacks to is measured, never trusted from the zip's
 * own headers; then the worksheets' rows and cells are counted. Anything over a limit is refused by name.
 */
import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { PayloadTooLargeError, ValidationError } from '../domain/errors.js';
import { MAX_IMPORT_ROWS, MAX_IMPORT_CELLS, MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from './limits.js';

const inflate = promisify(inflateRaw);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Throws unless the workbook unpacks to at most MAX_XLSX_UNPACKED_BYTES with at most MAX_IMPORT_ROWS rows and MAX_IMPORT_CELLS cells. */
export async function checkXlsxBudget(bytes: Uint8Array, fileName: string): Promise<void> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip, fileName);
  if (entries.length > MAX_XLSX_ENTRIES) throw tooBig(fileName, `${entries.length} parts; at most ${MAX_XLSX_ENTRIES}`);
  let budget = MAX_XLSX_UNPACKED_BYTES;
  let rows = 0;
  let cells = 0;
  for (const entry of entries) {
    const data = await unpack(zip, entry, budget, fileName);
    // Checked here for every part: a stored part is never inflated, and zlib takes no output limit below one byte.
    if (data.byteLength > budget) throw tooBig(fileName, `more than ${MAX_XLSX_UNPACKED_BYTES} bytes`);
    budget -= data.byteLength;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      rows += count(data, '<row ') + count(data, '<row>');
      cells += count(data, '<c ') + count(data, '<c>') + count(data, '<c/');
    }
  }
  if (rows > MAX_IMPORT_ROWS) throw tooBig(fileName, `${rows} rows; one import takes at most ${MAX_IMPORT_ROWS}`);
  if (cells > MAX_IMPORT_CELLS) throw tooBig(fileName, `${cells} cells; one import takes at most ${MAX_IMPORT_CELLS}`);
}

function tooBig(fileName: string, what: string): PayloadTooLargeError {
  return new PayloadTooLargeError(`${fileName} is too large once unpacked: ${what}. Split it; nothing was read.`);
}

function unreadable(fileName: string, why: string): ValidationError {
  return new ValidationError(`${fileName} is not a readable XLSX workbook: ${why}.`, [{ field: 'file', message: 'unreadable XLSX' }]);
}

/** The entries the zip's central directory lists (the directory is what readers, exceljs included, go by). */
function centralDirectory(zip: Buffer, fileName: string): Entry[] {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535, at the very end.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable(fileName, 'no zip directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable(fileName, 'a damaged zip directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw unreadable(fileName, 'a ZIP64 part, which no workbook of this size needs');
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

async function unpack(zip: Buffer, entry: Entry, budget: number, fileName: string): Promise<Buffer> {
  const local = entry.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw unreadable(fileName, `part ${entry.name} is damaged`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw unreadable(fileName, `part ${entry.name} uses compression method ${entry.method}`);
  try {
    // maxOutputLength stops zlib the moment the output would pass the budget: the bomb is never unpacked.
    return await inflate(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(fileName, `more than ${MAX_XLSX_UNPACKED_BYTES} bytes`);
    throw unreadable(fileName, `part ${entry.name} does not unpack`);
  }
}

function count(data: Buffer, token: string): number {
  let n = 0;
  for (let at = data.indexOf(token); at >= 0; at = data.indexOf(token, at + token.length)) n++;
  return n;
}
