/**
 * Hand-made zip files for the XLSX limits: real deflate data, with sizes in the headers that may lie
 * (a zip bomb need not tell the truth about what it unpacks to).
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** What the headers claim the part unpacks to (default: the truth). */
  claimedSize?: number;
  /** 0 stores the data as it is, 8 (the default) deflates it; any other number is written as the method, with deflated data. */
  method?: number;
  /** Bytes after the name in the central directory: an extra field and a file comment, which a reader skips. */
  extra?: Buffer;
  comment?: Buffer;
}

/** `comment`: the zip's own comment, after the end-of-central-directory record. */
export function zip(parts: ZipPart[], comment = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const method = part.method ?? 8;
    const packed = method === 0 ? part.data : deflateRawSync(part.data, { level: 9 });
    const extra = part.extra ?? Buffer.alloc(0);
    const fileComment = part.comment ?? Buffer.alloc(0);
    const size = part.claimedSize ?? part.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(packed.byteLength, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.byteLength, 28);
    dir.writeUInt16LE(extra.byteLength, 30);
    dir.writeUInt16LE(fileComment.byteLength, 32);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name, extra, fileComment);
    offset += 30 + name.byteLength + packed.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.byteLength, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

/** A worksheet part of `rows` rows of one cell each, padded with `padding` bytes of whitespace. */
export function sheetXml(rows: number, padding = 0): Buffer {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const row = (i: number) => `<row r="${i}"><c r="A${i}"><v>1</v></c></row>`;
  const body = Buffer.from(Array.from({ length: rows }, (_, i) => row(i + 1)).join(''));
  return Buffer.concat([head, body, Buffer.alloc(padding, ' '), Buffer.from('</sheetData></worksheet>')]);
}
