/**
 * Fault: Cosmos DB answering 429 (with x-ms-retry-after-ms) and 503. A proxy in front of the in-process
 * Cosmos test server refuses every third data request (alternating 429 and 503) before it reaches the
 * server; the store's operations must still succeed, and each write must have been carried out once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureId, type Figure } from '../../functions/domain/model.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import type { Store } from '../../functions/store/store.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';

let server: CosmosTestServer;
let proxy: FaultProxy;
let store: Store;
let refusing = false;

beforeAll(async () => {
  server = await startCosmosServer();
  proxy = await startFaultProxy(server.endpoint, {
    fault: ({ n }) => (!refusing || n % 3 !== 0 ? undefined : n % 2 ? 429 : 503),
  });
  store = await openCosmosStore({ endpoint: proxy.url, key: server.key, database: `faults-${randomUUID()}`, testServer: true });
});
afterAll(async () => {
  await store?.close();
  await proxy?.stop();
  await server?.stop();
});

const figure = (i: number, value: number): Figure => {
  const base = { kpiId: `kpi-${i % 4}`, orgId: 'aabenraa', kind: 'actual' as const, period: `2018-${String((i % 12) + 1).padStart(2, '0')}` };
  return {
    ...base,
    id: `${figureId(base)}-${i}`,
    value,
    source: { document: 'faults', locator: 'generated' },
    updatedAt: '2026-11-23T09:00:00.000Z',
    updatedBy: { id: 'faults', kind: 'system' },
  };
};

describe('fault: Cosmos DB answering 429 and 503', () => {
  it('creates, reads, replaces, upserts, queries and deletes through them, each write carried out once', async () => {
    refusing = true;
    const created = await Promise.all(Array.from({ length: 24 }, (_, i) => store.figures.create(figure(i, i))));
    const read = await Promise.all(created.map((f) => store.figures.get(f.id, f.kpiId)));
    expect(read.map((f) => f?.value)).toEqual(created.map((f) => f.value));
    const replaced = await Promise.all(created.slice(0, 12).map((f) => store.figures.replace({ ...figure(Number(f.id.split('-').pop()), 100 + f.value) }, f._etag)));
    await Promise.all(created.slice(12, 18).map((f) => store.figures.upsert(figure(Number(f.id.split('-').pop()), 200 + f.value))));
    await Promise.all(created.slice(18).map((f) => store.figures.delete(f.id, f.kpiId, f._etag)));
    const all = await store.figures.findAll();
    const page = await store.figures.find({ partitionKey: 'kpi-1', limit: 2 });
    refusing = false;

    expect(proxy.injected[429]).toBeGreaterThan(0);
    expect(proxy.injected[503]).toBeGreaterThan(0);
    expect(replaced.map((f) => f.value)).toEqual(created.slice(0, 12).map((f) => 100 + f.value));
    expect(all.map((f) => f.value).sort((a, b) => a - b)).toEqual([...created.slice(0, 12).map((f) => 100 + f.value), ...created.slice(12, 18).map((f) => 200 + f.value)].sort((a, b) => a - b));
    expect(page.items.length).toBeGreaterThan(0);
    // Nothing written twice: every create, replace, upsert and delete reached the server exactly once.
    expect([...proxy.applied].filter(([, count]) => count !== 1)).toEqual([]);
    expect([...proxy.applied.keys()].filter((k) => k.startsWith('POST')).length).toBe(24);
    expect([...proxy.applied.keys()].filter((k) => k.startsWith('UPSERT')).length).toBe(6);
    expect([...proxy.applied.keys()].filter((k) => k.startsWith('PUT')).length).toBe(12);
    expect([...proxy.applied.keys()].filter((k) => k.startsWith('DELETE')).length).toBe(6);
  }, 60_000);
});
