/**
 * THE store contract: the behaviour every Store adapter must show. Each adapter's test file calls
 * storeContract with a way to open a fresh, empty store. One store serves the whole suite (a Cosmos
 * database per test would be slow), so every test writes under its own ids and partitions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerNames, type ContainerName, type EntityOf } from '../../functions/store/containers.js';
import { reserve } from '../../functions/store/reservations.js';
import { unstored, type Repo, type Store } from '../../functions/store/store.js';
import { changed, partitionProperty, sample } from './sample-items.js';

export function storeContract(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let counter = 0;
    /** A fresh slug: each adapter's store is new and empty, so a counter keeps ids and partitions apart. */
    const fresh = (prefix: string) => `${prefix}-${++counter}`;

    beforeAll(async () => {
      ({ store, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup?.();
    });

    /** An item of container c with a fresh id, in partition pk (or its own partition where pk is the id). */
    function item<C extends ContainerName>(c: C, pk: string = fresh('p'), id: string = fresh('i')): EntityOf<C> {
      return sample[c](id, partitionProperty[c] === 'id' ? id : pk) as EntityOf<C>;
    }

    const pkOf = (c: ContainerName, i: object) => (i as Record<string, string>)[partitionProperty[c]]!;

    describe('CRUD on every container', () => {
      for (const c of containerNames) {
        it(`${c}: create, get, replace, delete`, async () => {
          // A loop over every container only knows the union of their types; one loose type serves.
          const r = store[c] as unknown as Repo<AnyItem>;
          const original = item(c) as AnyItem;
          const pk = pkOf(c, original);

          const created = await r.create(original);
          expect(unstored(created)).toEqual(original);
          expect(typeof created._etag).toBe('string');
          expect(created._etag.length).toBeGreaterThan(0);

          const got = await r.get(original.id, pk);
          expect(got).toEqual(created);

          const edited = (changed[c] as unknown as (i: AnyItem) => AnyItem)(original);
          const replaced = await r.replace(edited, created._etag);
          expect(unstored(replaced)).toEqual(edited);
          expect(replaced._etag).not.toBe(created._etag);
          expect(await r.get(original.id, pk)).toEqual(replaced);

          await r.delete(original.id, pk, replaced._etag);
          expect(await r.get(original.id, pk)).toBeUndefined();
        });
      }

      it('the partition key is the property containers.ts names', async () => {
        const kpiId = fresh('kpi');
        const figure = item('figures', kpiId);
        await store.figures.create(figure);
        expect(await store.figures.get(figure.id, kpiId)).toBeDefined();
        expect(await store.figures.get(figure.id, figure.orgId)).toBeUndefined();
      });

      it('applies schema defaults on write', async () => {
        const { aliases: _omitted, ...org } = item('organisations');
        void _omitted;
        const created = await store.organisations.create(org as EntityOf<'organisations'>);
        expect(created.aliases).toEqual([]);
        expect((await store.organisations.get(org.id, org.id))?.aliases).toEqual([]);
      });

      it('upsert creates, then overwrites with a new ETag every time', async () => {
        const kpi = item('kpis');
        const first = await store.kpis.upsert(kpi);
        const second = await store.kpis.upsert(kpi);
        const third = await store.kpis.upsert({ ...kpi, unit: 'persons' });
        expect(new Set([first._etag, second._etag, third._etag]).size).toBe(3);
        expect((await store.kpis.get(kpi.id, kpi.orgId))?.unit).toBe('persons');
      });

      it('delete without an ETag removes the item unconditionally', async () => {
        const goal = item('goals');
        await store.goals.create(goal);
        await store.goals.replace({ ...goal, target: 1 }, (await store.goals.get(goal.id, goal.orgId))!._etag);
        await store.goals.delete(goal.id, goal.orgId);
        expect(await store.goals.get(goal.id, goal.orgId)).toBeUndefined();
      });

      it('the same id in two partitions is two items', async () => {
        const id = fresh('shared');
        const a = item('figures', fresh('kpi-a'), id);
        const b = { ...item('figures', fresh('kpi-b'), id), value: 7 };
        await store.figures.create(a);
        await store.figures.create(b);
        expect((await store.figures.get(id, a.kpiId))?.value).toBe(a.value);
        expect((await store.figures.get(id, b.kpiId))?.value).toBe(7);
        await store.figures.delete(id, a.kpiId);
        expect((await store.figures.get(id, b.kpiId))?.value).toBe(7);
      });
    });

    describe('errors', () => {
      it('409 when creating an id that exists, and the existing item is kept', async () => {
        const c = item('cases');
        const created = await store.cases.create(c);
        await expect(store.cases.create({ ...c, title: 'Another' })).rejects.toMatchObject({ status: 409 });
        expect(await store.cases.get(c.id, c.orgId)).toEqual(created);
      });

      it('412 on replace with a stale ETag, and the newer version is kept', async () => {
        const f = item('figures');
        const v1 = await store.figures.create(f);
        const v2 = await store.figures.replace({ ...f, value: 2 }, v1._etag);
        await expect(store.figures.replace({ ...f, value: 3 }, v1._etag)).rejects.toMatchObject({ status: 412 });
        expect(await store.figures.get(f.id, f.kpiId)).toEqual(v2);
      });

      it('412 on delete with a stale ETag, and the item stays', async () => {
        const f = item('figures');
        const v1 = await store.figures.create(f);
        const v2 = await store.figures.replace({ ...f, value: 2 }, v1._etag);
        await expect(store.figures.delete(f.id, f.kpiId, v1._etag)).rejects.toMatchObject({ status: 412 });
        expect(await store.figures.get(f.id, f.kpiId)).toEqual(v2);
      });

      it('404 on replace or delete of a missing item; get of a missing item is undefined', async () => {
        const p = item('proposals');
        await expect(store.proposals.replace(p, '"no-such-etag"')).rejects.toMatchObject({ status: 404 });
        await expect(store.proposals.delete(p.id, p.orgId)).rejects.toMatchObject({ status: 404 });
        await expect(store.proposals.delete(p.id, p.orgId, '"no-such-etag"')).rejects.toMatchObject({ status: 404 });
        expect(await store.proposals.get(p.id, p.orgId)).toBeUndefined();
        expect(await store.proposals.replace(p, '"x"').catch(() => 'rejected')).toBe('rejected');
        expect(await store.proposals.get(p.id, p.orgId)).toBeUndefined();
      });

      it('404 after delete, for replace and delete alike', async () => {
        const s = item('subscriptions');
        const created = await store.subscriptions.create(s);
        await store.subscriptions.delete(s.id, s.conversationId, created._etag);
        await expect(store.subscriptions.replace(s, created._etag)).rejects.toMatchObject({ status: 404 });
        await expect(store.subscriptions.delete(s.id, s.conversationId)).rejects.toMatchObject({ status: 404 });
      });

      it('an invalid item is rejected with 400 naming the field, and nothing is written', async () => {
        const kpiId = fresh('kpi');
        const bad = { ...item('figures', kpiId), value: 'many' } as unknown as EntityOf<'figures'>;
        const error = await store.figures.create(bad).catch((e: unknown) => e);
        expect(error).toMatchObject({ status: 400 });
        expect(JSON.stringify((error as { errors: unknown }).errors)).toContain('value');
        await expect(store.figures.upsert(bad)).rejects.toMatchObject({ status: 400 });
        expect(await store.figures.get(bad.id, kpiId)).toBeUndefined();
        expect((await store.figures.find({ partitionKey: kpiId })).items).toEqual([]);
      });

      it('an invalid replacement is rejected and the stored item is unchanged', async () => {
        const g = item('goals');
        const v1 = await store.goals.create(g);
        const bad = { ...g, level: 'top' } as unknown as EntityOf<'goals'>;
        await expect(store.goals.replace(bad, v1._etag)).rejects.toMatchObject({ status: 400 });
        expect(await store.goals.get(g.id, g.orgId)).toEqual(v1);
      });

      it('an item missing its partition property is rejected', async () => {
        const { orgId: _gone, ...kpi } = item('kpis');
        void _gone;
        await expect(store.kpis.create(kpi as EntityOf<'kpis'>)).rejects.toMatchObject({ status: 400 });
      });
    });

    describe('find', () => {
      /** Figures in two KPIs (partitions), inserted out of id order. */
      async function figureSet() {
        const org = fresh('org');
        const kpiA = fresh('kpi-a');
        const kpiB = fresh('kpi-b');
        const rows = [
          { id: 'f-05', kpiId: kpiA, kind: 'actual', value: 5 },
          { id: 'f-01', kpiId: kpiA, kind: 'target', value: 1 },
          { id: 'f-03', kpiId: kpiB, kind: 'actual', value: 3 },
          { id: 'f-04', kpiId: kpiA, kind: 'actual', value: 4 },
          { id: 'f-02', kpiId: kpiB, kind: 'budget', value: 2 },
          { id: 'f-06', kpiId: kpiB, kind: 'actual', value: 6 },
          { id: 'f-00', kpiId: kpiA, kind: 'actual', value: 0 },
        ] as const;
        for (const row of rows) await store.figures.create({ ...item('figures', row.kpiId, row.id), ...row, orgId: org });
        return { org, kpiA, kpiB };
      }

      const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

      it('with a partition key returns only that partition, in ascending id order', async () => {
        const { kpiA, kpiB } = await figureSet();
        expect(ids((await store.figures.find({ partitionKey: kpiA })).items)).toEqual(['f-00', 'f-01', 'f-04', 'f-05']);
        expect(ids(await store.figures.findAll({ partitionKey: kpiB }))).toEqual(['f-02', 'f-03', 'f-06']);
      });

      it('filters with where, within a partition and across partitions', async () => {
        const { org, kpiA } = await figureSet();
        expect(ids(await store.figures.findAll({ partitionKey: kpiA, where: { kind: 'actual' } }))).toEqual(['f-00', 'f-04', 'f-05']);
        const across = await store.figures.findAll({ where: { orgId: org, kind: 'actual' } });
        expect(ids(across)).toEqual(['f-00', 'f-03', 'f-04', 'f-05', 'f-06']);
        expect(across.every((f) => f.orgId === org && f.kind === 'actual')).toBe(true);
        expect(await store.figures.findAll({ where: { orgId: org, value: 2 } })).toHaveLength(1);
        expect(await store.figures.findAll({ where: { orgId: org, kind: 'potential' } })).toEqual([]);
      });

      it('a where on the partition property behaves like the partition key', async () => {
        const { kpiB } = await figureSet();
        expect(ids(await store.figures.findAll({ where: { kpiId: kpiB } }))).toEqual(['f-02', 'f-03', 'f-06']);
      });

      it('an unknown partition is an empty page', async () => {
        const page = await store.figures.find({ partitionKey: fresh('nothing-here') });
        expect(page.items).toEqual([]);
        expect(page.continuation).toBeUndefined();
      });

      it('pages with limit and continuation, within a partition', async () => {
        const { kpiA } = await figureSet();
        const first = await store.figures.find({ partitionKey: kpiA, limit: 3 });
        expect(ids(first.items)).toEqual(['f-00', 'f-01', 'f-04']);
        expect(first.continuation).toBeTruthy();
        const all = await walk((continuation) => store.figures.find({ partitionKey: kpiA, limit: 3, continuation }), 3);
        expect(ids(all)).toEqual(['f-00', 'f-01', 'f-04', 'f-05']);
      });

      it('pages with limit and continuation, across partitions with a filter', async () => {
        const { org } = await figureSet();
        const all = await walk((continuation) => store.figures.find({ where: { orgId: org }, limit: 2, continuation }), 2);
        expect(ids(all)).toEqual(['f-00', 'f-01', 'f-02', 'f-03', 'f-04', 'f-05', 'f-06']);
      });

      it('page size 1 walks every item exactly once', async () => {
        const { kpiB } = await figureSet();
        const all = await walk((continuation) => store.figures.find({ partitionKey: kpiB, limit: 1, continuation }), 1);
        expect(ids(all)).toEqual(['f-02', 'f-03', 'f-06']);
      });

      it('caps a page at 1000 items, while findAll returns every item', async () => {
        const kpiId = fresh('kpi');
        const ids = Array.from({ length: 1005 }, (_, n) => `f-${String(n).padStart(4, '0')}`);
        for (let n = 0; n < ids.length; n += 50) {
          await Promise.all(ids.slice(n, n + 50).map((id) => store.figures.create(item('figures', kpiId, id))));
        }
        const first = await store.figures.find({ partitionKey: kpiId, limit: 5000 });
        expect(first.items.length).toBeLessThanOrEqual(1000);
        expect(first.continuation).toBeTruthy();
        const all = await store.figures.findAll({ partitionKey: kpiId });
        expect(all.map((f) => f.id)).toEqual(ids);
      });

      it('orders ids by their characters, not by insertion or number', async () => {
        const orgId = fresh('org');
        for (const id of ['b', 'a-10', 'a-2', 'a', 'c.1', 'a-1']) await store.cases.create(item('cases', orgId, id));
        expect(ids(await store.cases.findAll({ partitionKey: orgId }))).toEqual(['a', 'a-1', 'a-10', 'a-2', 'b', 'c.1']);
      });
    });

    describe('concurrency and isolation', () => {
      it('of concurrent replaces with the same ETag exactly one wins', async () => {
        const f = item('figures');
        const v1 = await store.figures.create(f);
        const attempts = await Promise.allSettled(
          Array.from({ length: 5 }, (_, n) => store.figures.replace({ ...f, value: 100 + n }, v1._etag)),
        );
        const won = attempts.filter((a) => a.status === 'fulfilled');
        const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((a) => (a.reason as { status?: number }).status === 412)).toBe(true);
        const winner = (won[0] as PromiseFulfilledResult<{ value: number }>).value;
        expect((await store.figures.get(f.id, f.kpiId))?.value).toBe(winner.value);
      });

      it('of concurrent creates of one id exactly one wins', async () => {
        const c = item('cases');
        const attempts = await Promise.allSettled([store.cases.create(c), store.cases.create(c), store.cases.create(c)]);
        expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      });

      it('a reservation is taken by exactly one of many concurrent holders; the holder retrying keeps it', async () => {
        const scope = fresh('org');
        const id = `proposal-number:${scope}:qq12`;
        const holders = Array.from({ length: 8 }, (_, n) => `${scope}.forslag-${n}`);
        const outcomes = await Promise.all(holders.map((h) => reserve(store, scope, id, h, '2026-11-30T12:00:00.000Z')));
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        const winner = holders[outcomes.indexOf(true)]!;
        expect((await store.reservations.get(id, scope))?.holder).toBe(winner);
        // A retried submit of the winner finds its own reservation; every other holder is still refused.
        expect(await reserve(store, scope, id, winner, '2026-11-30T12:00:05.000Z')).toBe(true);
        expect(await reserve(store, scope, id, holders.find((h) => h !== winner)!, '2026-11-30T12:00:05.000Z')).toBe(false);
        expect((await store.reservations.findAll({ partitionKey: scope })).map((r) => r.holder)).toEqual([winner]);
      });

      it('a written item returned is the caller\'s copy: mutating it does not change the store', async () => {
        const c = item('cases');
        const created = await store.cases.create(c);
        created.title = 'changed by the caller';
        created.aliases.push('leaked');
        const got = (await store.cases.get(c.id, c.orgId))!;
        expect(got.title).toBe(c.title);
        expect(got.aliases).toEqual(c.aliases);
      });

      it('items read are frozen all the way down, so no reader can change what another reads', async () => {
        const c = item('cases');
        await store.cases.create(c);
        const got = (await store.cases.get(c.id, c.orgId))!;
        const [found] = (await store.cases.find({ partitionKey: c.orgId })).items;
        const [all] = await store.cases.findAll({ partitionKey: c.orgId });
        for (const read of [got, found!, all!]) {
          expect(() => ((read as { title: string }).title = 'changed')).toThrow(TypeError);
          expect(() => (read.aliases as string[]).push('leaked')).toThrow(TypeError);
        }
        expect((await store.cases.get(c.id, c.orgId))?.title).toBe(c.title);
        const k = item('kpis');
        await store.kpis.create(k);
        const kpi = (await store.kpis.get(k.id, k.orgId))!;
        expect(() => ((kpi.name as { da: string }).da = 'ændret')).toThrow(TypeError);
        expect((await store.kpis.get(k.id, k.orgId))?.name.da).toBe(k.name.da);
      });

      it('a write replaces the item: a reader keeps the version it read, the next read sees the new one', async () => {
        const c = item('cases');
        await store.cases.create(c);
        const before = (await store.cases.get(c.id, c.orgId))!;
        await store.cases.replace({ ...unstored(before), title: 'ny titel' }, before._etag);
        expect(before.title).toBe(c.title);
        expect((await store.cases.get(c.id, c.orgId))?.title).toBe('ny titel');
        expect((await store.cases.findAll({ partitionKey: c.orgId }))[0]?.title).toBe('ny titel');
      });

      it('the input object is not kept either', async () => {
        const p = item('proposals');
        await store.proposals.create(p);
        p.economy[0]!.benefitSaving = -1;
        expect((await store.proposals.get(p.id, p.orgId))?.economy[0]?.benefitSaving).toBe(1200);
      });
    });
  });
}

type AnyItem = { id: string } & Record<string, unknown>;

/** Every item of a paged query, following continuations; checks no page exceeds its limit. */
async function walk<T>(page: (continuation?: string) => Promise<{ items: T[]; continuation?: string }>, limit: number): Promise<T[]> {
  const all: T[] = [];
  let continuation: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const result = await page(continuation);
    expect(result.items.length).toBeLessThanOrEqual(limit);
    all.push(...result.items);
    continuation = result.continuation;
    if (!continuation) return all;
  }
  throw new Error('paging did not end');
}
