import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../../functions/domain/errors.js';
import type { Figure } from '../../functions/domain/model.js';
import { applyPlan, planImport, readSheet } from '../../functions/import/index.js';
import type { Store } from '../../functions/store/store.js';
import { AT, IMPORTER, KIK, run, seededStore, snapshot } from './support.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await seededStore()));
afterEach(() => dispose());

/** 40 new figures (more than one write batch) and 2 changed ones. */
function bigFile(): string {
  const lines = ['kpi;kind;period;value'];
  for (let m = 1; m <= 40; m++) lines.push(`${KIK}.borgere;actual;${2019 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')};${1000 + m}`);
  lines.push(`${KIK}.selvforsoergende;actual;2018-08-31;999`, `${KIK}.kontant-og-uddannelseshjaelpsmodtagere;actual;2018-08-31;111`);
  return lines.join('\n');
}

/** The store, except that the nth figure write (create or replace) fails like an outage would. */
function failingAt(n: number): Store {
  let writes = 0;
  const fail = () => {
    if (++writes === n) throw new Error('Service unavailable (injected)');
  };
  const figures = new Proxy(store.figures, {
    get(target, prop, receiver) {
      if (prop === 'create' || prop === 'replace') {
        return async (...args: unknown[]) => {
          fail();
          return (Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  return new Proxy(store, { get: (target, prop, receiver) => (prop === 'figures' ? figures : Reflect.get(target, prop, receiver)) });
}

describe('an import is all or nothing', () => {
  it.each([1, 20, 33, 42])('a write failing at number %i leaves the store exactly as it was', async (n) => {
    const before = await snapshot(store);
    const error = await run(failingAt(n), bigFile()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/injected/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('a failing audit write undoes the figures too', async () => {
    const before = await snapshot(store);
    let audits = 0;
    const auditFails = new Proxy(store.audit, {
      get: (t, p, r) => (p === 'create' ? async (item: never) => (++audits === 5 ? Promise.reject(new Error('audit down (injected)')) : t.create(item)) : Reflect.get(t, p, r)),
    });
    const broken = new Proxy(store, { get: (t, p, r) => (p === 'audit' ? auditFails : Reflect.get(t, p, r)) });
    await expect(run(broken, bigFile())).rejects.toThrow(/audit down/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('the same file without the failure imports all 42 figures', async () => {
    const { plan, written } = await run(store, bigFile());
    expect(written).toBe(true);
    expect([plan.new.length, plan.changed.length]).toEqual([40, 2]);
    expect(await store.audit.findAll({ partitionKey: plan.changed[0]!.figure.id })).toHaveLength(1);
  });
});

describe('concurrent edits', () => {
  it('a figure changed between the check and the write stops the import, and nothing of it remains', async () => {
    const sheet = await readSheet(new TextEncoder().encode(bigFile()), 'big.csv');
    const plan = await planImport(store, sheet, { fileName: 'big.csv' });
    // Somebody corrects the figure through the API meanwhile.
    const target = plan.changed[1]!.before!;
    const theirs: Figure = { ...target, value: 980, updatedBy: { id: 'other', kind: 'user' } };
    delete (theirs as Partial<typeof target>)._etag;
    await store.figures.replace(theirs, target._etag);
    const before = await snapshot(store);

    const error = await applyPlan(store, plan, IMPORTER, AT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as Error).message).toMatch(/Somebody changed row 43/);
    expect(await snapshot(store)).toEqual(before);
    expect((await store.figures.get(target.id, target.kpiId))?.value).toBe(980);
  });

  it('two imports of the same new figures at once: exactly one writes them, with one audit entry per figure', async () => {
    const file = `kpi;kind;period;value\n${KIK}.borgere;actual;2019-01;1001\n${KIK}.borgere;actual;2019-02;1002\n`;
    const results = await Promise.allSettled([run(store, file), run(store, file)]);
    // The other either planned before the first wrote (and is refused, 409) or after (and finds them unchanged).
    const written = results.filter((r) => r.status === 'fulfilled' && r.value.plan.new.length === 2);
    expect(written).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect((r.reason as { status?: number }).status).toBe(409);
      else if (r !== written[0]) expect(r.value.plan.unchanged).toHaveLength(2);
    }
    const figures = (await store.figures.findAll({ partitionKey: `${KIK}.borgere` })).filter((f) => f.period.startsWith('2019'));
    expect(figures.map((f) => f.value)).toEqual([1001, 1002]);
    for (const f of figures) expect(await store.audit.findAll({ partitionKey: f.id })).toHaveLength(1);
  });
});
