import { describe, expect, it } from 'vitest';
import { cellNumber, escapeFormula } from '../../functions/import/cells.js';
import { detectDelimiter } from '../../functions/import/read-csv.js';
import { normalisePeriod } from '../../functions/import/periods.js';

describe('number cells', () => {
  it.each([
    ['1869', 1869],
    ['1.869', 1869],
    ['1.869,5', 1869.5],
    ['15,9', 15.9],
    ['15.9', 15.9],
    ['-281', -281],
    ['\u2212281', -281],
    ['1 869', 1869],
    ['0,61', 0.61],
    ['1.000.000', 1_000_000],
    // Two digits after a point cannot be a thousands group: a decimal point.
    ['1.86', 1.86],
    [42, 42],
  ])('reads %j as %d', (cell, value) => {
    expect(cellNumber(cell)).toEqual({ ok: true, value, percent: false });
  });

  it('reads a trailing percent sign and says so', () => {
    expect(cellNumber('14,2 %')).toEqual({ ok: true, value: 14.2, percent: true });
  });

  it.each(['abc', '=1+2', '1,869,000', '12 borgere', '', 'ca. 140', '--5'])('refuses %j rather than guess', (cell) => {
    expect(cellNumber(cell).ok).toBe(false);
  });

  it('refuses a number cell that is no finite number, a plus sign and an empty cell', () => {
    for (const cell of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '+5', '+5 %', null, undefined]) {
      expect(cellNumber(cell), String(cell)).toEqual({ ok: false });
    }
    expect(cellNumber(-0.5)).toEqual({ ok: true, value: -0.5, percent: false });
  });
});

describe('period cells', () => {
  it.each([
    ['2018M08', '2018-08'],
    ['2018m8', '2018-08'],
    ['aug 2018', '2018-08'],
    ['August 2018', '2018-08'],
    ['sept. 2017', '2017-09'],
    ['okt-17', '2017-10'],
    ['08-2018', '2018-08'],
    ['2018-08', '2018-08'],
    ['30-09-2018', '2018-09-30'],
    ['31.08.2018', '2018-08-31'],
    ['pr. 31. august 2018', '2018-08-31'],
    ['2016K1', '2016-Q1'],
    ['Q1 2015', '2015-Q1'],
    ['1. kvartal 2016', '2016-Q1'],
    ['2. halvår 2015', '2015-H2'],
    ['2018', '2018'],
    ['2016-09--2017-08', '2016-09--2017-08'],
    // Canonical periods typed in lower case, and the words that may lead a status date.
    ['2016-q1', '2016-Q1'],
    ['2015-h2', '2015-H2'],
    ['ultimo 2018', '2018'],
    ['status aug 2018', '2018-08'],
    ['per 31.08.2018', '2018-08-31'],
    ['sep 2016 -- aug 2017', '2016-09--2017-08'],
  ])('reads %j as %s', (text, period) => {
    expect(normalisePeriod(text)).toBe(period);
  });

  it.each(['31-02-2018', '2018M13', 'sometime', 'Q5 2018', '', '12'])('refuses %j', (text) => {
    expect(normalisePeriod(text)).toBeUndefined();
  });
});

describe('delimiters and formula escaping', () => {
  it('picks the delimiter the header uses, ignoring quoted ones and a title line', () => {
    expect(detectDelimiter('kpi;period;value\nx;2018;"15,9"')).toBe(';');
    expect(detectDelimiter('"Titel, med komma"\n\nkpi\tperiod\tvalue\tunit')).toBe('\t');
    expect(detectDelimiter('kpi,period,value')).toBe(',');
  });

  it('prefixes every formula-like text with an apostrophe and nothing else', () => {
    expect(escapeFormula('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")');
    for (const t of ['+1', '-1', '@SUM(A1)', '\tx']) expect(escapeFormula(t)).toBe(`'${t}`);
    expect(escapeFormula('Status KIK II')).toBe('Status KIK II');
  });
});
