/**
 * host.json in the embedded store's data folder: the address of the local host (`npm start`) that holds
 * the folder. The store admits one process per folder, so a command-line tool started beside the host
 * reads this to use the host's HTTP API instead of failing on the lock (functions/cli/beside-host.ts).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILE = 'host.json';

export interface HostFile {
  /** The host's address, e.g. http://127.0.0.1:3978 (the API is under /api). */
  url: string;
  pid: number;
}

/** Writes host.json; the returned function removes it again (when the host stops). */
export async function announceHost(dataDir: string, url: string): Promise<() => Promise<void>> {
  const file = path.join(path.resolve(dataDir), FILE);
  await writeFile(file, JSON.stringify({ url, pid: process.pid } satisfies HostFile));
  return () => rm(file, { force: true });
}

export async function readHostFile(dataDir: string): Promise<HostFile | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path.join(path.resolve(dataDir), FILE), 'utf8')) as Partial<HostFile>;
    return typeof parsed.url === 'string' && typeof parsed.pid === 'number' ? { url: parsed.url, pid: parsed.pid } : undefined;
  } catch {
    return undefined;
  }
}
