/** The fake Jobindsats with the fixture tables, a seeded store beside it, and a client for both. */
import { createJobindsatsClient, loadMapping, runJobindsats, type JobindsatsClient, type Mapping } from '../../functions/jobindsats/index.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from '../import/support.js';
import { startFakeJobindsats, type FakeJobindsats } from './fake-server.js';
import { fixtureTables } from './fixtures.js';

/** A Wednesday's early-morning run; the next digest is Monday 7 December. */
export const AT = '2026-12-02T04:30:00.000Z';
export interface World {
  fake: FakeJobindsats;
  store: Store;
  mapping: Mapping;
  client: JobindsatsClient;
  /** What the client waited for because of Retry-After. */
  waited: number[];
  run(options?: { dryRun?: boolean; client?: JobindsatsClient }): ReturnType<typeof runJobindsats>;
  dispose(): Promise<void>;
}

export async function world(): Promise<World> {
  const fake = await startFakeJobindsats(fixtureTables());
  const { store, dispose } = await seededStore();
  const mapping = await loadMapping();
  const waited: number[] = [];
  const client = createJobindsatsClient({ token: fake.token, baseUrl: fake.url, timeoutMs: 2000, retries: 2, backoffMs: 5, sleep: async (ms) => void waited.push(ms) });
  return {
    fake,
    store,
    mapping,
    client,
    waited,
    run: (options = {}) => runJobindsats(store, options.client ?? client, mapping, { dryRun: options.dryRun ?? false, at: AT }),
    dispose: async () => {
      await fake.close();
      await dispose();
    },
  };
}
