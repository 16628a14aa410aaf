/** A seeded embedded store in a temp folder, and the sample files, for the import tests. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportOutcome } from '../../functions/import/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { containerNames } from '../../functions/store/containers.js';
import { unstored, type Repo, type Store } from '../../functions/store/store.js';
import type { Actor } from '../../functions/domain/model.js';

export const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../functions/import/samples');
export const sample = (name: string) => readFile(path.join(samples, name));

export const IMPORTER: Actor = { id: 'u-7', name: 'Mette Økonomi', kind: 'user' };
export const AT = '2026-11-22T10:00:00.000Z';

export async function seededStore(options: { seeded?: boolean } = {}): Promise<{ store: Store; dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-import-'));
  const store = await openEmbeddedStore({ dir });
  if (options.seeded !== false) await seed(store);
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function run(store: Store, text: string | Uint8Array, options: { fileName?: string; dryRun?: boolean; org?: string } = {}): Promise<ImportOutcome> {
  return importFile(store, {
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    fileName: options.fileName ?? 'figures.csv',
    dryRun: options.dryRun ?? false,
    ...(options.org ? { org: options.org } : {}),
    actor: IMPORTER,
    at: AT,
    mayChange: () => true,
  });
}

/** Every item of every container without ETags: "nothing changed" means this stays equal. */
export async function snapshot(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const c of containerNames) out[c] = (await (store[c] as Repo<{ id: string }>).findAll()).map((i) => unstored(i));
  return out;
}

export const KIK = 'aabenraa.kik-ii';
