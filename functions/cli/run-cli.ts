/**
 * What the store CLIs share: configuration, an open store that is always closed again, and errors
 * printed as one readable message (with each bad field) and exit code 1 instead of a stack trace.
 * Beside a running `npm start` (the data folder locked) a command goes through the host's API when it
 * has `viaHost`, reads a copy of the folder when it is `readOnly`, and otherwise says what to do.
 */
import { loadConfig, type Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import { openStore } from '../store/index.js';
import { FolderLockedError } from '../store/embedded/folder-lock.js';
import type { Store } from '../store/store.js';
import { openCopy, runningHost } from './beside-host.js';

export interface CliOptions {
  /** Does the same through the running host's HTTP API (its address, e.g. http://127.0.0.1:3978). */
  viaHost?: (url: string, config: Config) => Promise<string>;
  /** Writes nothing: beside a running host it reads a copy of the data folder. */
  readOnly?: boolean;
  /** Beside a running host, what to do instead, e.g. "stop it (Ctrl-C in its terminal) and run this again". */
  whatToDo?: string;
}

export async function runWithStore(task: (store: Store, config: Config) => Promise<string>, options: CliOptions = {}): Promise<void> {
  try {
    const config = loadConfig();
    const store = await openStore(config).catch((error: unknown) => besideHost(error, config, options));
    if (typeof store === 'string') {
      console.log(store);
      return;
    }
    try {
      console.log(await task(store, config));
    } finally {
      await store.close();
    }
  } catch (error) {
    console.error(`Error: ${(error as Error).message}`);
    if (error instanceof AppError && error.errors.length > 20) console.error(`(${error.errors.length} problems in all)`);
    process.exitCode = 1;
  }
}

/** The data folder is locked: the host's answer, a copy of the store, or a one-line error saying what to do. */
async function besideHost(error: unknown, config: Config, options: CliOptions): Promise<Store | string> {
  if (!(error instanceof FolderLockedError)) throw error;
  const url = await runningHost(config.dataDir);
  if (!url) throw error;
  if (options.viaHost) return options.viaHost(url, config);
  if (options.readOnly) {
    console.error(`(Målbot is running at ${url}: this reads a copy of its data folder.)`);
    return openCopy(config.dataDir);
  }
  throw new Error(`Målbot is running at ${url} on this data folder; ${options.whatToDo ?? 'stop it (Ctrl-C in its terminal) and run this again'}, or set DATA_DIR to another folder.`);
}

export function describeCounts(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
}
