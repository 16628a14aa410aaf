/**
 * The snapshot: the whole store as of one log sequence number, one item per line.
 * Written to a temporary file, fsynced, renamed over the old one and the folder fsynced, so at every
 * instant the folder holds either the old snapshot or the new one, never a partial file.
 */
import { createReadStream } from 'node:fs';
import { open, rename, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { SNAPSHOT_FILE, SNAPSHOT_TEMP_FILE, inside, syncFolder } from './files.js';

const FORMAT = 'maalbot-embedded-snapshot';
const VERSION = 1;
const CHUNK = 1 << 20;

export interface SnapshotHeader {
  /** Every log record up to this sequence number is in the snapshot. */
  lastSeq: number;
  /** Log files of earlier generations are wholly in the snapshot. */
  firstLog: number;
}

/** Captured tables: container name → partitions → item JSON texts. */
export type Capture = Array<{ container: string; partitions: string[][] }>;

export async function writeSnapshot(dir: string, header: SnapshotHeader, capture: Capture): Promise<number> {
  const temp = inside(dir, SNAPSHOT_TEMP_FILE);
  const handle = await open(temp, 'w');
  let count = 0;
  try {
    let chunk = `${JSON.stringify({ format: FORMAT, version: VERSION, ...header })}\n`;
    for (const { container, partitions } of capture) {
      for (const partition of partitions) {
        for (const json of partition) {
          chunk += `${container}\t${json}\n`;
          count++;
          if (chunk.length >= CHUNK) {
            await handle.write(chunk);
            chunk = '';
          }
        }
      }
    }
    chunk += `${JSON.stringify({ end: true, count })}\n`;
    await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, inside(dir, SNAPSHOT_FILE));
  await syncFolder(dir);
  return (await stat(inside(dir, SNAPSHOT_FILE))).size;
}

/**
 * Streams the snapshot's items to `onItem`; returns its header, or undefined when there is no snapshot.
 * A snapshot without its closing line was damaged outside this program: refuse it loudly.
 */
export async function readSnapshot(
  dir: string,
  onItem: (container: string, json: string) => void,
): Promise<(SnapshotHeader & { bytes: number }) | undefined> {
  const file = inside(dir, SNAPSHOT_FILE);
  let bytes: number;
  try {
    bytes = (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK }), crlfDelay: Infinity });
  type Header = SnapshotHeader & { format?: string; version?: number };
  let header: Header | undefined;
  let end: { count: number } | undefined;
  let count = 0;
  for await (const line of lines) {
    if (!header) {
      header = parseLine(file, line, 'the header is not JSON') as Header | undefined;
      if (header?.format !== FORMAT || header.version !== VERSION) throw damaged(file, 'unknown header');
      continue;
    }
    if (end) throw damaged(file, 'lines after the end marker');
    const tab = line.indexOf('\t');
    if (tab < 0) {
      end = parseLine(file, line, 'the end marker is not JSON') as { count: number } | undefined;
      continue;
    }
    try {
      onItem(line.slice(0, tab), line.slice(tab + 1));
    } catch (error) {
      // A line cut off inside its item (a full disk, an interrupted copy): JSON.parse alone would not say where.
      throw damaged(file, `item ${count + 1}: ${(error as Error).message}`);
    }
    count++;
  }
  if (!header || !end || end.count !== count) throw damaged(file, 'it is incomplete');
  return { lastSeq: header.lastSeq, firstLog: header.firstLog, bytes };
}

function parseLine(file: string, line: string, why: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw damaged(file, why);
  }
}

function damaged(file: string, why: string): Error {
  return new Error(`The embedded store's snapshot ${file} is damaged (${why}), so the data folder was not opened. ${RESTORE(file)}`);
}

/** What to do when the snapshot cannot be used; said the same way wherever that is found out. */
export const RESTORE = (file: string) =>
  `Put a good copy of ${file} back from a backup, or move the data folder aside and load an export into a new one (npm run data:import -- FILE).`;
