/**
 * The per-KPI figure index is shared between questions (bench: npm run bench) and must never answer from
 * figures or a unit the store has left: a write, a delete or a changed KPI is seen by the next question,
 * on the embedded store (same objects until written) and on one that copies every read (as Cosmos DB).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureId, type Figure, type Kpi } from '../../functions/domain/model.js';
import { getCatalogue } from '../../functions/query/catalogue.js';
import { byPeriodNewestFirst, figureIndex } from '../../functions/query/figure-index.js';
import { byPeriod } from '../../functions/query/period-keys.js';
import type { ResolvedFigure } from '../../functions/query/types.js';
import type { Store } from '../../functions/store/store.js';
import { sample } from '../store/sample-items.js';
import { tempStore } from '../store/store-fixture.js';
import { memoryStore } from './support/memory-store.js';

const KPI = 'herning.jobparate';

function figure(orgId: string, period: string, value: number): Figure {
  const f = { ...sample.figures('x', KPI), orgId, period, value };
  return { ...f, id: figureId(f) };
}

async function setUp(store: Store): Promise<Kpi> {
  await store.organisations.create(sample.organisations('herning', 'herning'));
  const kpi = await store.kpis.create(sample.kpis(KPI, 'herning'));
  for (const f of [figure('herning', '2017-01', 10), figure('viborg', '2017-01', 20), figure('herning', '2017-02', 11)]) await store.figures.create(f);
  return kpi;
}

const values = (figures: readonly ResolvedFigure[]) => figures.map((f) => `${f.orgId} ${f.period} ${f.value} ${f.unit}`);

for (const [name, open] of [
  ['embedded store', async () => tempStore()],
  ['store copying every read', async () => ({ store: memoryStore(), dispose: async () => undefined })],
] as const) {
  describe(`figure index on the ${name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let kpi: Kpi;
    beforeEach(async () => {
      ({ store, dispose } = await open());
      kpi = await setUp(store);
    });
    afterEach(() => dispose());

    it('groups the figures by organisation in the store order, frozen, and shares them while nothing changed', async () => {
      const cat = await getCatalogue(store);
      const index = await figureIndex(store, cat, kpi);
      expect(values(index.all)).toEqual(['herning 2017-01 10 full-time-persons', 'herning 2017-02 11 full-time-persons', 'viborg 2017-01 20 full-time-persons']);
      expect(index.orgs).toEqual(['herning', 'viborg']);
      expect(values(index.byOrg.get('viborg')!)).toEqual(['viborg 2017-01 20 full-time-persons']);
      expect(Object.isFrozen(index.all) && Object.isFrozen(index.all[0]) && Object.isFrozen(index.byOrg.get('herning'))).toBe(true);
      expect(await figureIndex(store, cat, kpi)).toBe(index);
    });

    it('sees a written, an added and a deleted figure at once', async () => {
      const cat = await getCatalogue(store);
      const before = await figureIndex(store, cat, kpi);
      await store.figures.upsert(figure('herning', '2017-01', 99));
      expect(values((await figureIndex(store, cat, kpi)).byOrg.get('herning')!)).toEqual(['herning 2017-01 99 full-time-persons', 'herning 2017-02 11 full-time-persons']);
      // A question still holding the old index keeps a consistent old version.
      expect(before.all[0]!.value).toBe(10);
      await store.figures.create(figure('aarhus', '2017-03', 5));
      expect((await figureIndex(store, cat, kpi)).orgs).toEqual(['aarhus', 'herning', 'viborg']);
      await store.figures.delete(figureId({ kpiId: KPI, orgId: 'viborg', kind: 'actual', period: '2017-01' }), KPI);
      expect((await figureIndex(store, cat, kpi)).orgs).toEqual(['aarhus', 'herning']);
    });

    it('sees a changed unit or scale of the KPI with the same figures', async () => {
      const cat = await getCatalogue(store);
      await figureIndex(store, cat, kpi);
      const changed: Kpi = { ...kpi, unit: 'persons', scale: 1000 };
      const index = await figureIndex(store, cat, changed);
      expect(index.all.map((f) => `${f.unit} ${f.scale}`)).toEqual(['persons 1000', 'persons 1000', 'persons 1000']);
    });
  });
}

describe('figures by period', () => {
  const f = (period: string, kind: ResolvedFigure['kind']): ResolvedFigure => ({ kpiId: 'k', orgId: 'o', kind, period, value: 1, unit: 'persons', scale: 1, document: 'd', locator: 'l' });

  it('puts the newest period first, a period stated twice in its given order, and lists each period once', () => {
    const list = [f('2016', 'actual'), f('2017-03', 'actual'), f('2017', 'budget'), f('2017', 'actual'), f('2017-Q1', 'actual')];
    const { newestFirst, periods } = byPeriodNewestFirst(list);
    expect(newestFirst.map((x) => `${x.period} ${x.kind}`)).toEqual(['2017 budget', '2017 actual', '2017-03 actual', '2017-Q1 actual', '2016 actual']);
    expect(periods).toEqual(['2017', '2017-03', '2017-Q1', '2016']);
  });

  it('keeps the order of a frozen list, which cannot change, and works a changeable one out again', () => {
    const open = [f('2016', 'actual'), f('2017', 'actual')];
    const first = byPeriodNewestFirst(open);
    open.push(f('2018', 'actual'));
    expect(byPeriodNewestFirst(open).periods).toEqual(['2018', '2017', '2016']);
    expect(first.periods).toEqual(['2017', '2016']);
    const frozen = Object.freeze([f('2016', 'actual'), f('2017', 'actual')]);
    expect(byPeriodNewestFirst(frozen)).toBe(byPeriodNewestFirst(frozen));
  });
});

describe("a part of an organisation's figures by period", () => {
  it('is ordered as sorting the part itself would order it, ties included', async () => {
    const store = memoryStore();
    const kpi = await setUp(store);
    const periods = ['2016', '2017-03', '2017-Q1', '2017', '2016-12', '2017-01--2017-03', '2018-H1', '2017-12-31'];
    for (const [i, period] of periods.entries()) {
      for (const kind of ['actual', 'budget', 'target'] as const) {
        const f = { ...figure('aarhus', period, i), kind };
        await store.figures.create({ ...f, id: figureId(f) });
      }
    }
    const mine = (await figureIndex(store, await getCatalogue(store), kpi)).byOrg.get('aarhus')!;
    const sorted = (list: readonly ResolvedFigure[]) => [...list].sort((a, b) => byPeriod(b.period, a.period));
    const parts = [mine.filter((x) => x.kind === 'budget'), mine.filter((_, i) => i % 2 === 0), mine.filter((x) => x.period.startsWith('2017')), mine.slice(3, 4), []];
    for (const part of parts) expect(byPeriodNewestFirst(part).newestFirst).toEqual(sorted(part));
    // Out of the list's order, it is sorted as given.
    const reversed = [...mine].reverse();
    expect(byPeriodNewestFirst(reversed).newestFirst).toEqual(sorted(reversed));
  });
});

