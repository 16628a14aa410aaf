/**
 * Cosmos-specific behaviour of the store adapter against the in-process test server: what the shared
 * contract suite cannot see (query text, system properties, container setup, token binding).
 */
import { randomUUID } from 'node:crypto';
import { CosmosClient, ErrorResponse, type Container } from '@azure/cosmos';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '../../functions/domain/errors.js';
import { figureId, OrganisationSchema, type Figure, type Organisation } from '../../functions/domain/model.js';
import { containerNames } from '../../functions/store/containers.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { mapCosmosError } from '../../functions/store/cosmos/cosmos-errors.js';
import { CosmosRepo } from '../../functions/store/cosmos/cosmos-repo.js';
import { buildQuery } from '../../functions/store/cosmos/query.js';
import type { Store } from '../../functions/store/store.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';

const INJECTION = "x' OR 1=1 --";

let server: CosmosTestServer;
let store: Store;
let database: string;

beforeAll(async () => {
  server = await startCosmosServer();
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  database = `t-${randomUUID()}`;
  store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database, testServer: true });
});
afterEach(async () => {
  await store.close();
});

function org(id: string, name = `Org ${id}`): Organisation {
  return { id, name, kind: 'municipality', aliases: [] };
}

function figure(kpiId: string, period: string, value: number): Figure {
  const input = { kpiId, orgId: 'viborg', kind: 'actual' as const, period, value };
  return {
    ...input,
    id: figureId(input),
    source: { document: 'viborg.pdf', locator: 'tabel 1' },
    updatedAt: '2024-01-01T00:00:00Z',
    updatedBy: { id: 'test', kind: 'system' },
  };
}

function rawClient() {
  return new CosmosClient({
    endpoint: server.endpoint,
    key: server.key,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

describe('opening', () => {
  it('creates the database and every container, and opens an existing one again', async () => {
    const client = rawClient();
    const { resources } = await client.database(database).containers.readAll().fetchAll();
    expect(resources.map((c) => [c.id, c.partitionKey?.paths])).toEqual(
      expect.arrayContaining([
        ['figures', ['/kpiId']],
        ['organisations', ['/id']],
        ['subscriptions', ['/conversationId']],
      ]),
    );
    expect(resources).toHaveLength(containerNames.length);
    await store.organisations.create(org('viborg'));
    const again = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database, testServer: true });
    expect((await again.organisations.get('viborg', 'viborg'))?.name).toBe('Org viborg');
    await again.close();
    client.dispose();
  });

  it('refuses a container partitioned by another key', async () => {
    const client = rawClient();
    const other = `t-${randomUUID()}`;
    const { database: db } = await client.databases.createIfNotExists({ id: other });
    await db.containers.createIfNotExists({ id: 'figures', partitionKey: { paths: ['/orgId'] } });
    await expect(
      openCosmosStore({ endpoint: server.endpoint, key: server.key, database: other, testServer: true }),
    ).rejects.toThrow(/"figures" is partitioned by \/orgId, but Målbot needs \/kpiId/);
    client.dispose();
  });
});

describe('items', () => {
  it('returns the ETag but none of the other system properties', async () => {
    const created = await store.organisations.create(org('viborg'));
    const read = await store.organisations.get('viborg', 'viborg');
    for (const item of [created, read!]) {
      expect(item._etag).toEqual(expect.any(String));
      expect(Object.keys(item).filter((k) => k.startsWith('_'))).toEqual(['_etag']);
    }
    expect(read).toEqual(created);
  });

  it('validates before writing and writes nothing when invalid', async () => {
    const bad = { ...org('viborg'), kind: 'city' } as unknown as Organisation;
    const error = await store.organisations.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((e) => e.field)).toEqual(['kind']);
    expect(await store.organisations.get('viborg', 'viborg')).toBeUndefined();
  });

  it('drops a stale _etag passed in with the item instead of storing it', async () => {
    const created = await store.organisations.create(org('viborg'));
    const replaced = await store.organisations.replace({ ...created, name: 'Viborg' }, created._etag);
    expect(replaced._etag).not.toBe(created._etag);
    expect(replaced.name).toBe('Viborg');
  });

  it('refuses ids Cosmos DB cannot store as a validation error on the id', async () => {
    const error = await store.subscriptions
      .create({
        id: 'a/b',
        conversationId: 'c1',
        caseIds: [],
        weekday: 1,
        time: '08:00',
        timeZone: 'Europe/Copenhagen',
        language: 'da',
        active: true,
        createdBy: { id: 'u1' },
        createdAt: '2024-01-01T00:00:00Z',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]?.field).toBe('id');
    expect(await store.subscriptions.get('a/b', 'c1')).toBeUndefined();
  });

  it('reads an item only in its own partition', async () => {
    await store.figures.create(figure('k1', '2018', 1));
    const id = figureId({ kpiId: 'k1', orgId: 'viborg', kind: 'actual', period: '2018' });
    expect((await store.figures.get(id, 'k1'))?.value).toBe(1);
    expect(await store.figures.get(id, 'k2')).toBeUndefined();
  });
});

describe('optimistic concurrency', () => {
  it('lets exactly one of two writers holding the same ETag win', async () => {
    const created = await store.organisations.create(org('viborg'));
    const results = await Promise.allSettled([
      store.organisations.replace({ ...created, name: 'A' }, created._etag),
      store.organisations.replace({ ...created, name: 'B' }, created._etag),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(PreconditionFailedError);
    const winner = (won[0] as PromiseFulfilledResult<{ name: string }>).value.name;
    expect((await store.organisations.get('viborg', 'viborg'))?.name).toBe(winner);
  });

  it('maps a stale replace to 412, a missing one to 404, and never overwrites', async () => {
    const created = await store.organisations.create(org('viborg'));
    await store.organisations.replace({ ...created, name: 'First' }, created._etag);
    await expect(store.organisations.replace({ ...created, name: 'Stale' }, created._etag)).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    await expect(store.organisations.replace({ ...created, name: 'Blind' }, '')).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    expect((await store.organisations.get('viborg', 'viborg'))?.name).toBe('First');
    await expect(store.organisations.replace(org('aarhus'), created._etag)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.organisations.get('aarhus', 'aarhus')).toBeUndefined();
  });

  it('maps a duplicate create to 409 and keeps the first item', async () => {
    await store.organisations.create(org('viborg', 'First'));
    await expect(store.organisations.create(org('viborg', 'Second'))).rejects.toBeInstanceOf(ConflictError);
    expect((await store.organisations.get('viborg', 'viborg'))?.name).toBe('First');
  });

  it('deletes only with the current ETag, and 404s when the item is gone', async () => {
    const created = await store.organisations.create(org('viborg'));
    const updated = await store.organisations.replace({ ...created, name: 'New' }, created._etag);
    await expect(store.organisations.delete('viborg', 'viborg', created._etag)).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    expect(await store.organisations.get('viborg', 'viborg')).toBeDefined();
    await store.organisations.delete('viborg', 'viborg', updated._etag);
    expect(await store.organisations.get('viborg', 'viborg')).toBeUndefined();
    await expect(store.organisations.delete('viborg', 'viborg')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('upserts without a precondition', async () => {
    const created = await store.organisations.create(org('viborg'));
    await store.organisations.replace({ ...created, name: 'Edited' }, created._etag);
    const upserted = await store.organisations.upsert(org('viborg', 'Imported'));
    expect(upserted.name).toBe('Imported');
    expect((await store.organisations.get('viborg', 'viborg'))?._etag).toBe(upserted._etag);
  });
});

describe('error mapping', () => {
  const ref = { container: 'cases', id: 'x' };
  const cosmosError = (code: number) => Object.assign(new ErrorResponse('boom'), { code });

  it.each([
    [404, NotFoundError],
    [409, ConflictError],
    [412, PreconditionFailedError],
  ])('maps %i', (code, type) => {
    expect(mapCosmosError(cosmosError(code), ref)).toBeInstanceOf(type);
  });

  it('passes anything else through unchanged', () => {
    for (const error of [cosmosError(401), cosmosError(429), cosmosError(500), new TypeError('x')]) {
      expect(mapCosmosError(error, ref)).toBe(error);
    }
  });
});

describe('paging', () => {
  beforeEach(async () => {
    // 25 figures over three KPIs (partitions), created out of id order.
    const periods = Array.from({ length: 25 }, (_, i) => String(2000 + ((i * 7) % 25)));
    for (const [i, period] of periods.entries()) await store.figures.create(figure(`k${i % 3}`, period, i));
  });

  it('walks pages in ascending id order with continuation tokens, the last page without one', async () => {
    const pages: string[][] = [];
    let continuation: string | undefined;
    do {
      const page = await store.figures.find({ limit: 10, ...(continuation ? { continuation } : {}) });
      pages.push(page.items.map((f) => f.id));
      continuation = page.continuation;
    } while (continuation);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    const ids = pages.flat();
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual((await store.figures.findAll()).map((f) => f.id));
    expect(new Set(ids).size).toBe(25);
  });

  it('keeps a partition-scoped query inside its partition across pages', async () => {
    const first = await store.figures.find({ partitionKey: 'k1', limit: 3 });
    const second = await store.figures.find({ partitionKey: 'k1', limit: 3, continuation: first.continuation! });
    const all = await store.figures.findAll({ partitionKey: 'k1' });
    expect(all).toHaveLength(8);
    expect(all.every((f) => f.kpiId === 'k1')).toBe(true);
    expect([...first.items, ...second.items].map((f) => f.id)).toEqual(all.slice(0, 6).map((f) => f.id));
  });

  it('combines equality filters', async () => {
    const found = await store.figures.findAll({ where: { kpiId: 'k2', period: '2014' } });
    expect(found.map((f) => [f.kpiId, f.period])).toEqual([['k2', '2014']]);
  });

  it('refuses a continuation token from another query or a forged one', async () => {
    const page = await store.figures.find({ limit: 5 });
    await expect(
      store.figures.find({ partitionKey: 'k1', limit: 5, continuation: page.continuation! }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(store.figures.find({ limit: 5, continuation: 'not-a-token' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('follows a token past an empty page instead of returning it', async () => {
    // The real service may end a page early on its time or RU budget; the test server never does.
    const responses = [
      { resources: [], hasMoreResults: true, continuationToken: 't1' },
      { resources: [{ ...org('viborg'), _etag: 'e', _rid: 'r', _ts: 1 }], hasMoreResults: false },
    ];
    const tokens: unknown[] = [];
    const container = {
      items: {
        query: (_spec: unknown, options: { continuationToken?: string }) => {
          tokens.push(options.continuationToken);
          return { fetchNext: async () => responses.shift() };
        },
      },
    } as unknown as Container;
    const repo = new CosmosRepo(container, { name: 'organisations', schema: OrganisationSchema, partitionKey: 'id' });
    const page = await repo.find();
    expect(page).toEqual({ items: [{ ...org('viborg'), _etag: 'e' }] });
    expect(tokens).toEqual([undefined, 't1']);
  });

  it('caps the page size at 1000 and defaults to 100', async () => {
    for (let i = 0; i < 110; i += 1) await store.organisations.create(org(`o${String(i).padStart(3, '0')}`));
    expect((await store.organisations.find()).items).toHaveLength(100);
    expect((await store.organisations.find({ limit: 5000 })).items).toHaveLength(110);
  });
});

describe('parameterisation', () => {
  it('sends values only as parameters', () => {
    const plan = buildQuery('cases', 'orgId', new Set(['orgId', 'title', 'published']), {
      partitionKey: INJECTION,
      where: { title: `"; DROP ${INJECTION}`, published: true },
    });
    expect(plan.spec.query).toBe(
      'SELECT * FROM c WHERE c["orgId"] = @p0 AND c["title"] = @p1 AND c["published"] = @p2 ORDER BY c.id',
    );
    expect(plan.spec.parameters).toEqual([
      { name: '@p0', value: INJECTION },
      { name: '@p1', value: `"; DROP ${INJECTION}` },
      { name: '@p2', value: true },
    ]);
    expect(plan.partitionKey).toBe(INJECTION);
  });

  it('filters on properties whose names are reserved words', async () => {
    await store.figures.create(figure('k1', '2018', 1));
    await store.figures.create(figure('k1', '2019', 2));
    expect((await store.figures.findAll({ where: { value: 2, kind: 'actual' } })).map((f) => f.period)).toEqual(['2019']);
  });

  it('treats a filter on the partition key property as a single-partition query', () => {
    const plan = buildQuery('figures', 'kpiId', new Set(['kpiId']), { where: { kpiId: 'k1' } });
    expect(plan.partitionKey).toBe('k1');
  });

  it('stores, finds and deletes an id made of SQL as data', async () => {
    await store.organisations.create(org('viborg'));
    const created = await store.conversations.create({
      id: INJECTION,
      reference: { note: INJECTION },
      scope: 'personal',
      addedAt: '2024-01-01T00:00:00Z',
      active: true,
    });
    expect((await store.conversations.get(INJECTION, INJECTION))?.reference).toEqual({ note: INJECTION });
    expect((await store.conversations.findAll({ where: { id: INJECTION } })).map((c) => c.id)).toEqual([INJECTION]);
    await store.conversations.delete(INJECTION, INJECTION, created._etag);
    expect(await store.conversations.findAll()).toEqual([]);
    expect(await store.organisations.findAll()).toHaveLength(1);
  });

  it('matches a filter value containing SQL only literally', async () => {
    await store.organisations.create(org('viborg', 'Viborg'));
    await store.organisations.create(org('aarhus', INJECTION));
    expect(await store.organisations.findAll({ where: { name: "' OR 1=1 --" } })).toEqual([]);
    expect((await store.organisations.findAll({ where: { name: INJECTION } })).map((o) => o.id)).toEqual(['aarhus']);
    expect(await store.organisations.findAll({ partitionKey: "viborg' OR 1=1 --" })).toEqual([]);
  });

  it('refuses a filter on a property the item does not have', async () => {
    const where = { 'id = c.id OR 1': 'x' } as unknown as { id: string };
    await expect(store.organisations.findAll({ where })).rejects.toBeInstanceOf(ValidationError);
  });
});
