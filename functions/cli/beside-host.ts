/**
 * Command-line tools beside a running `npm start`. The embedded store admits one process per data folder,
 * and the local host holds it while it runs. Then a command the HTTP API offers (ask, import) goes through
 * the host, whose address it leaves in the folder (host.json, functions/local/host-file.ts); a read-only
 * command reads a copy of the folder; any other says in one line what to do.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readHostFile } from '../local/host-file.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import type { Store } from '../store/store.js';

/** The running host's address when host.json names one that answers its health check. */
export async function runningHost(dataDir: string): Promise<string | undefined> {
  const host = await readHostFile(dataDir);
  if (!host) return undefined;
  try {
    const health = await fetch(`${host.url}/api/health`, { signal: AbortSignal.timeout(3_000) });
    return health.ok ? host.url : undefined;
  } catch {
    return undefined;
  }
}

/** What the store's snapshot and log are named (store/embedded/files.ts); the lock and claims stay behind. */
const DATA_FILE = /^(snapshot\.jsonl|log-\d{8}\.jsonl)$/;

/**
 * The store as it is now, opened from a copy of its data folder (removed on close). The host may compact
 * while the files are copied, dropping a log the copy still wanted; a vanished file means copy again.
 */
export async function openCopy(dataDir: string): Promise<Store> {
  for (let attempt = 0; ; attempt++) {
    const copy = await mkdtemp(path.join(tmpdir(), 'maalbot-copy-'));
    try {
      for (const name of (await readdir(dataDir)).filter((n) => DATA_FILE.test(n))) await copyFile(path.join(dataDir, name), path.join(copy, name));
      const store = await openEmbeddedStore({ dir: copy });
      return {
        ...store,
        close: async () => {
          await store.close();
          await rm(copy, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await rm(copy, { recursive: true, force: true });
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 2) throw error;
    }
  }
}

/** JSON from the host's API, or an error naming what it said. */
export async function callHost<T>(url: string, route: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${url}/api/${route}`, init);
  const body = (await response.json().catch(() => undefined)) as (T & { detail?: string; title?: string }) | undefined;
  if (!response.ok) throw new Error(`Målbot at ${url} answered ${response.status}: ${body?.detail ?? body?.title ?? response.statusText}`);
  return body as T;
}
