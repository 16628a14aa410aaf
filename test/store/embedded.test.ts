/** The store contract against the embedded adapter, each opening in a fresh temporary folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { storeContract } from './contract.js';

storeContract('embedded', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-contract-'));
  const store = await openEmbeddedStore({ dir });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
