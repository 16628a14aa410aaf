/** normalisePeriod's handling around its rules: spaces, the words that may lead a date, ranges, headers. */
import { describe, expect, it } from 'vitest';
import { backwardsRange, isPeriodHeader, normalisePeriod } from '../../functions/import/periods.js';

describe('normalisePeriod', () => {
  it('reads a period with spaces around it and between its words', () => {
    expect(normalisePeriod('  aug 2018 ')).toBe('2018-08');
    expect(normalisePeriod('\t2018M08\n')).toBe('2018-08');
    expect(normalisePeriod(' 2016-Q1 ')).toBe('2016-Q1');
  });

  it('drops a leading "pr.", "per", "ultimo" or "status" however many spaces follow it, and only at the start', () => {
    expect(normalisePeriod('pr.  31.08.2018')).toBe('2018-08-31');
    expect(normalisePeriod('Ultimo \t 2018')).toBe('2018');
    expect(normalisePeriod('aug per 2018')).toBeUndefined();
    expect(normalisePeriod('2018 status')).toBeUndefined();
  });

  it('reads a range with or without spaces around "--"', () => {
    for (const text of ['sep 2016--aug 2017', 'sep 2016 --aug 2017', 'sep 2016-- aug 2017', 'sep 2016  --  aug 2017']) {
      expect(normalisePeriod(text), text).toBe('2016-09--2017-08');
    }
    expect(normalisePeriod('Q1 2016 -- Q2 2016')).toBe('2016-Q1--2016-Q2');
  });

  it('refuses a range that ends before it starts, which backwardsRange names', () => {
    for (const text of ['aug 2017 -- sep 2016', '2017-08--2016-09', 'Q2 2018 -- Q1 2018', '2018 -- dec 2017']) {
      expect(normalisePeriod(text), text).toBeUndefined();
    }
    expect(backwardsRange('aug 2017 -- sep 2016')).toBe('2017-08--2016-09');
    expect(backwardsRange(' 2017-08--2016-09 ')).toBe('2017-08--2016-09');
    expect(backwardsRange('2018 -- dec 2017')).toBe('2018--2017-12');
    // A range that runs forwards, a single period and an unreadable text are not backwards.
    for (const text of ['sep 2016 -- aug 2017', 'aug 2017 -- aug 2017', '2017 -- 2017-03', 'aug 2017', 'snart -- aug 2016']) {
      expect(backwardsRange(text), text).toBeUndefined();
    }
  });

  it('refuses a range with an unreadable side and three periods joined', () => {
    expect(normalisePeriod('sep 2016 -- engang')).toBeUndefined();
    expect(normalisePeriod('engang -- aug 2017')).toBeUndefined();
    expect(normalisePeriod('2016 -- 2017 -- 2018')).toBeUndefined();
  });
});

describe('isPeriodHeader', () => {
  it('is a column header that reads as a period, not a bare number or a field name', () => {
    expect(isPeriodHeader('aug 2018')).toBe(true);
    expect(isPeriodHeader('2018M08')).toBe(true);
    for (const text of ['12', ' 7 ', '0', 'værdi', '']) expect(isPeriodHeader(text), text).toBe(false);
  });
});
