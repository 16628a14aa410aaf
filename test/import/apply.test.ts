/**
 * applyPlan on a small hand-made store (the seeded store is all-or-nothing's and apply-messages'): what a
 * write failing for another reason than a conflict does, and the undo when parts of it fail too — which
 * writes it names, in what order (newest first, as it undoes), and which audit entries stay to tell.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../functions/domain/errors.js';
import type { Actor } from '../../functions/domain/model.js';
import { applyPlan } from '../../functions/import/apply.js';
import type { Cell } from '../../functions/import/cells.js';
import { planImport } from '../../functions/import/plan.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { loadFixtures } from '../functions/fixtures.js';

let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-apply-'));
  store = await openEmbeddedStore({ dir });
  await loadFixtures(store);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const UNGE = 'viborg.unge.fuldtidspersoner';
const ACTOR: Actor = { id: 'u-7', kind: 'user' };
const AT = '2026-11-22T10:00:00.000Z';
const id = (period: string) => `${UNGE}~viborg~actual~${period}`;

/** A plan of three new figures (2017-10, -11, -12) and one changed (2017-09, stored as 1869). */
async function fourFigures() {
  const rows: Cell[][] = [['kpi', 'period', 'value'], [UNGE, '2017-10', 1], [UNGE, '2017-11', 2], [UNGE, '2017-12', 3], [UNGE, '2017-09', 4]];
  const plan = await planImport(store, { format: 'csv', rows, notes: [] }, { fileName: 'tal.csv' });
  expect([plan.new.length, plan.changed.length]).toEqual([3, 1]);
  return plan;
}

type Figures = Store['figures'];
type Audit = Store['audit'];

/** The store with some `figures` and `audit` methods replaced, the rest the real store's. */
function withFailures(figures: Partial<Pick<Figures, 'create' | 'replace' | 'delete'>>, audit: Partial<Pick<Audit, 'delete'>> = {}): Store {
  const wrap = <T extends object>(target: T, methods: object) => new Proxy(target, { get: (t, p, r) => (p in methods ? (methods as Record<string | symbol, unknown>)[p] : Reflect.get(t, p, r)) });
  return { ...store, figures: wrap(store.figures, figures), audit: wrap(store.audit, audit) } as Store;
}

const everything = async () => ({ figures: (await store.figures.findAll({ partitionKey: UNGE })).map(unstored), audit: (await store.audit.findAll()).map(unstored) });

describe('applying a plan', () => {
  it('writes each figure with a completed audit entry, and says how many', async () => {
    expect(await applyPlan(store, await fourFigures(), ACTOR, AT)).toEqual({ written: 4, auditEntries: 4 });
    const entries = await store.audit.findAll();
    expect(entries.map((e) => e.entityId).sort()).toEqual([id('2017-09'), id('2017-10'), id('2017-11'), id('2017-12')]);
    expect(entries.every((e) => !('state' in e))).toBe(true);
  });

  it('writes each audit entry pending before its figure, with the before-image exactly for a changed one', async () => {
    const plan = await fourFigures();
    const states: (string | undefined)[] = [];
    const audit = new Proxy(store.audit, { get: (t, p, r) => (p === 'create' ? async (item: Parameters<Audit['create']>[0]) => (states.push(item.state), t.create(item)) : Reflect.get(t, p, r)) });
    await applyPlan({ ...store, audit } as Store, plan, ACTOR, AT);
    expect(states).toEqual(['pending', 'pending', 'pending', 'pending']);
    const [changed] = await store.audit.findAll({ partitionKey: id('2017-09') });
    expect(changed!.before).toEqual(unstored(plan.changed[0]!.before!));
    const [created] = await store.audit.findAll({ partitionKey: id('2017-10') });
    expect(created).not.toHaveProperty('before');
  });

  it('names the row of a figure somebody added since the check', async () => {
    const plan = await fourFigures();
    await store.figures.create({ ...plan.new[0]!.figure, updatedAt: AT, updatedBy: ACTOR });
    const error = await applyPlan(store, plan, ACTOR, AT).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`Somebody added row 2 (${id('2017-10')}) after the file was checked; nothing was imported. Run the import again to see the current figures.`);
    // In a wide file, its column too.
    const wide = await planImport(store, { format: 'csv', rows: [['kpi', 'org', '2017M11'], [UNGE, 'viborg', 7]], notes: [] }, { fileName: 'wide.csv' });
    await store.figures.create({ ...wide.new[0]!.figure, updatedAt: AT, updatedBy: ACTOR });
    const inWide = await applyPlan(store, wide, ACTOR, AT).catch((e: unknown) => e);
    expect((inWide as Error).message).toBe(`Somebody added row 2, column 2017M11 (${id('2017-11')}) after the file was checked; nothing was imported. Run the import again to see the current figures.`);
  });

  it('names the row of a figure somebody changed since the check', async () => {
    const plan = await fourFigures();
    const before = plan.changed[0]!.before!;
    await store.figures.replace({ ...unstored(before), value: 5 }, before._etag);
    const error = await applyPlan(store, plan, ACTOR, AT).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`Somebody changed row 5 (${id('2017-09')}) after the file was checked; nothing was imported. Run the import again to see the current figures.`);
  });

  it('a write failing for another reason than a conflict is passed on as it is, and the rest undone', async () => {
    const plan = await fourFigures();
    const before = await everything();
    const outage = new Error('Service unavailable');
    const error = await applyPlan(withFailures({ replace: async () => Promise.reject(outage) }), plan, ACTOR, AT).catch((e: unknown) => e);
    expect(error).toBe(outage);
    expect(await everything()).toEqual(before);
  });
});

describe('an undo that fails in part', () => {
  it('names every write it could not undo, newest first, and keeps exactly their audit entries', async () => {
    const plan = await fourFigures();
    const before = await everything();
    let creates = 0;
    const broken = withFailures({
      // The fourth write (the changed figure) fails; of the three created, the undo cannot delete two.
      replace: async (item, ifMatch) => (ifMatch === plan.changed[0]!.before!._etag ? Promise.reject(new Error('outage')) : store.figures.replace(item, ifMatch)),
      create: async (item) => (creates++, store.figures.create(item)),
      delete: async (figureId, partitionKey, ifMatch) => (figureId === id('2017-11') ? store.figures.delete(figureId, partitionKey, ifMatch) : Promise.reject(new Error('locked'))),
    });
    const error = await applyPlan(broken, plan, ACTOR, AT).catch((e: unknown) => e);
    expect(creates).toBe(3);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 500, title: 'Import partly undone' });
    expect((error as Error).message).toBe(
      `The import failed (outage) and 2 write(s) could not be undone: ${id('2017-12')}: locked; ${id('2017-10')}: locked. Their audit entries (action "import", ${AT}) name them.`,
    );
    const after = await everything();
    expect(after.figures.map((f) => f.id).sort()).toEqual([...before.figures.map((f) => f.id), id('2017-10'), id('2017-12')].sort());
    // The entries of the two figures left stay; the other two (one undone, one never written) are taken back.
    expect(after.audit.map((e) => e.entityId).sort()).toEqual([id('2017-10'), id('2017-12')]);
  });

  it('names audit entries it could not take back, newest first', async () => {
    const plan = await fourFigures();
    const broken = withFailures({ replace: async () => Promise.reject(new Error('outage')) }, { delete: async () => Promise.reject(new Error('audit down')) });
    const error = await applyPlan(broken, plan, ACTOR, AT).catch((e: unknown) => e);
    const entries = await store.audit.findAll();
    const byFigure = new Map(entries.map((e) => [e.entityId, e.id]));
    expect((error as Error).message).toBe(
      `The import failed (outage) and 4 write(s) could not be undone: ${[id('2017-09'), id('2017-12'), id('2017-11'), id('2017-10')].map((f) => `audit entry ${byFigure.get(f)}: audit down`).join('; ')}. Their audit entries (action "import", ${AT}) name them.`,
    );
    // Every figure was undone all the same.
    expect((await store.figures.findAll({ partitionKey: UNGE })).map((f) => f.id).sort()).not.toContain(id('2017-10'));
  });

  it('a figure changed again since this import wrote it is left as it is now, and named', async () => {
    const plan = await fourFigures();
    const broken = withFailures({
      create: async (item) => {
        const written = await store.figures.create(item);
        // Somebody corrects 2017-11 right after the import wrote it.
        if (written.id === id('2017-11')) return { ...written, ...(await store.figures.replace({ ...unstored(written), value: 22 }, written._etag)), _etag: written._etag };
        return written;
      },
      replace: async (item, ifMatch) => (ifMatch === plan.changed[0]!.before!._etag ? Promise.reject(new Error('outage')) : store.figures.replace(item, ifMatch)),
    });
    const error = await applyPlan(broken, plan, ACTOR, AT).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(new RegExp(`could not be undone: ${id('2017-11').replace(/[.~]/g, '\\$&')}: `));
    expect((await store.figures.get(id('2017-11'), UNGE))?.value).toBe(22);
  });
});
