/**
 * A CPR number sent as a JSON number, not as text: the product refuses CPR numbers in any format and in
 * any field, and ordinary figures (amounts, years, counts) must still pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsWithCpr } from '../../functions/domain/personal-data.js';

const p2 = (n: number) => String(n).padStart(2, '0');

describe('CPR numbers sent as numbers', () => {
  it.each([
    ['ten digits', 3112901234],
    ['a 2005 birth by the seventh digit', 1503054123],
    ['the four-digit-year form', 311219901234],
    ['a minus sign before it', -3112901234],
    ['a decimal point with nothing after it (JSON 3112901234.0)', JSON.parse('3112901234.0') as number],
    // JSON keeps no leading zero: 010190-1234 sent as a number is 101901234.
    ['nine digits that are one once the day\'s zero is put back (010190-1234)', 101901234],
    ['nine digits of a 2005 birth (090305-4123)', 903054123],
    ['nine digits after a minus sign', -101901234],
  ])('names the field holding %s', (_what, value) => {
    expect(fieldsWithCpr({ value })).toEqual(['value']);
  });

  it('names nested fields, array items and a bare number', () => {
    expect(fieldsWithCpr({ title: 'Idé', economy: [{ amount: 1500000 }, { amount: 3112901234 }], meta: { n: 1503054123 } })).toEqual(['economy.1.amount', 'meta.n']);
    expect(fieldsWithCpr([7, 3112901234])).toEqual(['1']);
    expect(fieldsWithCpr(3112901234)).toEqual(['(text)']);
  });

  it.each([
    ['an amount', 1500000],
    ['a year', 2018],
    ['zero', 0],
    ['day 32', 3212901234],
    ['month 13', 1013901234],
    ['29 February in a non-leap year (1997)', 2902971234],
    ['eleven digits', 31129012345],
    ['the four-digit-year form whose year the seventh digit contradicts (1990, but 5 says 1890)', 311219905234],
    ['nine digits whose padded month is 00 (0100000000)', 100000000],
    ['nine digits whose padded month is 13 (0113901234)', 113901234],
    ['nine digits whose padded month is 90 (0990000000)', 990000000],
    ['eight digits (two zeros would be needed: no day 00)', 10190123],
    ['a fraction whose decimals read as one', 0.3112901234],
    ['a fraction after one', 3112901234.5],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['a number JSON writes with an exponent', 1e21],
  ])('lets %s through', (_what, value) => {
    expect(fieldsWithCpr({ value })).toEqual([]);
  });

  /** Printed so a failure can be replayed: fc.assert(…, { seed: NUMBER_SEED }). */
  const NUMBER_SEED = 20261201;
  it(`refuses every ten-digit number that is a real date, and none that is not (fast-check seed ${NUMBER_SEED})`, () => {
    // Days from 10: a day 01–09 would start with a zero, which a JSON number cannot hold. Days and months
    // just past their ends, so both sides of every month's last day are tried.
    const digits = fc.record({ dd: fc.integer({ min: 10, max: 33 }), mm: fc.integer({ min: 0, max: 13 }), yy: fc.integer({ min: 0, max: 99 }), tail: fc.integer({ min: 0, max: 3999 }) });
    fc.assert(
      fc.property(digits, ({ dd, mm, yy, tail }) => {
        const value = Number(`${p2(dd)}${p2(mm)}${p2(yy)}${String(tail).padStart(4, '0')}`);
        // Seventh digit 0–3: the 1900s. A real date keeps its day and month once made.
        const date = new Date(Date.UTC(1900 + yy, mm - 1, dd));
        const real = mm >= 1 && mm <= 12 && date.getUTCDate() === dd && date.getUTCMonth() === mm - 1;
        return fieldsWithCpr({ value }).length === (real ? 1 : 0);
      }),
      { seed: NUMBER_SEED, numRuns: 500 },
    );
  });

  it(`refuses every nine-digit number that is a real date once its zero is back, and none that is not (fast-check seed ${NUMBER_SEED})`, () => {
    // Days 1–9 exist in every month, so the padded number is a real date exactly when its month is 01–12.
    const digits = fc.record({ d: fc.integer({ min: 1, max: 9 }), mm: fc.integer({ min: 0, max: 99 }), yy: fc.integer({ min: 0, max: 99 }), tail: fc.integer({ min: 0, max: 9999 }) });
    fc.assert(
      fc.property(digits, ({ d, mm, yy, tail }) => {
        const value = Number(`${d}${p2(mm)}${p2(yy)}${String(tail).padStart(4, '0')}`);
        return fieldsWithCpr({ value }).length === (mm >= 1 && mm <= 12 ? 1 : 0);
      }),
      { seed: NUMBER_SEED, numRuns: 500 },
    );
  });
});
