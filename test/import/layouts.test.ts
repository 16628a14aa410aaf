/**
 * readLayout on rows as the readers hand them on: where the header is looked for, how header words are
 * folded, which layout a header means, each refusal of a header word for word, and what each row becomes
 * (a figure, a broken row, a blank cell). The import tests reach it only through a seeded store; these
 * call it directly, so each rule has a test of its own.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../functions/domain/errors.js';
import type { Cell } from '../../functions/import/cells.js';
import { readLayout } from '../../functions/import/layouts.js';

function refusal(rows: Cell[][]): ValidationError {
  try {
    readLayout(rows);
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('readLayout accepted the rows');
}

describe('finding the header', () => {
  it('skips a title block and finds the header on the tenth row, not the eleventh', () => {
    const title = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`Titel ${i + 1}`]);
    const found = readLayout([...title(9), ['kpi', 'period', 'value'], ['a', '2018', '1']]);
    expect(found.headerRow).toBe(10);
    expect(found.figures).toEqual([{ row: 11, fields: { kpi: 'a', period: '2018', value: '1' } }]);
    expect(refusal([...title(10), ['kpi', 'period', 'value']]).message).toContain('no header row names a KPI column');
  });

  it('refuses rows with no KPI column, naming the header field, also when there are no rows at all', () => {
    for (const rows of [[['org', 'period', 'value']], []] as Cell[][][]) {
      const e = refusal(rows);
      expect(e.message).toBe(
        'Wrong columns: no header row names a KPI column. Use the long layout (org, kpi, kind, period, value, unit, source) or the wide layout (kpi and one column per month, such as "2018M08" or "aug 2018").',
      );
      expect(e.errors).toEqual([{ field: 'header', message: 'no KPI column found in the first rows' }]);
    }
  });

  it('folds case, underscores, colons and the spaces around them, runs of them as one space', () => {
    // "nøgletal id" is a KPI word too, so a header with it beside "KPI__ID" names the KPI twice.
    expect(refusal([['KPI__ID', 'period', 'value', 'nøgletal_id']]).message).toContain('given twice kpi');
    const ok = readLayout([['  KPI__ID: ', 'Periode:', 'VÆRDI'], ['a', '2018', '1']]);
    expect(ok.figures[0]!.fields).toEqual({ kpi: 'a', period: '2018', value: '1' });
  });
});

describe('which layout a header means', () => {
  it('is long when it names a value column, even beside a period column, which is then unknown', () => {
    const e = refusal([['kpi', 'period', 'value', '2018M08']]);
    expect(e.message).toContain('unknown "2018M08"');
  });

  it('is long without any period column, and a long header without a value column says so', () => {
    const e = refusal([['kpi', 'period']]);
    expect(e.message).toBe(
      'Wrong columns in the header (row 1): missing value. The long layout has org, kpi, kind, period, value, unit, source (and optionally bound, locator, note).',
    );
    expect(e.errors).toEqual([{ field: 'value', message: 'missing column' }]);
  });

  it('is wide with a period column and no value column', () => {
    const found = readLayout([['kpi', '2018M08', 'aug 2018'], ['a', '1', '2']]);
    expect(found.layout).toBe('wide');
  });
});

describe('the long layout', () => {
  it('names every fault of the header in one message, in order, and each missing and unknown column', () => {
    const e = refusal([['Titel'], ['kpi', 'kpi', 'farve', '', 'org', 'størrelse', 'org']]);
    expect(e.message).toBe(
      'Wrong columns in the header (row 2): missing period, value; unknown "farve", "størrelse"; given twice kpi, org. The long layout has org, kpi, kind, period, value, unit, source (and optionally bound, locator, note).',
    );
    expect(e.errors).toEqual([
      { field: 'period', message: 'missing column' },
      { field: 'value', message: 'missing column' },
      { field: 'farve', message: 'unknown column' },
      { field: 'størrelse', message: 'unknown column' },
    ]);
  });

  it('names only the faults there are', () => {
    expect(refusal([['kpi', 'period', 'value', 'farve']]).message).toBe(
      'Wrong columns in the header (row 1): unknown "farve". The long layout has org, kpi, kind, period, value, unit, source (and optionally bound, locator, note).',
    );
    expect(refusal([['kpi', 'period', 'value', 'value']]).message).toBe(
      'Wrong columns in the header (row 1): given twice value. The long layout has org, kpi, kind, period, value, unit, source (and optionally bound, locator, note).',
    );
  });

  it('reads each row after the header as one figure, an empty cell or a short row as null, skipping blank rows', () => {
    const found = readLayout([
      ['Tal for Viborg'],
      [],
      ['kpi', '', 'period', 'value', 'note'],
      ['a', 'ignored', '2018', 5, null],
      ['', null, '  ', ''],
      ['b', '', '2019'],
      ['c', '', '2020', '7', 'x', '', null],
    ]);
    expect(found).toStrictEqual({
      layout: 'long',
      headerRow: 3,
      figures: [
        { row: 4, fields: { kpi: 'a', period: '2018', value: 5, note: null } },
        { row: 6, fields: { kpi: 'b', period: '2019', value: null, note: null } },
        { row: 7, fields: { kpi: 'c', period: '2020', value: '7', note: 'x' } },
      ],
      broken: [],
      blankCells: 0,
    });
  });

  it('turns a row with more filled cells than the header has into a broken row naming both counts', () => {
    const found = readLayout([['kpi', 'period', 'value'], ['a', '2018', '15', '9'], ['b', '2018', '1']]);
    expect(found.broken).toEqual([
      { row: 2, reason: 'wrong columns: the row has 4 cells, the header 3 (a decimal comma in a comma-separated file must be quoted)' },
    ]);
    expect(found.figures).toEqual([{ row: 3, fields: { kpi: 'b', period: '2018', value: '1' } }]);
  });
});

describe('the wide layout', () => {
  it('reads one figure per filled period cell, with the row attributes, the canonical period and the column', () => {
    const found = readLayout([
      ['Jobindsats', '', ''],
      ['Område', 'Nøgletal', '2018M08', '', 'sep 2018', 'Enhed'],
      ['viborg', 'kik.kontakt', '12', 'stray', '  ', 'personer'],
      [null, null, null],
      ['viborg', 'kik.samtaler', 3, null],
    ]);
    expect(found).toStrictEqual({
      layout: 'wide',
      headerRow: 2,
      figures: [
        { row: 3, fields: { org: 'viborg', kpi: 'kik.kontakt', unit: 'personer', value: '12' }, period: '2018-08', column: '2018M08' },
        { row: 5, fields: { org: 'viborg', kpi: 'kik.samtaler', unit: null, value: 3 }, period: '2018-08', column: '2018M08' },
      ],
      broken: [],
      blankCells: 2,
    });
  });

  it('refuses a column that is neither known nor a period, and a known one that belongs to the long layout', () => {
    const e = refusal([['kpi', 'period', 'farve', '2018M08']]);
    expect(e.message).toBe('Wrong columns in the header (row 1): "farve" is neither a known column nor a period; period does not belong in the wide layout.');
    expect(e.errors).toEqual([
      { field: 'farve', message: 'unexpected column' },
      { field: 'period', message: 'unexpected column' },
    ]);
    expect(refusal([['kpi', '2018M08', 'farve']]).message).toBe('Wrong columns in the header (row 1): "farve" is neither a known column nor a period.');
  });

  it('says so when a period column ends before it starts', () => {
    expect(refusal([['kpi', '2018M08', 'aug 2017 -- sep 2016']]).message).toBe(
      'Wrong columns in the header (row 1): "aug 2017 -- sep 2016" is a period that ends before it starts.',
    );
  });

  it('turns a row longer than the header into a broken row without the decimal comma hint', () => {
    const found = readLayout([['kpi', '2018M08'], ['a', '1', '2'], ['b', '3', '']]);
    expect(found.broken).toEqual([{ row: 2, reason: 'wrong columns: the row has 3 cells, the header 2' }]);
    expect(found.figures).toEqual([{ row: 3, fields: { kpi: 'b', value: '3' }, period: '2018-08', column: '2018M08' }]);
  });
});
