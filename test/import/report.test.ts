/**
 * The plan as text, as the import CLI prints it: the file and layout, the notes, the counts, each list
 * (new, changed, rejected) with where each row came from, at most 50 lines a list, and the last line
 * saying what was or was not written and why.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPlan, PlannedFigure } from '../../functions/import/plan.js';
import { describePlan } from '../../functions/import/report.js';

function planned(row: number, value: number, column?: string, before?: number): PlannedFigure {
  return {
    row,
    ...(column ? { column } : {}),
    figure: { id: `f-${row}`, kpiId: 'kik.kontakt', orgId: 'viborg', kind: 'actual', period: '2018-08', value, source: { document: 'x.csv', locator: `row ${row}` } },
    ...(before === undefined ? {} : { before: { value: before } as PlannedFigure['before'] }),
    shown: `${value} personer`,
    sourceGiven: false,
  } as PlannedFigure;
}

function plan(over: Partial<ImportPlan> = {}): ImportPlan {
  return { file: 'tal.xlsx', format: 'xlsx', layout: 'wide', headerRow: 3, notes: [], new: [], changed: [], unchanged: [], rejected: [], blankCells: 0, ...over };
}

describe('describePlan', () => {
  it('lists the new, changed and rejected rows with where they came from, and says a dry run wrote nothing', () => {
    const text = describePlan(
      plan({
        notes: ['Sheet "Ark2" was skipped'],
        new: [planned(4, 12, 'C'), planned(5, 13)],
        changed: [planned(6, 20, 'D', 18)],
        unchanged: [planned(7, 1)],
        rejected: [
          { row: 8, column: 'E', reason: 'not a number' },
          { row: 9, reason: 'unknown KPI' },
        ],
        blankCells: 2,
      }),
      false,
    );
    expect(text).toBe(
      [
        'tal.xlsx: XLSX, wide layout (header in row 3).',
        'Note: Sheet "Ark2" was skipped',
        '2 new, 1 changed, 1 unchanged, 2 rejected (2 empty cells skipped).',
        'New:',
        '  row 4 (C)  kik.kontakt · viborg · actual · 2018-08 = 12 personer',
        '  row 5  kik.kontakt · viborg · actual · 2018-08 = 13 personer',
        'Changed:',
        '  row 6 (D)  kik.kontakt · viborg · actual · 2018-08: 18 → 20',
        'Rejected:',
        '  row 8 (E)  not a number',
        '  row 9  unknown KPI',
        'Nothing was written. Fix the rejected rows and run again: an import is all or nothing.',
      ].join('\n'),
    );
  });

  it('says what was written, what a dry run would write, and when there is nothing to write', () => {
    const some = plan({ format: 'csv', layout: 'long', headerRow: 1, new: [planned(2, 1)], changed: [planned(3, 2, undefined, 1)] });
    expect(describePlan(some, true).split('\n').at(-1)).toBe('Imported: 2 figure(s) written, each with an audit entry.');
    expect(describePlan(some, false).split('\n').at(-1)).toBe('Dry run: nothing was written. Run without --dry-run (or ?dryRun=false) to import.');
    const none = plan({ format: 'csv', layout: 'long', headerRow: 1, unchanged: [planned(2, 1)] });
    expect(describePlan(none, false)).toBe(
      ['tal.xlsx: CSV, long layout (header in row 1).', '0 new, 0 changed, 1 unchanged, 0 rejected.', 'Nothing to write: the store already holds these figures.'].join('\n'),
    );
  });

  it('lists at most 50 rows a list and counts the rest', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => planned(i + 2, i));
    const exactly = describePlan(plan({ new: many(50) }), false).split('\n');
    expect(exactly.filter((l) => l.startsWith('  row '))).toHaveLength(50);
    expect(exactly.some((l) => l.includes('more'))).toBe(false);
    const more = describePlan(plan({ new: many(53) }), false).split('\n');
    expect(more.filter((l) => l.startsWith('  row '))).toHaveLength(50);
    expect(more.at(-2)).toBe('  … and 3 more');
  });
});
