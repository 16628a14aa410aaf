/** A seeded embedded store in a temporary folder, for one test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { seed } from '../../../functions/store/seed.js';
import type { Store } from '../../../functions/store/store.js';

export async function seededStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'digest-seeded-'));
  const store = await openEmbeddedStore({ dir });
  await seed(store);
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
