/**
 * planImport rule by rule, called in the test's own thread on sheets built here and a small hand-made
 * store (the seeded store and the file readers are the other import tests'): the organisation given for
 * the whole file, new, changed and unchanged figures against the stored ones, what a row's source and
 * place become, duplicates and refusals in the wide layout, the order of rejections, CPR numbers in text
 * cells, and the schema's own refusals.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../functions/domain/model.js';
import type { Cell } from '../../functions/import/cells.js';
import { planImport, type ImportPlan } from '../../functions/import/plan.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { loadFixtures } from '../functions/fixtures.js';

let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-plan-'));
  store = await openEmbeddedStore({ dir });
  await loadFixtures(store);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const UNGE = 'viborg.unge.fuldtidspersoner';
const SELV = 'aabenraa.kik-ii.selvforsoergende';
const LONG = ['org', 'kpi', 'kind', 'period', 'value', 'bound', 'source', 'locator', 'title', 'section', 'note'];

/** A long-layout sheet: each row's cells by column name, the rest empty. */
function long(rows: Record<string, Cell>[], header = LONG) {
  return { format: 'csv' as const, notes: ['read as UTF-8'], rows: [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))] };
}

const plan = (rows: Record<string, Cell>[], org?: string) => planImport(store, long(rows), { fileName: 'tal.csv', ...(org ? { org } : {}) });
const planned = (p: ImportPlan) => [...p.new, ...p.changed, ...p.unchanged];

describe('the organisation given for the whole file (--org)', () => {
  it('an unknown one refuses the file at row 0 before any row is read', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1 }, { kpi: 'no-such-kpi', period: '2017-10', value: 1 }], 'odense');
    expect(p.rejected).toEqual([{ row: 0, reason: 'unknown organisation "odense" (--org)' }]);
    expect(planned(p)).toEqual([]);
  });

  it('is the organisation of rows that name none, found by name too; a row naming its own keeps it', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1 }, { org: 'viborg', kpi: UNGE, period: '2017-11', value: 2 }], 'Klynge 7');
    expect(p.rejected).toEqual([]);
    expect(planned(p).map((f) => [f.figure.period, f.figure.orgId])).toEqual([['2017-10', 'klynge-7'], ['2017-11', 'viborg']]);
  });

  it('without it, a row naming no organisation is the KPI’s own', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1 }]);
    expect(planned(p).map((f) => f.figure.orgId)).toEqual(['viborg']);
  });

  it('a cluster may report another organisation’s KPI; a municipality may not', async () => {
    const p = await plan([{ org: 'klynge-7', kpi: SELV, period: '2018-10', value: 1 }, { org: 'viborg', kpi: SELV, period: '2018-10', value: 1 }]);
    expect(planned(p).map((f) => f.figure.orgId)).toEqual(['klynge-7']);
    expect(p.rejected).toEqual([{ row: 3, reason: `KPI ${SELV} belongs to aabenraa, not viborg` }]);
  });
});

describe('new, changed and unchanged', () => {
  /** The stored figure of Viborg's 2017-09 (fixtures: 1869 from test.pdf, table 1), given a title and section. */
  async function stored(): Promise<Figure> {
    const f = (await store.figures.get(`${UNGE}~viborg~actual~2017-09`, UNGE))!;
    const { _etag, ...rest } = f;
    void _etag;
    const titled = { ...rest, source: { ...rest.source, title: 'Status', section: 'Unge' } };
    await store.figures.upsert(titled);
    return titled;
  }
  const same = { org: 'viborg', kpi: UNGE, period: '2017-09', value: 1869 };

  it('a figure not stored is new, without a `before`; one stored is compared, and carries what it replaces', async () => {
    const before = await stored();
    const p = await plan([same, { ...same, period: '2017-10' }, { ...same, value: 1870 }].map((r, i) => (i === 2 ? { ...r, kind: 'expected' } : r)));
    expect(p.new.map((f) => f.figure.id)).toEqual([`${UNGE}~viborg~actual~2017-10`, `${UNGE}~viborg~expected~2017-09`]);
    expect(p.new.every((f) => !('before' in f))).toBe(true);
    expect(p.unchanged).toHaveLength(1);
    expect(p.unchanged[0]!.before).toMatchObject({ ...before, _etag: expect.any(String) });
  });

  it('a file naming no source: only value, bound and note count, not where it says the figure came from', async () => {
    await stored();
    const kept = await plan([{ ...same, locator: 'side 4', title: 'Andet', section: 'Andet' }]);
    expect(kept.unchanged.map((f) => f.sourceGiven)).toEqual([false]);
    for (const change of [{ value: 1868 }, { bound: 'mindst' }, { note: 'foreløbig' }] as Record<string, Cell>[]) {
      const p = await plan([{ ...same, ...change }]);
      expect(p.changed.map((f) => f.row), JSON.stringify(change)).toEqual([2]);
      expect(p.changed[0]!.before?.value).toBe(1869);
    }
  });

  it('a file naming its source: a different document, locator, title or section is a change; titles and sections left out are not', async () => {
    await stored();
    const source = { source: 'test.pdf', locator: 'table 1' };
    expect((await plan([{ ...same, ...source }])).unchanged.map((f) => f.sourceGiven)).toEqual([true]);
    expect((await plan([{ ...same, ...source, title: 'Status', section: 'Unge' }])).unchanged).toHaveLength(1);
    for (const change of [{ source: 'andet.pdf' }, { locator: 'table 2' }, { title: 'Andet' }, { section: 'Andet' }] as Record<string, Cell>[]) {
      const p = await plan([{ ...same, ...source, ...change }]);
      expect(p.changed.map((f) => f.row), JSON.stringify(change)).toEqual([2]);
    }
  });

  it('shows the value in the KPI’s unit, in Danish', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1869.5 }]);
    expect(p.new[0]!.shown).toBe('1.869,5 fuldtidspersoner');
  });
});

describe('a row’s source and place', () => {
  it('the file and row when the row names none; the row’s own cells when it does', async () => {
    const p = await plan([
      { kpi: UNGE, period: '2017-10', value: 1 },
      { kpi: UNGE, period: '2017-11', value: 1, source: 'Rapport', locator: 'tabel 3', title: 'T', section: 'S', note: 'n' },
    ]);
    expect(p).toMatchObject({ file: 'tal.csv', format: 'csv', layout: 'long', headerRow: 1, notes: ['read as UTF-8'], blankCells: 0 });
    expect(p.new.map((f) => [f.row, f.sourceGiven, f.figure.source, f.figure.note])).toEqual([
      [2, false, { document: 'tal.csv', locator: 'row 2' }, undefined],
      [3, true, { document: 'Rapport', locator: 'tabel 3', title: 'T', section: 'S' }, 'n'],
    ]);
    expect(p.new.every((f) => !('column' in f))).toBe(true);
  });

  it('in the wide layout, the row and column: as the locator, in duplicates and in refusals', async () => {
    const sheet = {
      format: 'xlsx' as const,
      notes: [],
      rows: [
        ['Jobindsats'],
        ['kpi', 'org', '2017M10', '2017M11'],
        [UNGE, 'viborg', 1, null],
        [UNGE, 'viborg', 2, 'mange'],
      ] as Cell[][],
    };
    const p = await planImport(store, sheet, { fileName: 'jobindsats.xlsx' });
    expect(p).toMatchObject({ layout: 'wide', headerRow: 2, blankCells: 1 });
    expect(p.new.map((f) => [f.row, f.column, f.figure.source.locator])).toEqual([[3, '2017M10', 'row 3, column 2017M10']]);
    expect(p.rejected).toEqual([
      { row: 4, column: '2017M10', reason: 'duplicate: row 3 (column 2017M10) already gives this KPI, organisation, kind and period' },
      { row: 4, column: '2017M11', reason: 'text in a number cell: "mange" is not a number (write 1869, 1.869 or 15,9)' },
    ]);
  });

  it('in the long layout, a duplicate names the earlier row alone', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1 }, { kpi: UNGE, period: '2017-10', value: 2 }]);
    expect(p.rejected).toEqual([{ row: 3, reason: 'duplicate: row 2 already gives this KPI, organisation, kind and period' }]);
  });

  it('reads the stored figures of the KPIs the accepted rows name, one partition each, and no others', async () => {
    const read: (string | undefined)[] = [];
    const figuresRepo = new Proxy(store.figures, {
      get: (target, prop, receiver) =>
        prop === 'findAll' ? (query?: { partitionKey?: string }) => (read.push(query?.partitionKey), target.findAll(query)) : Reflect.get(target, prop, receiver),
    });
    const spied = { ...store, figures: figuresRepo } as Store;
    const rows = [{ kpi: UNGE, period: '2017-10', value: 1 }, { kpi: SELV, period: '2017-10', value: 1 }, { kpi: UNGE, period: '2017-11', value: 1 }, { kpi: 'no-such-kpi', period: '2017-10', value: 1 }];
    await planImport(spied, long(rows), { fileName: 'tal.csv' });
    expect(read).toEqual([UNGE, SELV]);
  });

  it('rejections come in row order, unreadable rows among the rest', async () => {
    const sheet = long([{ kpi: 'x', period: '2017-10', value: 1 }, { kpi: UNGE, period: '2017-10', value: 1 }, { kpi: 'y', period: '2017-10', value: 1 }]);
    sheet.rows[2] = [...sheet.rows[2]!, 'extra'];
    const p = await planImport(store, sheet, { fileName: 'tal.csv' });
    expect(p.rejected.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});

describe('what a row may not hold', () => {
  it.each(['source', 'locator', 'note', 'title', 'section'])('a CPR number in the %s cell, not repeated', async (cell) => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1, [cell]: 'Borger 010190-1234' }]);
    expect(p.rejected).toEqual([{ row: 2, reason: 'a text cell contains a CPR number; Målbot stores none (the number is not repeated here)' }]);
  });

  it('what the figure schema refuses, named by its field', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1, note: 'x'.repeat(1001) }]);
    expect(p.rejected).toEqual([{ row: 2, reason: expect.stringMatching(/^note: .*1000/) }]);
  });

  it('an empty KPI cell; an unknown KPI with the KPIs it may mean, or none', async () => {
    await store.kpis.upsert({ id: 'viborg.andre', orgId: 'viborg', name: { da: 'Kontanthjælpsmodtagere', en: 'Others' }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' });
    const p = await plan([
      { org: 'viborg', kpi: '', period: '2017-10', value: 1 },
      { org: 'viborg', kpi: 'qqqzzz', period: '2017-10', value: 1 },
      { org: 'viborg', kpi: 'Unge på offentlig', period: '2017-10', value: 1 },
      { org: 'viborg', kpi: 'kontanthjælp', period: '2017-10', value: 1 },
    ]);
    const unge = 'viborg.unge.fuldtidspersoner (Unge på offentlig forsørgelse)';
    const kontant = ['aabenraa.kontanthjaelp (Kontanthjælpsmodtagere)', 'viborg.andre (Kontanthjælpsmodtagere)'];
    expect(p.rejected).toEqual([
      { row: 2, reason: 'the KPI cell is empty' },
      { row: 3, reason: 'unknown KPI "qqqzzz"', suggestions: [] },
      { row: 4, reason: `unknown KPI "Unge på offentlig"; did you mean ${unge}?`, suggestions: [unge] },
      { row: 5, reason: `unknown KPI "kontanthjælp"; did you mean ${kontant.join(', ')}?`, suggestions: kontant },
    ]);
  });

  it('a name that fits several KPIs, asking for the id', async () => {
    await store.kpis.upsert({ id: 'viborg.andre', orgId: 'viborg', name: { da: 'Kontanthjælpsmodtagere', en: 'Others' }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' });
    const p = await plan([{ kpi: 'Kontanthjælpsmodtagere', period: '2017-10', value: 1 }]);
    expect(p.rejected).toEqual([{ row: 2, reason: 'KPI name "Kontanthjælpsmodtagere" fits 2 KPIs; use the id (aabenraa.kontanthjaelp, viborg.andre)' }]);
    // A municipality's own KPIs only: the name is then one KPI.
    expect((await plan([{ org: 'viborg', kpi: 'Kontanthjælpsmodtagere', period: '2017-10', value: 1 }])).new.map((f) => f.figure.kpiId)).toEqual(['viborg.andre']);
  });

  it('a "%" only on a KPI in percent, which takes it as the number before it', async () => {
    await store.kpis.upsert({ id: 'viborg.andel', orgId: 'viborg', name: { da: 'Andel', en: 'Share' }, aliases: [], unit: 'percent', scale: 1, direction: 'higher-is-better' });
    const p = await plan([{ kpi: 'viborg.andel', period: '2017-10', value: '43,5 %' }, { kpi: UNGE, period: '2017-10', value: '43 %' }]);
    expect(p.new.map((f) => f.figure.value)).toEqual([43.5]);
    expect(p.rejected).toEqual([{ row: 3, reason: `unit mismatch: the value has "%", but ${UNGE} is in full-time-persons` }]);
  });

  it('a cell’s text in a message on one line', async () => {
    const p = await plan([{ org: 'Nord\n  by', kpi: UNGE, period: '2017-10', value: 1 }]);
    expect(p.rejected).toEqual([{ row: 2, reason: 'unknown organisation "Nord by"' }]);
  });
});

describe('a long file', () => {
  /** How often other work got a turn (a setImmediate chain) while the plan ran, with performance.now() at the given clock. */
  async function turnsDuring(clock: () => number, rows: number): Promise<number> {
    const sheet = long(Array.from({ length: rows }, (_, i) => ({ kpi: UNGE, period: `2016-${String((i % 12) + 1).padStart(2, '0')}`, value: i })));
    let turns = 0;
    let planning = true;
    const other = () => {
      if (!planning) return;
      turns++;
      setImmediate(other);
    };
    const now = vi.spyOn(performance, 'now').mockImplementation(clock);
    try {
      setImmediate(other);
      const p = await planImport(store, sheet, { fileName: 'lang.csv' });
      expect(p.rejected).toEqual([]);
    } finally {
      planning = false;
      now.mockRestore();
    }
    return turns;
  }

  it('gives other requests a turn each time its 10 ms slice has passed, and not before', async () => {
    expect(await turnsDuring(() => 0, 12)).toBe(0);
    // 5 ms between two readings of the clock: past the slice at every third row (15 ms after the last turn; 10 is not past it).
    let t = 0;
    expect(await turnsDuring(() => (t += 5), 12)).toBe(4);
  });
});

describe('an empty value cell', () => {
  it('is refused as empty, not read as a number, whether the cell is blank, spaces or missing', async () => {
    const p = await plan([
      { kpi: UNGE, period: '2017-10', value: '' },
      { kpi: UNGE, period: '2017-11', value: '   ' },
      { kpi: UNGE, period: '2017-12', value: null },
      { kpi: UNGE, period: '2018-01', value: 0 },
    ]);
    expect(p.rejected).toEqual([2, 3, 4].map((row) => ({ row, reason: 'the value cell is empty' })));
    expect(planned(p).map((f) => f.figure.value)).toEqual([0]);
  });
});

describe('a unit column', () => {
  it('is checked against the KPI’s unit and, for money, its scale; an unknown unit is named', async () => {
    await store.kpis.upsert({ id: 'viborg.udgift', orgId: 'viborg', name: { da: 'Udgift', en: 'Spending' }, aliases: [], unit: 'dkk', scale: 1000, direction: 'lower-is-better' });
    const rows = [
      { kpi: UNGE, period: '2017-10', value: 1, unit: 'Fuldtidspersoner' },
      { kpi: UNGE, period: '2017-11', value: 1, unit: 'personer' },
      { kpi: UNGE, period: '2017-12', value: 1, unit: 'furlongs' },
      { kpi: 'viborg.udgift', period: '2017-10', value: 1, unit: '1.000 kr.' },
      { kpi: 'viborg.udgift', period: '2017-11', value: 1, unit: 'mio. kr.' },
      { kpi: 'viborg.udgift', period: '2017-12', value: 1, unit: 'kr.' },
      { kpi: 'viborg.udgift', period: '2018-01', value: 1, unit: '' },
    ];
    const p = await planImport(store, long(rows, [...LONG, 'unit']), { fileName: 'tal.csv' });
    expect(p.rejected).toEqual([
      { row: 3, reason: `unit mismatch: the file says "personer", KPI ${UNGE} is in full-time-persons` },
      { row: 4, reason: 'unknown unit "furlongs"' },
      { row: 6, reason: 'unit mismatch: the file says "mio. kr.", KPI viborg.udgift is in 1.000 kr.' },
      { row: 7, reason: 'unit mismatch: the file says "kr.", KPI viborg.udgift is in 1.000 kr.' },
    ]);
    expect(planned(p).map((f) => [f.figure.kpiId, f.figure.period])).toEqual([[UNGE, '2017-10'], ['viborg.udgift', '2017-10'], ['viborg.udgift', '2018-01']]);
  });
});

describe('a period cell', () => {
  it('empty, unreadable or a range written backwards: each refused with its own reason', async () => {
    const p = await plan([
      { kpi: UNGE, period: '', value: 1 },
      { kpi: UNGE, period: 'sidste  år', value: 1 },
      { kpi: UNGE, period: 'aug 2017 -- sep 2016', value: 1 },
      { kpi: UNGE, period: 'aug 2016 -- sep 2017', value: 1 },
    ]);
    expect(p.rejected).toEqual([
      { row: 2, reason: 'the period cell is empty' },
      { row: 3, reason: 'cannot read the period "sidste år" (e.g. 2018-08, 2018M08, aug 2018, 31-08-2018, 2016-Q1)' },
      { row: 4, reason: 'the period "aug 2017 -- sep 2016" ends before it starts (2017-08--2016-09); write the earlier period first' },
    ]);
    expect(planned(p).map((f) => f.figure.period)).toEqual(['2016-08--2017-09']);
  });
});

describe('bound and section kind cells', () => {
  it('a bound in either language and any case; an unknown bound or section kind named', async () => {
    const rows: Record<string, Cell>[] = [
      { kpi: UNGE, period: '2017-10', value: 1, bound: 'Mindst', 'section kind': 'slide' },
      { kpi: UNGE, period: '2017-11', value: 1, bound: 'at most' },
      { kpi: UNGE, period: '2017-12', value: 1, bound: 'omkring' },
      { kpi: UNGE, period: '2018-01', value: 1, 'section kind': 'kapitel' },
    ];
    const p = await planImport(store, long(rows, [...LONG, 'section kind']), { fileName: 'tal.csv' });
    expect(p.rejected).toEqual([
      { row: 4, reason: 'unknown bound "omkring" (atLeast / mindst, atMost / højst, or empty for an exact value)' },
      { row: 5, reason: 'unknown section kind "kapitel" (slide, section, form)' },
    ]);
    expect(planned(p).map((f) => [f.figure.bound, f.figure.source.sectionKind])).toEqual([['atLeast', 'slide'], ['atMost', undefined]]);
  });
});

describe('the figure schema’s refusals', () => {
  it('each named by its whole path, several in one reason', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1, locator: 'x'.repeat(301), note: 'x'.repeat(1001) }]);
    expect(p.rejected).toEqual([{ row: 2, reason: expect.stringMatching(/^source\.locator: .*300.*; note: .*1000/) }]);
  });
});

describe('cell text quoted in a reason', () => {
  it('is kept up to 60 characters and cut to 57 and "…" beyond', async () => {
    const p = await plan([{ org: 'o'.repeat(60), kpi: UNGE, period: '2017-10', value: 1 }, { org: 'p'.repeat(61), kpi: UNGE, period: '2017-10', value: 1 }]);
    expect(p.rejected).toEqual([
      { row: 2, reason: `unknown organisation "${'o'.repeat(60)}"` },
      { row: 3, reason: `unknown organisation "${'p'.repeat(57)}…"` },
    ]);
  });
});

describe('a kind cell', () => {
  it('names a kind or is refused, listing the kinds there are; empty is an actual figure', async () => {
    const p = await plan([{ kpi: UNGE, period: '2017-10', value: 1, kind: 'farve' }, { kpi: UNGE, period: '2017-11', value: 1, kind: '' }]);
    expect(p.rejected).toEqual([{ row: 2, reason: 'unknown kind "farve" (actual, budget, target, expected, counterfactual, potential, difference)' }]);
    expect(planned(p).map((f) => f.figure.kind)).toEqual(['actual']);
  });
});
