/**
 * Two Function App instances share one Cosmos DB but each keeps its own question catalogue. The stated
 * bound: a change written through one instance shows in the other's answers once that catalogue is older
 * than its maximum age (60 s), when it is rebuilt in the background. Two store objects over the same data
 * stand for the two instances (the catalogue is kept per store object).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { getCatalogue, noteChange } from '../../functions/query/catalogue.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from '../digest/support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(async () => {
  vi.useRealTimers();
  await cleanup?.();
});

it('shows another instance’s write within the catalogue’s maximum age, and at once on the writing instance', async () => {
  const instanceA = store;
  const instanceB = new Proxy(store, {}) as Store;
  await getCatalogue(instanceA);
  await getCatalogue(instanceB);

  const [template] = await store.kpis.findAll();
  const { _etag, ...kpi } = template!;
  void _etag;
  const added = await store.kpis.create({ ...kpi, id: `${kpi.id}-instance-test` });
  noteChange(instanceA, { type: 'kpi', item: added });

  expect((await getCatalogue(instanceA)).kpis.has(added.id)).toBe(true);
  expect((await getCatalogue(instanceB)).kpis.has(added.id)).toBe(false);

  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 61_000);
  await expect.poll(async () => (await getCatalogue(instanceB)).kpis.has(added.id), { timeout: 10_000 }).toBe(true);
});
