import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../functions/domain/model.js';
import { exportFiguresCsv } from '../../functions/import/index.js';
import { exportData, importData } from '../../functions/store/data-transfer.js';
import { unstored, type Repo, type Store } from '../../functions/store/store.js';
import { KIK, run, seededStore } from './support.js';
import path from 'node:path';

let source: { store: Store; dir: string; dispose: () => Promise<void> };
let target: { store: Store; dir: string; dispose: () => Promise<void> };
beforeAll(async () => {
  source = await seededStore();
  target = await seededStore({ seeded: false });
});
afterAll(async () => {
  await source.dispose();
  await target.dispose();
});

/** What a figure says, without who wrote it when (an import is its own write). */
const content = ({ updatedAt: _a, updatedBy: _b, ...rest }: Figure) => rest;

describe('export → import round trip', () => {
  it('the figures CSV imported into an empty store gives identical figures, awkward values included', async () => {
    await run(source.store, [
      'kpi;kind;period;value;source;locator;note',
      `${KIK}.borgere;actual;2019-01;1,869;=HYPERLINK("x");"tabel; 2";-5 kontaktforløb`,
      `${KIK}.gevinst;budget;2023;-0,000123;Budget;Tabel 1;`,
    ].join('\n'));
    const csv = await exportFiguresCsv(source.store);
    // The target has the same organisations, cases and KPIs, but no figures yet.
    for (const c of ['organisations', 'cases', 'kpis', 'goals'] as const) {
      const from = source.store[c] as unknown as Repo<{ id: string }>;
      const to = target.store[c] as unknown as Repo<{ id: string }>;
      for (const item of await from.findAll()) await to.upsert(unstored(item));
    }
    const { plan, written } = await run(target.store, csv, { fileName: 'export.csv' });
    expect(plan.rejected).toEqual([]);
    expect(written).toBe(true);
    const all = async (s: Store) => (await s.figures.findAll()).map((f) => content(unstored(f))).sort((a, b) => a.id.localeCompare(b.id));
    const expected = await all(source.store);
    expect(expected.length).toBeGreaterThan(400);
    expect(await all(target.store)).toEqual(expected);
    expect(expected.find((f) => f.period === '2019-01' && f.kpiId === `${KIK}.borgere`)).toMatchObject({ value: 1.869, source: { document: '=HYPERLINK("x")' }, note: '-5 kontaktforløb' });
  });

  it('data:export → data:import keeps formula-like text as JSON strings, byte for byte', async () => {
    const file = path.join(source.dir, 'export.json');
    await exportData(source.store, file);
    const empty = await seededStore({ seeded: false });
    try {
      await importData(empty.store, file);
      const f = (await empty.store.figures.findAll({ partitionKey: `${KIK}.borgere` })).find((x) => x.period === '2019-01');
      expect(f?.source.document).toBe('=HYPERLINK("x")');
      expect((await empty.store.audit.findAll()).length).toBe((await source.store.audit.findAll()).length);
    } finally {
      await empty.dispose();
    }
  });
});
