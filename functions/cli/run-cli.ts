/**
 * What the store CLIs share: configuration, an open store that is always closed again, and errors
 * printed as one readable message (with each bad field) and exit code 1 instead of a stack trace.
 */
import { loadConfig, type Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';

export async function runWithStore(task: (store: Store, config: Config) => Promise<string>): Promise<void> {
  try {
    const config = loadConfig();
    const store = await openStore(config);
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

export function describeCounts(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => n)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
}
