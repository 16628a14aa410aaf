/**
 * Injection strings through every filter of every list route, against both store adapters (the Cosmos
 * adapter on the in-process Cosmos stand-in, and the embedded store): they match nothing and never cause
 * a 5xx. The list routes and their filters are read from the described endpoints, so a new list route
 * is covered without touching this file. The stores are then probed directly, below the HTTP validation.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedEndpoints } from '../../functions/http/endpoint.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { containerNames } from '../../functions/store/containers.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { loadFixtures } from '../functions/fixtures.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { startSecureApi, type SecureApi } from './support/secure-api.js';

const INJECTIONS = ["' OR 1=1 --", '"; DROP', '{"$ne":null}', 'c.id) OR (1=1'];

/** GET routes without path parameters that take a query: every list route, with its filter names. */
function listFilters(): [string, string][] {
  return describedEndpoints()
    .filter((e) => !e.route.includes('{') && e.operations.GET?.query)
    .flatMap((e) => Object.keys(e.operations.GET!.query!.shape).filter((name) => name !== 'limit').map((name) => [e.route, name] as [string, string]));
}

let cosmos: CosmosTestServer;
let embeddedDir: string;
const stores: Record<'cosmos' | 'embedded', Store> = {} as never;

beforeAll(async () => {
  cosmos = await startCosmosServer();
  stores.cosmos = await openCosmosStore({ endpoint: cosmos.endpoint, key: cosmos.key, database: `injection-${randomUUID()}`, testServer: true });
  embeddedDir = await mkdtemp(path.join(tmpdir(), 'maalbot-injection-'));
  stores.embedded = await openEmbeddedStore({ dir: embeddedDir });
  for (const store of Object.values(stores)) await loadFixtures(store);
}, 60_000);

afterAll(async () => {
  for (const store of Object.values(stores)) await store.close();
  await cosmos.stop();
  await rm(embeddedDir, { recursive: true, force: true });
});

describe.each(['cosmos', 'embedded'] as const)('the %s store', (kind) => {
  let api: SecureApi;
  beforeAll(async () => {
    api = await startSecureApi({ store: stores[kind] });
  });
  afterAll(() => api.close());

  it('has list routes with filters to probe (cases, KPIs, goals among them)', () => {
    const routes = new Set(listFilters().map(([route]) => route));
    expect([...routes]).toEqual(expect.arrayContaining(['cases', 'kpis', 'goals', 'orgs']));
  });

  it('answers every filter of every list route with no match and no 5xx', async () => {
    const failures: string[] = [];
    for (const [route, filter] of listFilters()) {
      for (const value of INJECTIONS) {
        const url = `/api/${route}?${new URLSearchParams({ [filter]: value })}`;
        const res = await api.call('GET', url);
        const matched = res.status === 200 ? (res.body.items as unknown[]).length : 0;
        // 400 (the filter's own validation) and 200 with nothing are both fine; anything else is not.
        if (res.status >= 500 || (res.status !== 200 && res.status !== 400) || matched > 0) failures.push(`${url} → ${res.status}, ${matched} items`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds nothing when the strings reach the store directly, as partition key or equality filter', async () => {
    const store = stores[kind];
    for (const name of containerNames) {
      for (const value of INJECTIONS) {
        expect(await store[name].findAll({ partitionKey: value }), `${name} partition ${value}`).toEqual([]);
        expect(await store[name].findAll({ where: { id: value } as never }), `${name} id ${value}`).toEqual([]);
        expect(await store[name].get(value, value), `${name} get ${value}`).toBeUndefined();
      }
    }
    // …and the data is all still there.
    expect(await store.cases.findAll()).toHaveLength(3);
  });
});
