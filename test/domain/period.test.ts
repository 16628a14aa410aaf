import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  endsBeforeItStarts,
  granularity,
  PeriodSchema,
  periodContains,
  periodEnd,
  periodLabel,
  periodStart,
} from '../../functions/domain/period.js';

describe('periods', () => {
  it.each([
    ['2018', 'year', '2018-01-01', '2018-12-31'],
    ['2018-02', 'month', '2018-02-01', '2018-02-28'],
    ['2016-02', 'month', '2016-02-01', '2016-02-29'],
    ['2018-08-31', 'day', '2018-08-31', '2018-08-31'],
    ['2016-Q1', 'quarter', '2016-01-01', '2016-03-31'],
    ['2016-Q4', 'quarter', '2016-10-01', '2016-12-31'],
    ['2015-H2', 'half', '2015-07-01', '2015-12-31'],
    ['2016-09--2017-08', 'range', '2016-09-01', '2017-08-31'],
    ['2018--2022', 'range', '2018-01-01', '2022-12-31'],
  ])('%s is a %s from %s to %s', (period, kind, start, end) => {
    expect(PeriodSchema.safeParse(period).success).toBe(true);
    expect(granularity(period)).toBe(kind);
    expect(periodStart(period)).toBe(start);
    expect(periodEnd(period)).toBe(end);
  });

  it.each(['18', '2018-13', '2018-02-30', '2016-Q5', '2018-8', 'august 2018', '2016-09/2017-08', ''])(
    'rejects %j',
    (period) => {
      expect(PeriodSchema.safeParse(period).success).toBe(false);
    },
  );

  it('labels periods in Danish and English', () => {
    expect(periodLabel('2018-08-31', 'da')).toBe('31. august 2018');
    expect(periodLabel('2018-08-31', 'en')).toBe('31 August 2018');
    expect(periodLabel('2016-Q1', 'da')).toBe('1. kvartal 2016');
    expect(periodLabel('2016-Q1', 'en')).toBe('Q1 2016');
    expect(periodLabel('2016-09--2017-08', 'da')).toBe('september 2016 – august 2017');
    expect(periodLabel('2019', 'en')).toBe('2019');
  });

  it('orders by end, then start, and knows containment', () => {
    const sorted = ['2018', '2018-08-31', '2016-Q1', '2018-08', '2017-09'].sort(comparePeriods);
    expect(sorted).toEqual(['2016-Q1', '2017-09', '2018-08', '2018-08-31', '2018']);
    expect(periodContains('2018', '2018-08-31')).toBe(true);
    expect(periodContains('2018-08', '2018-08-31')).toBe(true);
    expect(periodContains('2018-Q1', '2018-08')).toBe(false);
  });
});

describe('halves, labels and edges', () => {
  it('a first half runs January to June, a second July to December', () => {
    expect([periodStart('2015-H1'), periodEnd('2015-H1')]).toEqual(['2015-01-01', '2015-06-30']);
    expect([periodStart('2015-H2'), periodEnd('2015-H2')]).toEqual(['2015-07-01', '2015-12-31']);
    expect([periodStart('2016-Q2--2016-H2'), periodEnd('2016-Q2--2016-H2')]).toEqual(['2016-04-01', '2016-12-31']);
  });

  it.each([
    ['2015-H1', '1. halvår 2015', 'H1 2015'],
    ['2016-Q3', '3. kvartal 2016', 'Q3 2016'],
    ['2018-08', 'august 2018', 'August 2018'],
    ['2018-01-05', '5. januar 2018', '5 January 2018'],
    ['2018-02-01--2018-08-31', '1. februar 2018 – 31. august 2018', '1 February 2018 – 31 August 2018'],
  ])('%s reads "%s" and "%s"', (period, da, en) => {
    expect(periodLabel(period, 'da')).toBe(da);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  it('a period contains itself and the months at its edges, not one beyond them', () => {
    expect(periodContains('2018', '2018')).toBe(true);
    expect(periodContains('2018', '2018-01')).toBe(true);
    expect(periodContains('2018', '2018-12-31')).toBe(true);
    expect(periodContains('2018', '2017-12--2018-02')).toBe(false);
    expect(periodContains('2018', '2018-12--2019-01')).toBe(false);
  });

  it('two periods ending on the same day sort by their start, and equal ones are equal', () => {
    expect(comparePeriods('2018-12', '2018')).toBeGreaterThan(0);
    expect(comparePeriods('2018', '2018-12')).toBeLessThan(0);
    expect(comparePeriods('2018-H2', '2018-H2')).toBe(0);
  });

  it('a range may not end before it starts, and the refusal says so', () => {
    for (const period of ['2017-08--2016-09', '2018-Q2--2018-Q1', '2018-08-02--2018-08-01', '2018--2017-12', '2016-H2--2016-06']) {
      const parsed = PeriodSchema.safeParse(period);
      expect(parsed.success, period).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('period ends before it starts')]);
      expect(endsBeforeItStarts(period), period).toBe(true);
    }
    // Forwards, a range of one period, sides that overlap without running backwards, and single periods.
    for (const period of ['2016-09--2017-08', '2017-08--2017-08', '2018-08-01--2018-08-01', '2017--2017-03', '2017-03--2017', '2018-08', '2018-Q1']) {
      expect(PeriodSchema.safeParse(period).success, period).toBe(true);
      expect(endsBeforeItStarts(period), period).toBe(false);
    }
    // Not a period at all: only the pattern's message, not a second one about the order.
    expect(endsBeforeItStarts('2017-13--2016')).toBe(false);
  });

  it('a range of two days must name real days at both ends', () => {
    expect(PeriodSchema.safeParse('2018-02-01--2018-02-29').success).toBe(false);
    expect(PeriodSchema.safeParse('2016-02-29--2016-03-01').success).toBe(true);
  });
});
