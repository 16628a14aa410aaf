/** File names inside the data folder and the small fsync helpers every writer needs. */
import { open } from 'node:fs/promises';
import path from 'node:path';

export const SNAPSHOT_FILE = 'snapshot.jsonl';
export const SNAPSHOT_TEMP_FILE = 'snapshot.jsonl.tmp';
const LOG_PATTERN = /^log-(\d{8})\.jsonl$/;

export function logFileName(generation: number): string {
  return `log-${String(generation).padStart(8, '0')}.jsonl`;
}

export function logGeneration(fileName: string): number | undefined {
  const match = LOG_PATTERN.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** A new or renamed file is only durable once its folder entry is: fsync the folder. */
export async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS makes renames durable through its own journal.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function inside(dir: string, name: string): string {
  return path.join(dir, name);
}
