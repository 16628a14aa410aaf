/**
 * The log line format on its own: a put and a delete read back as written, and every line that is not a
 * whole record (torn, flipped, or well-checksummed but malformed) read as no record, which is what lets
 * recovery cut a torn tail and refuse damage in the middle.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLogRecord, encodeLogRecord, type LogRecord } from '../../functions/store/embedded/records.js';

/** A line with a correct checksum over `body`, whatever the body holds. */
function checksummed(body: string): string {
  return `${crc32(body).toString(16).padStart(8, '0')}\t${body}`;
}

const PUT: LogRecord = { seq: 41, op: 'put', container: 'figures', json: '{"id":"f\\t1","note":"æ\\n"}' };
const DEL: LogRecord = { seq: 42, op: 'del', container: 'cases', partitionKey: 'viborg', id: 'viborg.x' };

describe('log records', () => {
  it.each([PUT, DEL])('reads back a %s record exactly, from one line ending in a newline', (record) => {
    const line = encodeLogRecord(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(decodeLogRecord(line.slice(0, -1))).toEqual(record);
  });

  it('writes the checksum as eight hex digits, leading zeros included', () => {
    // Look for a record whose checksum is below 0x10000000, so the padding shows.
    let seq = 0;
    let line = '';
    do line = encodeLogRecord({ ...PUT, seq: ++seq });
    while (!line.startsWith('0'));
    expect(line).toMatch(/^0[0-9a-f]{7}\t\{"s":\d+,"o":"put","c":"figures"\}\t/);
    expect(decodeLogRecord(line.slice(0, -1))).toMatchObject({ seq, op: 'put' });
  });

  it('writes an empty item for a delete', () => {
    expect(encodeLogRecord(DEL)).toMatch(/\t\{"s":42,"o":"del","c":"cases","p":"viborg","i":"viborg\.x"\}\t\n$/);
  });

  it.each([
    ['an empty line', ''],
    ['a torn line', encodeLogRecord(PUT).slice(0, 30)],
    ['a flipped character', encodeLogRecord(PUT).slice(0, -1).replace('figures', 'figurez')],
    ['a checksum of seven digits', encodeLogRecord(PUT).slice(1, -1)],
    ['a checksum of nine digits', `0${encodeLogRecord(PUT).slice(0, -1)}`],
    ['no tab after the header', checksummed('{"s":1,"o":"put","c":"figures"}')],
    ['no tab after a header followed by a space', checksummed('{"s":1,"o":"put","c":"figures"} ')],
    ['a header that is not JSON', checksummed('{"s":1,"o":"put"\t{}')],
    ['an unknown operation', checksummed('{"s":1,"o":"patch","c":"figures"}\t{}')],
    ['an unknown operation naming a partition and id', checksummed('{"s":1,"o":"patch","c":"figures","p":"k","i":"x"}\t')],
    ['a delete without its partition', checksummed('{"s":1,"o":"del","c":"cases","i":"x"}\t')],
    ['a delete without its id', checksummed('{"s":1,"o":"del","c":"cases","p":"viborg"}\t')],
    ['a delete with a number for its id', checksummed('{"s":1,"o":"del","c":"cases","p":"viborg","i":7}\t')],
    ['a delete with a number for its partition', checksummed('{"s":1,"o":"del","c":"cases","p":7,"i":"x"}\t')],
  ])('reads %s as no record', (_what, line) => {
    expect(decodeLogRecord(line)).toBeUndefined();
  });

  it('takes the item after the second tab verbatim, tabs escaped inside it', () => {
    expect(decodeLogRecord(checksummed('{"s":3,"o":"put","c":"kpis"}\t{"id":"a"}'))).toEqual({ seq: 3, op: 'put', container: 'kpis', json: '{"id":"a"}' });
  });
});
