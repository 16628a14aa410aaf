/**
 * A store holding the seed dataset, loaded by the product's own seeding (functions/store/seed.ts)
 * into an in-memory store, so evaluation runs never touch the local data folder.
 */
import { seedIfEmpty } from '../../../functions/store/seed.js';
import type { Store } from '../../../functions/store/store.js';
import { memoryStore } from './memory-store.js';

export async function seededStore(store: Store = memoryStore()): Promise<Store> {
  await seedIfEmpty(store);
  return store;
}
