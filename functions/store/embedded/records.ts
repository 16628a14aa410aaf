/**
 * The line formats of the embedded store's files.
 *
 * Log line:      <crc32 hex>\t<header json>\t<item json>\n   (item json empty for a delete)
 * Snapshot line: <container>\t<item json>\n
 *
 * JSON.stringify escapes tabs and newlines inside strings, so a raw tab or newline never occurs inside
 * the JSON parts and both can be split without parsing. The item json is kept verbatim as the stored
 * string, so loading costs one JSON.parse per item (to learn its id and partition) and no re-stringify.
 * The checksum tells a torn or half-flushed last line from a whole one.
 */
import { crc32 } from 'node:zlib';

export interface PutRecord {
  seq: number;
  op: 'put';
  container: string;
  /** The item with its _etag, as JSON. */
  json: string;
}

export interface DeleteRecord {
  seq: number;
  op: 'del';
  container: string;
  partitionKey: string;
  id: string;
}

export type LogRecord = PutRecord | DeleteRecord;

export function encodeLogRecord(record: LogRecord): string {
  const header =
    record.op === 'put'
      ? JSON.stringify({ s: record.seq, o: 'put', c: record.container })
      : JSON.stringify({ s: record.seq, o: 'del', c: record.container, p: record.partitionKey, i: record.id });
  const body = `${header}\t${record.op === 'put' ? record.json : ''}`;
  return `${checksum(body)}\t${body}\n`;
}

/** The record on one log line (without its newline), or undefined when the line is torn or damaged. */
export function decodeLogRecord(line: string): LogRecord | undefined {
  const first = line.indexOf('\t');
  if (first !== 8) return undefined;
  const body = line.slice(first + 1);
  if (line.slice(0, first) !== checksum(body)) return undefined;
  const second = body.indexOf('\t');
  if (second < 0) return undefined;
  let header: { s: number; o: string; c: string; p?: string; i?: string };
  try {
    header = JSON.parse(body.slice(0, second));
  } catch {
    return undefined;
  }
  if (header.o === 'put') return { seq: header.s, op: 'put', container: header.c, json: body.slice(second + 1) };
  if (header.o === 'del' && typeof header.p === 'string' && typeof header.i === 'string') {
    return { seq: header.s, op: 'del', container: header.c, partitionKey: header.p, id: header.i };
  }
  return undefined;
}

function checksum(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
