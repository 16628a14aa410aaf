/**
 * What a handler needs at run time — configuration and an open, seeded store — created once per
 * process on first use. The Functions host has no start-up hook we control, so the first request pays
 * for opening the store; later ones share it. Tests and the local host hand in their own.
 */
import { loadConfig, type Config } from './config.js';
import type { SeedUpdate } from './store/seed.js';
import type { Store } from './store/store.js';

export interface Runtime {
  config: Config;
  store: Store;
}

let current: Promise<Runtime> | undefined;

export function runtime(): Promise<Runtime> {
  current ??= boot().catch((error: unknown) => {
    // Let the next request try again (e.g. Cosmos was briefly unreachable) instead of caching the failure.
    current = undefined;
    throw error;
  });
  return current;
}

function boot(): Promise<Runtime> {
  return openRuntime(loadConfig());
}

/** Opens the configured store and seeds it as seedAtStart says (the local host calls this itself). */
export async function openRuntime(config: Config, seeded?: (update: SeedUpdate | undefined) => void): Promise<Runtime> {
  // Loaded here, not at the top: a process handed its runtime (tests) never needs them.
  const [{ openStore }, { seedAtStart }] = await Promise.all([import('./store/index.js'), import('./store/seed.js')]);
  const store = await openStore(config);
  try {
    const update = await seedAtStart(store);
    seeded?.(update);
  } catch (error) {
    await store.close();
    throw error;
  }
  return { config, store };
}

/** Use this runtime from now on (tests, the local host, which opens the store itself). */
export function useRuntime(value: Runtime): void {
  current = Promise.resolve(value);
}

/** Forget the runtime without closing it; whoever opened the store closes it. */
export function resetRuntime(): void {
  current = undefined;
}
