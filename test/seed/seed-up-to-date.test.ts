/**
 * Start-up seeding of a store in use (seedUpToDate): seed items added to the files since are added, items
 * still as an older seed wrote them are updated, items an older seed wrote that the files no longer have are
 * removed, what people created, changed or deleted stays, the seed's writes are in the audit trail, and a run
 * killed half-way (between an audit entry and its write) converges on the rerun. On both store adapters.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { figureId, type Actor } from '../../functions/domain/model.js';
import { createAudited, recordAudit, replaceAudited, settleAuditEntries } from '../../functions/store/audit.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { containerNames } from '../../functions/store/containers.js';
import { loadSeedEntities, seed, seedUpToDate } from '../../functions/store/seed.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { fixtures, tempStore } from '../store/store-fixture.js';

const current = { dir: path.join(fixtures, 'seed-small') };
const kpi = 'a-by.strategy.on-benefits';
const person: Actor = { id: 'u-manager', kind: 'user' };
const at = '2026-11-30T12:00:00.000Z';
const actualId = figureId({ kpiId: kpi, orgId: 'a-by', kind: 'actual', period: '2018-08-31' });
const targetId = figureId({ kpiId: kpi, orgId: 'a-by', kind: 'target', period: '2019-01-31' });
const clusterId = figureId({ kpiId: kpi, orgId: 'klynge-a', kind: 'actual', period: '2018-08-31' });

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

let server: Promise<CosmosTestServer> | undefined;
afterAll(async () => {
  if (server) await (await server).stop();
});

const adapters: Record<string, () => Promise<Store>> = {
  embedded: async () => {
    const { store, dispose } = await tempStore();
    cleanups.push(dispose);
    return store;
  },
  cosmos: async () => {
    server ??= startCosmosServer();
    const { endpoint, key } = await server;
    const database = `seed-${randomUUID()}`;
    const store = await openCosmosStore({ endpoint, key, database, testServer: true });
    cleanups.push(async () => {
      await store.close();
      const client = new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
      await client.database(database).delete();
      client.dispose();
    });
    return store;
  },
};

/** The seed files as an earlier version had them: the actual figure had another value, the cluster figure and the goal were not there yet. */
async function olderSeed(): Promise<{ dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-old-seed-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(current.dir, dir, { recursive: true });
  const file = path.join(dir, 'a-town-2018.json');
  const json = JSON.parse(await readFile(file, 'utf8'));
  json.figures[0].value = 1800;
  json.figures = json.figures.filter((f: { org?: string }) => f.org !== 'klynge-a');
  json.goals = [];
  await writeFile(file, JSON.stringify(json));
  return { dir };
}

const oldKpi = 'a-by.strategy.old-measure';
const droppedId = figureId({ kpiId: kpi, orgId: 'a-by', kind: 'actual', period: '2017-08-31' });
const oldFigureId = figureId({ kpiId: oldKpi, orgId: 'a-by', kind: 'actual', period: '2018-08-31' });

/**
 * The seed files as an earlier version had them, with more than now: a figure the files dropped since, a KPI
 * given another id since (with its figure), and a goal the files dropped.
 */
async function largerOlderSeed(): Promise<{ dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-old-seed-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(current.dir, dir, { recursive: true });
  const file = path.join(dir, 'a-town-2018.json');
  const json = JSON.parse(await readFile(file, 'utf8'));
  json.figures.push({ kpi, kind: 'actual', period: '2017-08-31', value: 1950, locator: 'Table 1' });
  json.kpis.push({ ...json.kpis[0], id: oldKpi, name: { da: 'Gammelt mål', en: 'Old measure' } });
  json.figures.push({ kpi: oldKpi, kind: 'actual', period: '2018-08-31', value: 12, locator: 'Table 3' });
  json.goals.push({ ...json.goals[0], id: 'a-by.strategy.dropped', title: { da: 'Droppet', en: 'Dropped' } });
  await writeFile(file, JSON.stringify(json));
  return { dir };
}

/** The repo with some of its methods replaced (a process dying at that call). */
function replacing<T extends object>(repo: T, methods: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(repo, {
    get: (r, m) => {
      if (m in methods) return methods[m as keyof T];
      const value: unknown = Reflect.get(r, m);
      return typeof value === 'function' ? value.bind(r) : value;
    },
  });
}

async function contents(store: Store, skip: string[] = ['audit']) {
  const all: Record<string, unknown[]> = {};
  for (const c of containerNames.filter((c) => !skip.includes(c))) all[c] = (await store[c].findAll()).map((i) => unstored(i as { _etag: string }));
  return all;
}

for (const [name, open] of Object.entries(adapters)) {
  describe(`seedUpToDate (${name})`, () => {
    it('adds what the seed gained and updates what is still as the older seed wrote it, each write in the audit trail', async () => {
      const store = await open();
      await seed(store, await olderSeed());
      const update = await seedUpToDate(store, current, () => at);
      expect(update).toMatchObject({ added: 2, updated: 1, kept: 0 });
      expect((await store.figures.get(actualId, kpi))?.value).toBe(1869);
      expect((await store.figures.get(clusterId, kpi))?.value).toBe(1500);
      expect(await store.goals.findAll()).toHaveLength(1);
      const trail = await store.audit.findAll({ partitionKey: actualId });
      expect(trail).toEqual([expect.objectContaining({ action: 'update', actor: { id: 'seed', kind: 'system' }, at, before: expect.objectContaining({ value: 1800 }), after: expect.objectContaining({ value: 1869 }) })]);
      expect(trail[0]!.state).toBeUndefined();
      // A store loaded from the current files is what the update reaches.
      const fresh = await open();
      await seed(fresh, current);
      expect(await contents(store)).toEqual(await contents(fresh));
    });

    it('keeps a figure a person edited and never brings back one a person deleted', async () => {
      const store = await open();
      await seed(store, await olderSeed());
      const found = (await store.figures.get(actualId, kpi))!;
      const edited = { ...unstored(found), value: 1750, updatedBy: person, updatedAt: at };
      await replaceAudited(store, store.figures, found, edited, { entityType: 'figure', actor: person, at });
      const target = (await store.figures.get(targetId, kpi))!;
      await recordAudit(store, { entityType: 'figure', entityId: targetId, action: 'delete', actor: person, at, before: target });
      await store.figures.delete(targetId, kpi);

      const update = await seedUpToDate(store, current);
      expect(update).toMatchObject({ added: 2, updated: 0, kept: 2 });
      expect(unstored((await store.figures.get(actualId, kpi))!)).toEqual(edited);
      expect(await store.figures.get(targetId, kpi)).toBeUndefined();
      // And again: nothing more to do, nothing written.
      const before = await contents(store, []);
      expect(await seedUpToDate(store, current)).toMatchObject({ added: 0, updated: 0, kept: 2 });
      expect(await contents(store, [])).toEqual(before);
    });

    it('a run killed half-way converges on the rerun, its unfinished entry settled', async () => {
      const store = await open();
      await seed(store, await olderSeed());
      // The process dies during the first figure it adds: after its audit entry, before the item is written.
      const dying = new Proxy(store, {
        get: (target, p) =>
          p === 'figures'
            ? { ...target.figures, findAll: target.figures.findAll.bind(target.figures), get: target.figures.get.bind(target.figures), create: () => Promise.reject(new Error('killed')), replace: target.figures.replace.bind(target.figures) }
            : Reflect.get(target, p),
      });
      await expect(seedUpToDate(dying as Store, current)).rejects.toThrow('killed');
      await settleAuditEntries(store);
      expect(await seedUpToDate(store, current)).toMatchObject({ kept: 0 });
      const fresh = await open();
      await seed(fresh, current);
      expect(await contents(store)).toEqual(await contents(fresh));
      expect(await store.audit.findAll({ where: { state: 'pending' } })).toEqual([]);
      // Nothing left to do.
      expect(await seedUpToDate(store, current)).toMatchObject({ added: 0, updated: 0, kept: 0 });
    });

    it('removes what an older seed wrote and the files no longer have, each removal audited, and nothing else', async () => {
      const store = await open();
      await seed(store, await largerOlderSeed());
      const update = await seedUpToDate(store, current, () => at);
      // The dropped figure, the re-id'd KPI's figure, the KPI itself (no figure left) and the dropped goal.
      expect(update).toMatchObject({ added: 0, updated: 0, removed: 4, kept: 0 });
      expect(await store.figures.get(droppedId, kpi)).toBeUndefined();
      expect(await store.kpis.get(oldKpi, 'a-by')).toBeUndefined();
      expect(await store.goals.get('a-by.strategy.dropped', 'a-by')).toBeUndefined();
      const trail = await store.audit.findAll({ partitionKey: droppedId });
      expect(trail).toEqual([expect.objectContaining({ entityType: 'figure', action: 'delete', actor: { id: 'seed', kind: 'system' }, at, before: expect.objectContaining({ value: 1950 }) })]);
      expect(trail[0]!.state).toBeUndefined();
      expect(await store.audit.findAll({ partitionKey: 'a-by.strategy.dropped' })).toEqual([expect.objectContaining({ entityType: 'goal', action: 'delete' })]);
      const fresh = await open();
      await seed(fresh, current);
      expect(await contents(store)).toEqual(await contents(fresh));
      expect(await seedUpToDate(store, current)).toMatchObject({ added: 0, updated: 0, removed: 0, kept: 0 });
    });

    it('leaves what people created or edited, and a KPI that still has figures, however the seed changed', async () => {
      const store = await open();
      await seed(store, await largerOlderSeed());
      // A person corrects the figure of the KPI the seed later re-id'd, and enters a figure of their own.
      const found = (await store.figures.get(oldFigureId, oldKpi))!;
      const edited = { ...unstored(found), value: 13, updatedBy: person, updatedAt: at };
      await replaceAudited(store, store.figures, found, edited, { entityType: 'figure', actor: person, at });
      const own = { ...unstored(found), id: figureId({ kpiId: kpi, orgId: 'a-by', kind: 'actual', period: '2016-08-31' }), kpiId: kpi, period: '2016-08-31', value: 2000, updatedBy: person, updatedAt: at };
      await createAudited(store, store.figures, own, kpi, { entityType: 'figure', actor: person, at }, 'duplicate');

      const update = await seedUpToDate(store, current, () => at);
      expect(update).toMatchObject({ removed: 2, kept: 0 });
      expect(unstored((await store.figures.get(oldFigureId, oldKpi))!)).toEqual(edited);
      expect(await store.kpis.get(oldKpi, 'a-by')).toBeDefined();
      expect(unstored((await store.figures.get(own.id, kpi))!)).toEqual(own);
      expect(await store.figures.get(droppedId, kpi)).toBeUndefined();
    });

    it.each([
      ['before the removal', false],
      ['after the removal, before its entry was completed', true],
    ])('a run killed between a removal\'s audit entry and its end (%s) is repaired by the next start', async (_when, removed) => {
      const store = await open();
      await seed(store, await largerOlderSeed());
      // The process dies at the first removal: nothing after that point runs, not even taking the entry back.
      const killed = () => Promise.reject(new Error('killed'));
      const dying = new Proxy(store, {
        get: (target, p) => {
          if (p === 'figures') return replacing(target.figures, { delete: (id: string, pk: string, ifMatch?: string) => (removed ? target.figures.delete(id, pk, ifMatch).then(killed) : killed()) });
          if (p === 'audit') return replacing(target.audit, { delete: killed, replace: killed });
          return Reflect.get(target, p);
        },
      });
      await expect(seedUpToDate(dying as Store, current, () => at)).rejects.toThrow('killed');
      expect(await store.audit.findAll({ where: { state: 'pending' } })).toHaveLength(1);
      // The next start: leftover entries are settled, then the seed is brought up to date.
      expect(await settleAuditEntries(store)).toEqual(removed ? { completed: 1, aborted: 0 } : { completed: 0, aborted: 1 });
      expect(await seedUpToDate(store, current, () => at)).toMatchObject({ removed: removed ? 3 : 4, kept: 0 });
      const fresh = await open();
      await seed(fresh, current);
      expect(await contents(store)).toEqual(await contents(fresh));
      expect(await store.audit.findAll({ where: { state: 'pending' } })).toEqual([]);
    });

    it('never lists the figures whole, only the partitions of the KPIs the seed has or had (a store may hold far more figures than the seed)', async () => {
      const store = await open();
      await seed(store, await olderSeed());
      const listed: string[] = [];
      const figurePartitions: string[] = [];
      const pointReadsOnly = new Proxy(store, {
        get: (target, p) => {
          const value = Reflect.get(target, p);
          if (typeof p !== 'string' || p === 'audit' || !value || typeof value !== 'object' || !('findAll' in value)) return value;
          return new Proxy(value, {
            get: (repo, m) => {
              const f = Reflect.get(repo, m);
              return typeof f === 'function' ? (...args: unknown[]) => {
                const query = args[0] as { partitionKey?: string } | undefined;
                if (m === 'find' || m === 'findAll') {
                  if (p === 'figures' && !query?.partitionKey) return Promise.reject(new Error(`figures.${m} of the whole container`));
                  if (p === 'figures') figurePartitions.push(query!.partitionKey!);
                  else listed.push(`${p}.${m}`);
                }
                return f.apply(repo, args);
              } : f;
            },
          });
        },
      });
      expect(await seedUpToDate(pointReadsOnly as Store, current, () => at)).toMatchObject({ added: 2, updated: 1, kept: 0 });
      // The emptiness check stops at the first container with an item; the catalogue's containers are read whole.
      expect(listed).toEqual(['organisations.find', 'kpis.findAll', 'proposals.findAll', 'goals.findAll', 'cases.findAll']);
      expect(new Set(figurePartitions)).toEqual(new Set((await loadSeedEntities(current)).kpis.map((k) => k.id)));
      expect((await store.figures.get(actualId, kpi))?.value).toBe(1869);
    });

    it('loads an empty store without audit entries', async () => {
      const store = await open();
      const update = await seedUpToDate(store, current);
      expect(update.added).toBe(Object.values(update.counts).reduce((a, b) => a + b, 0));
      expect(await store.audit.findAll()).toEqual([]);
    });
  });
}
