/**
 * Opening a data folder: load the snapshot, then replay the log files written after it.
 *
 * A crash can leave three kinds of debris, all handled here: a half-written snapshot temp file (deleted;
 * the previous snapshot is intact), log files the last snapshot already covers (deleted), and a torn
 * last record in the newest log file (cut off; its write was never acknowledged). Damage anywhere else —
 * a snapshot cut short or deleted, a log file or record missing — is not something a crash produces, so
 * it stops the open with the file named and what to do.
 */
import { open, readdir, readFile, rm } from 'node:fs/promises';
import { SNAPSHOT_FILE, SNAPSHOT_TEMP_FILE, inside, logFileName, logGeneration, syncFolder } from './files.js';
import type { MemoryTable } from './memory-table.js';
import { decodeLogRecord, type LogRecord } from './records.js';
import { RESTORE, readSnapshot } from './snapshot.js';

export interface Recovered {
  lastSeq: number;
  /** The log generation to continue appending to. */
  generation: number;
  snapshotBytes: number;
  /** Records replayed from the log (for diagnostics). */
  replayed: number;
}

export async function recover(dir: string, tables: Map<string, MemoryTable>): Promise<Recovered> {
  await rm(inside(dir, SNAPSHOT_TEMP_FILE), { force: true });

  const snapshot = await readSnapshot(dir, (container, json) => {
    const table = tables.get(container);
    if (!table) return; // a container this version no longer has
    const item = JSON.parse(json) as Record<string, unknown>;
    table.load(String(item[table.partitionField]), String(item.id), json, item);
  });
  let lastSeq = snapshot?.lastSeq ?? 0;
  const firstLog = snapshot?.firstLog ?? 1;

  const generations: number[] = [];
  for (const name of await readdir(dir)) {
    const generation = logGeneration(name);
    if (generation === undefined) continue;
    if (generation < firstLog) await rm(inside(dir, name), { force: true });
    else generations.push(generation);
  }
  generations.sort((a, b) => a - b);
  // A store without a snapshot has never compacted, so its log starts at generation 1. A later first log
  // means a snapshot was written and has since gone: opening would show only the changes after it.
  if (!snapshot && generations.length && generations[0]! > 1) {
    const missing = inside(dir, SNAPSHOT_FILE);
    throw new Error(
      `The embedded store's snapshot ${missing} is missing, but ${inside(dir, logFileName(generations[0]!))} continues from one, so the data folder was not opened. ${RESTORE(missing)}`,
    );
  }

  let replayed = 0;
  for (const [index, generation] of generations.entries()) {
    const file = inside(dir, logFileName(generation));
    const { records, validBytes, totalBytes } = await readLog(file);
    if (validBytes < totalBytes) {
      if (index !== generations.length - 1) {
        throw new Error(`The embedded store's log ${file} is damaged at byte ${validBytes}; restore from a backup or an export`);
      }
      await cutTornTail(file, validBytes);
    }
    for (const record of records) {
      if (record.seq <= lastSeq) continue; // already in the snapshot
      // Writes are numbered without gaps; a gap is a lost log file or record, and replaying past it would
      // put later changes on top of a state that never was.
      if (record.seq !== lastSeq + 1) {
        throw new Error(
          `The embedded store's log ${file} continues at write ${record.seq}, but the snapshot and earlier logs end at write ${lastSeq}: a log file or part of one is missing, so the data folder was not opened. Restore the folder from a backup, or move it aside and load an export into a new one (npm run data:import -- FILE).`,
        );
      }
      apply(tables, record);
      lastSeq = record.seq;
      replayed++;
    }
  }
  await syncFolder(dir);
  return {
    lastSeq,
    generation: generations.at(-1) ?? firstLog,
    snapshotBytes: snapshot?.bytes ?? 0,
    replayed,
  };
}

function apply(tables: Map<string, MemoryTable>, record: LogRecord): void {
  const table = tables.get(record.container);
  if (!table) return;
  if (record.op === 'del') {
    table.remove(record.partitionKey, record.id);
    return;
  }
  const item = JSON.parse(record.json) as Record<string, unknown>;
  table.load(String(item[table.partitionField]), String(item.id), record.json, item);
}

/**
 * The records of one log file and how many leading bytes hold whole, intact records.
 * Only a tail can be torn: an intact record after a broken one means damage, not a crash.
 */
async function readLog(file: string): Promise<{ records: LogRecord[]; validBytes: number; totalBytes: number }> {
  const buffer = await readFile(file);
  const records: LogRecord[] = [];
  let start = 0;
  let validBytes = 0;
  let broken = false;
  while (start < buffer.length) {
    const newline = buffer.indexOf(0x0a, start);
    if (newline < 0) break; // an unfinished last line
    const record = decodeLogRecord(buffer.toString('utf8', start, newline));
    if (!record) broken = true;
    else if (broken) throw new Error(`The embedded store's log ${file} is damaged before byte ${start}; restore from a backup or an export`);
    else {
      records.push(record);
      validBytes = newline + 1;
    }
    start = newline + 1;
  }
  return { records, validBytes, totalBytes: buffer.length };
}

async function cutTornTail(file: string, length: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
