/** A fresh embedded store in a temporary folder, removed again by `dispose`. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export async function tempStore(): Promise<{ store: Store; dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-store-'));
  const store = await openEmbeddedStore({ dir });
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of a fixture folder to edit, e.g. to break it. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-fixture-'));
  await cp(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}
