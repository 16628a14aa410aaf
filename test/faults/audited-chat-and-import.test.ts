/**
 * Fault: a figure entered on the chat update card, or imported from a file, and its audit entry. Before,
 * the figure was written first and its entry after, so a failing entry left the chat figure changed
 * with none, and an import whose undo also failed left figures changed whose entries it had already
 * removed. Now each entry is written first and taken back only with its change: never a figure changed
 * without its entry, never an entry outliving a change that failed.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureId, type Figure } from '../../functions/domain/model.js';
import { updateFigure } from '../../functions/figures/update.js';
import type { ContainerName } from '../../functions/store/containers.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { AT, IMPORTER, KIK, run, seededStore } from '../import/support.js';
import { interceptedStore, type InterceptedStore } from './support/intercepted-store.js';

let inner: Store;
let faults: InterceptedStore;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store: inner, dispose } = await seededStore());
  faults = interceptedStore(inner);
});
afterEach(() => dispose());

const KPI = `${KIK}.borgere`;
const idOf = (period: string) => figureId({ kpiId: KPI, orgId: 'aabenraa', kind: 'actual', period });
const figureOf = (period: string) => inner.figures.get(idOf(period), KPI);
const entriesOf = (period: string) => inner.audit.findAll({ partitionKey: idOf(period) });

/** The nth call (from now) of container.method throws; the calls before it go through. */
function failNth(container: ContainerName, method: 'create' | 'replace' | 'delete', n: number): void {
  let calls = 0;
  const step = () => {
    if (++calls === n) throw new Error(`injected: ${container}.${method} failed`);
    faults.intercept(container, method, step);
  };
  faults.intercept(container, method, step);
}

/** The figures of these periods whose stored version no audit entry shows as its `after`: changed unaudited. */
async function unaudited(periods: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const period of periods) {
    const figure = await figureOf(period);
    if (!figure) continue;
    const entries = await inner.audit.findAll({ partitionKey: figure.id });
    const shown = entries.some((e) => isDeepStrictEqual(e.after, unstored(figure)));
    if (!shown) out.push(figure.id);
  }
  return out;
}

describe('fault: a chat figure update and its audit entry', () => {
  const submit = (period: string) => updateFigure(faults.store, { org: 'aabenraa', kpi: KPI, kind: 'actual', period, value: '17' }, IMPORTER, AT, 'da', () => true);

  it('a figure whose audit entry fails is not written', async () => {
    failNth('audit', 'create', 1);
    await expect(submit('2031-01')).rejects.toThrow(/injected/);
    expect(await figureOf('2031-01')).toBeUndefined();
  });

  it('a figure whose own write fails leaves no audit entry behind', async () => {
    failNth('figures', 'create', 1);
    await expect(submit('2031-02')).rejects.toThrow(/injected/);
    expect(await figureOf('2031-02')).toBeUndefined();
    expect(await entriesOf('2031-02')).toEqual([]);
  });

  it('a figure saved has exactly its one entry', async () => {
    expect((await submit('2031-03')).kind).toBe('saved');
    expect(await entriesOf('2031-03')).toHaveLength(1);
    expect(await unaudited(['2031-03'])).toEqual([]);
  });
});

describe('fault: an import and its audit entries', () => {
  const periods = ['2032-01', '2032-02', '2032-03', '2032-04'];
  const file = ['kpi;kind;period;value', ...periods.map((p, i) => `${KPI};actual;${p};${100 + i}`)].join('\n');
  const state = async () => ({ figures: (await Promise.all(periods.map(figureOf))).filter((f): f is NonNullable<typeof f> => !!f), entries: (await Promise.all(periods.map(entriesOf))).flat() });

  it.each([
    ['an audit entry', 'audit' as const],
    ['a figure write', 'figures' as const],
  ])('when %s fails, nothing is written and no entry is left', async (_name, container) => {
    failNth(container, 'create', 2);
    await expect(run(faults.store, file)).rejects.toThrow(/injected/);
    expect(await state()).toEqual({ figures: [], entries: [] });
  });

  it.each([
    ['an audit entry', 'audit' as const],
    ['a figure write', 'figures' as const],
  ])('when %s fails and an undo fails too, the figure left changed keeps its entry', async (_name, container) => {
    failNth(container, 'create', 2);
    failNth('figures', 'delete', 1);
    await expect(run(faults.store, file)).rejects.toThrow(/could not be undone/);
    const { figures, entries } = await state();
    expect(figures).toHaveLength(1);
    expect(entries.map((e) => e.entityId)).toEqual([figures[0]!.id]);
    expect(await unaudited(periods)).toEqual([]);
  });

  it('an import that succeeds has one entry per figure, each showing what was written', async () => {
    await run(faults.store, file);
    const { figures, entries } = await state();
    expect(figures.map((f: Figure) => f.value)).toEqual([100, 101, 102, 103]);
    expect(entries).toHaveLength(4);
    expect(await unaudited(periods)).toEqual([]);
  });
});
