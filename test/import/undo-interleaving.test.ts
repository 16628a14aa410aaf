/**
 * Two actors on one figure: an import fails part-way, and before its undo runs somebody corrects a figure
 * the import had already written. The undo must leave that correction alone (its delete and restore carry
 * the ETag the import wrote) and say which write it could not undo, rather than destroy the correction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../functions/domain/errors.js';
import type { Figure } from '../../functions/domain/model.js';
import { unstored, type Stored, type Store } from '../../functions/store/store.js';
import { KIK, run, seededStore } from './support.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await seededStore()));
afterEach(() => dispose());

const FILE = [
  'kpi;kind;period;value',
  `${KIK}.borgere;actual;2019-01;1001`,
  `${KIK}.borgere;actual;2019-02;1002`,
  `${KIK}.selvforsoergende;actual;2018-08-31;999`,
].join('\n');

/**
 * The store as the import sees it: the write of `failing` waits until the other figure writes are done,
 * lets `meanwhile` run (the second actor), then fails like an outage.
 */
function interleaved(failing: (f: Figure) => boolean, others: number, meanwhile: (written: Stored<Figure>[]) => Promise<void>): Store {
  const written: Stored<Figure>[] = [];
  let othersDone: () => void;
  const allOthers = new Promise<void>((resolve) => (othersDone = resolve));
  const figures = new Proxy(store.figures, {
    get(target, prop, receiver) {
      if (prop !== 'create' && prop !== 'replace') return Reflect.get(target, prop, receiver);
      const write = (Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<Stored<Figure>>).bind(target);
      return async (figure: Figure, ...rest: unknown[]) => {
        if (!failing(figure)) {
          const stored = await write(figure, ...rest);
          written.push(stored);
          if (written.length === others) othersDone();
          return stored;
        }
        await allOthers;
        await meanwhile(written);
        throw new Error('Service unavailable (injected)');
      };
    },
  });
  return new Proxy(store, { get: (t, p, r) => (p === 'figures' ? figures : Reflect.get(t, p, r)) });
}

async function correct(figure: Stored<Figure>, value: number): Promise<void> {
  await store.figures.replace({ ...unstored(figure), value, updatedBy: { id: 'u-other', kind: 'user' } }, figure._etag);
}

describe('an import undo against a correction made in between', () => {
  it('keeps the corrections to a figure it created and one it replaced, and names both as not undone', async () => {
    const before = await store.figures.findAll({ partitionKey: `${KIK}.selvforsoergende` });
    const replacedBefore = before.find((f) => f.period === '2018-08-31' && f.kind === 'actual')!;
    const is2019Feb = (f: Figure) => f.period.startsWith('2019-02');
    const broken = interleaved(is2019Feb, 2, async (written) => {
      for (const f of written) await correct(f, f.value + 0.5);
    });

    const error = await run(broken, FILE).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(500);
    expect((error as AppError).message).toMatch(/injected/);
    expect((error as AppError).message).toMatch(/2 write\(s\) could not be undone/);
    const created = (await store.figures.findAll({ partitionKey: `${KIK}.borgere` })).filter((f) => f.period.startsWith('2019'));
    expect(created.map((f) => [f.period, f.value, f.updatedBy.id])).toEqual([[expect.stringMatching(/^2019-01/), 1001.5, 'u-other']]);
    expect((error as AppError).message).toContain(created[0]!.id);
    const replaced = await store.figures.get(replacedBefore.id, replacedBefore.kpiId);
    expect([replaced?.value, replaced?.updatedBy.id]).toEqual([999.5, 'u-other']);
    expect((error as AppError).message).toContain(replacedBefore.id);
    // The import's write did happen before the correction, so its entry stays: the trail shows both, in order.
    for (const f of [created[0]!, replacedBefore]) {
      expect((await store.audit.findAll({ partitionKey: f.id })).filter((a) => a.action === 'import')).toHaveLength(1);
    }
    // The figure the import never wrote has no entry left.
    expect(await store.audit.findAll({ partitionKey: `${KIK}.borgere~aabenraa~actual~2019-02` })).toEqual([]);
  });

  it('still undoes what nobody touched', async () => {
    const replacedBefore = (await store.figures.findAll({ partitionKey: `${KIK}.selvforsoergende` })).find((f) => f.period === '2018-08-31' && f.kind === 'actual')!;
    const broken = interleaved((f) => f.period.startsWith('2019-02'), 2, async (written) => {
      // Only the new 2019-01 figure is corrected; the replaced one is left to the undo.
      await correct(written.find((f) => f.period.startsWith('2019-01'))!, 1);
    });

    const error = await run(broken, FILE).catch((e: unknown) => e);

    expect((error as Error).message).toMatch(/1 write\(s\) could not be undone/);
    expect((await store.figures.get(replacedBefore.id, replacedBefore.kpiId))?.value).toBe(replacedBefore.value);
    expect((await store.figures.get(replacedBefore.id, replacedBefore.kpiId))?.updatedBy).toEqual(replacedBefore.updatedBy);
  });
});
