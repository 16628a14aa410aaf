import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureId } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { AT, IMPORTER, KIK, run, sample, seededStore } from './support.js';

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => ({ store, dispose } = await seededStore()));
afterEach(() => dispose());

const kikFigure = (kpi: string, period = '2018-09-30') => store.figures.get(figureId({ kpiId: `${KIK}.${kpi}`, orgId: 'aabenraa', kind: 'actual', period }), `${KIK}.${kpi}`);
const viborg = (kpi: string, period: string) => store.figures.get(figureId({ kpiId: `viborg.unge.${kpi}`, orgId: 'viborg', kind: 'actual', period }), `viborg.unge.${kpi}`);

describe.each([
  ['kik-ii-long.csv', 'csv'],
  ['kik-ii-long.xlsx', 'xlsx'],
])('the long layout: %s', (file, format) => {
  it('dry-runs to three new figures, writing nothing', async () => {
    const { plan, written } = await run(store, await sample(file), { fileName: file, dryRun: true });
    expect(written).toBe(false);
    expect(plan).toMatchObject({ format, layout: 'long', headerRow: 1, rejected: [], changed: [], unchanged: [] });
    expect(plan.new.map((p) => [p.row, p.figure.kpiId, p.figure.period, p.figure.value])).toEqual([
      [2, `${KIK}.kontant-og-uddannelseshjaelpsmodtagere`, '2018-09-30', 965],
      [3, `${KIK}.selvforsoergende`, '2018-09-30', 421],
      [4, `${KIK}.anden-forsoergelse`, '2018-09-30', 86],
    ]);
    expect(await kikFigure('selvforsoergende')).toBeUndefined();
  });

  it('imports them with an audit entry each, and a second run finds them unchanged', async () => {
    const { written } = await run(store, await sample(file), { fileName: file });
    expect(written).toBe(true);
    const stored = await kikFigure('selvforsoergende');
    expect(stored).toMatchObject({ value: 421, kind: 'actual', updatedAt: AT, updatedBy: IMPORTER, source: { document: 'Eksempel: KIK II status september 2018', locator: 'row 3' } });
    const [entry, ...more] = await store.audit.findAll({ partitionKey: stored!.id });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ entityType: 'figure', action: 'import', actor: IMPORTER, at: AT, after: { value: 421 } });
    expect(entry!.before).toBeUndefined();

    const again = await run(store, await sample(file), { fileName: file, dryRun: true });
    expect([again.plan.new.length, again.plan.changed.length, again.plan.unchanged.length]).toEqual([0, 0, 3]);
  });
});

describe.each([
  ['jobindsats-wide.csv', 'csv', 4, ['2017M10', '2017M11', '2017M12']],
  ['jobindsats-wide.xlsx', 'xlsx', 3, ['okt 2017', 'nov 2017', 'dec 2017']],
])('the wide layout: %s', (file, format, headerRow, columns) => {
  it('skips the title block, reads one figure per month cell, resolves KPIs by name and id', async () => {
    const { plan } = await run(store, await sample(file), { fileName: file });
    expect(plan).toMatchObject({ format, layout: 'wide', headerRow, rejected: [] });
    expect(plan.new.map((p) => p.column)).toEqual([...columns, ...columns]);
    expect((await viborg('fuldtidspersoner-paa-offentlig-forsoergelse', '2017-11'))?.value).toBe(1855);
    expect((await viborg('andel-paa-offentlig-forsoergelse', '2017-12'))?.value).toBe(14);
    expect((await viborg('andel-paa-offentlig-forsoergelse', '2017-10'))?.source.locator).toBe(`row ${headerRow + 2}, column ${columns[0]}`);
  });
});

describe('CSV variants', () => {
  const rows = [`${KIK}.selvforsoergende`, 'actual', '2018-10', '430'];

  it.each([
    ['comma', ',', ''],
    ['semicolon', ';', ''],
    ['tab', '\t', ''],
    ['semicolon with a BOM', ';', '\uFEFF'],
  ])('reads %s-separated files', async (_name, d, bom) => {
    const { plan } = await run(store, `${bom}kpi${d}kind${d}period${d}value\r\n${rows.join(d)}\r\n`);
    expect(plan.rejected).toEqual([]);
    expect(plan.new[0]!.figure).toMatchObject({ kpiId: `${KIK}.selvforsoergende`, period: '2018-10', value: 430 });
  });

  it('reads Danish decimals and thousands, quoted in a comma file', async () => {
    const csv = 'kpi,period,value\nviborg.unge.andel-paa-offentlig-forsoergelse,2018-01,"14,05"\nviborg.unge.fuldtidspersoner-paa-offentlig-forsoergelse,2018-01,1.869\n';
    const { plan } = await run(store, csv);
    expect(plan.new.map((p) => p.figure.value)).toEqual([14.05, 1869]);
  });

  it('reads a Windows-1252 file and says it did', async () => {
    const latin1 = Buffer.from('kpi;kind;period;value\nKIK II: borgere selvforsørgende;faktisk;2018-10;430\n', 'latin1');
    const { plan } = await run(store, new Uint8Array(latin1));
    expect(plan.rejected).toEqual([]);
    expect(plan.notes.join(' ')).toMatch(/Windows-1252/);
  });

  it('names the organisation with --org and takes Danish kind words', async () => {
    const { plan } = await run(store, 'kpi;kind;period;value\nKIK II: borgere selvforsørgende;mål;2019-06-30;30\n', { org: 'aabenraa' });
    expect(plan.rejected).toEqual([]);
    expect(plan.new[0]!.figure).toMatchObject({ kind: 'target', orgId: 'aabenraa' });
  });

  it('reports a changed figure with its before-value and audits before and after', async () => {
    const { plan } = await run(store, `kpi;kind;period;value\n${KIK}.selvforsoergende;actual;2018-08-31;410\n`);
    expect(plan.changed.map((p) => [p.before?.value, p.figure.value])).toEqual([[408, 410]]);
    const [entry] = await store.audit.findAll({ partitionKey: plan.changed[0]!.figure.id });
    expect(entry).toMatchObject({ action: 'import', before: { value: 408 }, after: { value: 410 } });
  });
});
