/**
 * Opening a data folder, file by file: what recover() replays from a snapshot and the logs after it,
 * which debris it clears (a snapshot temp file, logs the snapshot covers, a torn last record), what it
 * leaves for a later version (containers this one does not have), what it refuses (a torn record in a
 * log that is not the newest), and what it reports for the store to continue from.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logFileName } from '../../functions/store/embedded/files.js';
import { MemoryTable } from '../../functions/store/embedded/memory-table.js';
import { encodeLogRecord, type LogRecord } from '../../functions/store/embedded/records.js';
import { recover } from '../../functions/store/embedded/recovery.js';
import { writeSnapshot } from '../../functions/store/embedded/snapshot.js';
import { filesOpenIn } from './open-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-recovery-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const put = (seq: number, id: string, kpiId = 'k', container = 'figures'): LogRecord => ({ seq, op: 'put', container, json: JSON.stringify({ id, kpiId }) });
const del = (seq: number, id: string, kpiId = 'k'): LogRecord => ({ seq, op: 'del', container: 'figures', partitionKey: kpiId, id });

async function writeLog(generation: number, records: LogRecord[], tail = ''): Promise<string> {
  const file = path.join(dir, logFileName(generation));
  await writeFile(file, records.map(encodeLogRecord).join('') + tail);
  return file;
}

function tables(): Map<string, MemoryTable> {
  return new Map([['figures', new MemoryTable('figures', 'kpiId')]]);
}

const ids = (t: Map<string, MemoryTable>) => t.get('figures')!.capture().flat().map((json) => (JSON.parse(json) as { id: string }).id).sort();

describe('recovery', () => {
  it('an empty folder opens empty at write 0, generation 1', async () => {
    const t = tables();
    expect(await recover(dir, t)).toEqual({ lastSeq: 0, generation: 1, snapshotBytes: 0, replayed: 0 });
    expect(t.get('figures')!.size).toBe(0);
  });

  it('replays the logs of a folder never compacted in order, deletes included, each item in its partition', async () => {
    // Whole logs and no snapshot: crashes after rotations, before their snapshots were written.
    await writeLog(1, [put(1, 'a'), put(2, 'b', 'other'), put(3, 'c')]);
    await writeLog(2, [del(4, 'a'), put(5, 'a', 'k2')]);
    await writeLog(3, [put(6, 'd')]);
    const t = tables();
    expect(await recover(dir, t)).toEqual({ lastSeq: 6, generation: 3, snapshotBytes: 0, replayed: 6 });
    expect(ids(t)).toEqual(['a', 'b', 'c', 'd']);
    expect(t.get('figures')!.get('k2', 'a')).toBe('{"id":"a","kpiId":"k2"}');
    expect(t.get('figures')!.get('k', 'a')).toBeUndefined();
    expect(t.get('figures')!.get('other', 'b')).toBeDefined();
    // Nothing was cut or removed from whole logs.
    expect((await readdir(dir)).sort()).toEqual([logFileName(1), logFileName(2), logFileName(3)]);
  });

  it('loads the snapshot, skips log records it holds, deletes covered logs and the temp file', async () => {
    const snapshotBytes = await writeSnapshot(dir, { lastSeq: 3, firstLog: 2 }, [
      { container: 'figures', partitions: [['{"id":"a","kpiId":"k"}', '{"id":"b","kpiId":"k"}'], ['{"id":"c","kpiId":"q"}']] },
    ]);
    await writeLog(1, [put(1, 'old')]);
    // The newest log may still hold records the snapshot took (a crash right after compacting).
    await writeLog(2, [put(3, 'c', 'q'), put(4, 'e'), del(5, 'b')]);
    await writeFile(path.join(dir, 'snapshot.jsonl.tmp'), 'half a snapshot');
    const t = tables();
    expect(await recover(dir, t)).toEqual({ lastSeq: 5, generation: 2, snapshotBytes, replayed: 2 });
    expect(ids(t)).toEqual(['a', 'c', 'e']);
    expect((await readdir(dir)).sort()).toEqual([logFileName(2), 'snapshot.jsonl']);
  });

  it('continues from the snapshot alone in the generation it names', async () => {
    await writeSnapshot(dir, { lastSeq: 9, firstLog: 4 }, [{ container: 'figures', partitions: [['{"id":"a","kpiId":"k"}']] }]);
    const recovered = await recover(dir, tables());
    expect(recovered).toMatchObject({ lastSeq: 9, generation: 4, replayed: 0 });
    expect(recovered.snapshotBytes).toBeGreaterThan(0);
  });

  it('leaves out containers this version does not have, in the snapshot and in the log', async () => {
    await writeSnapshot(dir, { lastSeq: 2, firstLog: 1 }, [
      { container: 'retired', partitions: [['{"id":"x","kpiId":"k"}']] },
      { container: 'figures', partitions: [['{"id":"a","kpiId":"k"}']] },
    ]);
    await writeLog(1, [put(3, 'y', 'k', 'retired'), { seq: 4, op: 'del', container: 'retired', partitionKey: 'k', id: 'x' }, put(5, 'b')]);
    const t = tables();
    expect(await recover(dir, t)).toMatchObject({ lastSeq: 5, replayed: 3 });
    expect(ids(t)).toEqual(['a', 'b']);
  });

  it('cuts a torn last record off the newest log, and keeps what came before it', async () => {
    const file = await writeLog(1, [put(1, 'a'), put(2, 'b')], encodeLogRecord(put(3, 'c')).slice(0, 20));
    const t = tables();
    expect(await recover(dir, t)).toMatchObject({ lastSeq: 2, replayed: 2 });
    expect(await readFile(file, 'utf8')).toBe([put(1, 'a'), put(2, 'b')].map(encodeLogRecord).join(''));
    if (process.platform === 'linux') expect(filesOpenIn(dir)).toEqual([]);
  });

  it('refuses a torn record in a log that is not the newest, naming the log and byte', async () => {
    const whole = encodeLogRecord(put(1, 'a'));
    const file = await writeLog(1, [put(1, 'a')], encodeLogRecord(put(2, 'b')).slice(0, 20));
    await writeLog(2, [put(3, 'c')]);
    await expect(recover(dir, tables())).rejects.toThrow(`The embedded store's log ${file} is damaged at byte ${Buffer.byteLength(whole)}; restore from a backup or an export`);
  });

  it('refuses a broken record with whole records after it, naming the byte where it starts', async () => {
    const first = encodeLogRecord(put(1, 'a'));
    const file = path.join(dir, logFileName(1));
    await writeFile(file, `${first}garbage\n${encodeLogRecord(put(2, 'b'))}`);
    await expect(recover(dir, tables())).rejects.toThrow(`The embedded store's log ${file} is damaged before byte ${Buffer.byteLength(first) + 8}; restore from a backup or an export`);
  });

  it('refuses an empty first line with whole records after it: damage, not a torn tail', async () => {
    const file = path.join(dir, logFileName(1));
    await writeFile(file, `\n${encodeLogRecord(put(1, 'a'))}`);
    await expect(recover(dir, tables())).rejects.toThrow(`The embedded store's log ${file} is damaged before byte 1`);
  });

  it('refuses a gap in the numbering, naming the log and both writes', async () => {
    const file = await writeLog(1, [put(1, 'a'), put(3, 'c')]);
    await expect(recover(dir, tables())).rejects.toThrow(`The embedded store's log ${file} continues at write 3, but the snapshot and earlier logs end at write 1`);
  });

  it('refuses logs that continue from a snapshot that is gone, naming both files', async () => {
    const file = await writeLog(2, [put(5, 'a')]);
    await expect(recover(dir, tables())).rejects.toThrow(
      `The embedded store's snapshot ${path.join(dir, 'snapshot.jsonl')} is missing, but ${file} continues from one, so the data folder was not opened.`,
    );
  });
});
