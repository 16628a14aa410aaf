/**
 * The proposal form's field rules at their edges: amounts and staff at and past their limits, decimals as
 * typed and as sent as numbers, years, effort types as a list or a comma string, blank and null inputs, and
 * which economy rows are kept. domain.test.ts shows each rule once; these are the boundaries.
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT_LIMIT, ECONOMY_YEARS, STAFF_LIMIT, validateDraft } from '../../functions/domain/proposals/index.js';

const QUICK_WIN = { kind: 'quick-win', orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Fælles booking', description: 'Ét bookingsystem.' };
const PRIORITY = { kind: 'priority', orgId: 'herning', responsibleUnit: 'BIC', title: 'Flere praktikker', plannedAction: 'To jobkonsulenter.' };

/** The draft, or the errors by field. */
function check(input: Record<string, unknown>, lang: 'da' | 'en' = 'en') {
  const result = validateDraft(input, lang);
  return result.ok ? { draft: result.draft } : { errors: Object.fromEntries(result.errors.map((e) => [e.field, e.message])) };
}
const saving = (value: unknown) => check({ ...QUICK_WIN, estimatedYearlySaving: value });
const staff = (value: unknown) => check({ ...PRIORITY, economy: [{ year: 2027, staffChange: value }] });
const year = (value: unknown) => check({ ...PRIORITY, economy: [{ year: value, staffChange: 1 }] });
const efforts = (value: unknown) => check({ ...PRIORITY, effortTypes: value });

describe('amounts', () => {
  it('take the limit itself on either side, and refuse one more with the range in the message', () => {
    expect(saving(AMOUNT_LIMIT).draft).toMatchObject({ estimatedYearlySaving: AMOUNT_LIMIT });
    expect(saving(-AMOUNT_LIMIT).draft).toMatchObject({ estimatedYearlySaving: -AMOUNT_LIMIT });
    const range = { estimatedYearlySaving: 'Must be between -10,000,000 and 10,000,000.' };
    expect(saving(AMOUNT_LIMIT + 1).errors).toEqual(range);
    expect(saving(-AMOUNT_LIMIT - 1).errors).toEqual(range);
    expect(check({ ...QUICK_WIN, estimatedYearlySaving: '-10.000.001' }, 'da').errors).toEqual({ estimatedYearlySaving: 'Skal ligge mellem -10.000.000 og 10.000.000.' });
  });

  it('refuse what is not a finite number, as not a number', () => {
    for (const bad of ['abc', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(saving(bad).errors, String(bad)).toEqual({ estimatedYearlySaving: 'Write a number, e.g. 1.600, -281 or 0,61.' });
    }
  });

  it('read a blank or null amount as none', () => {
    for (const blank of ['', '  ', null]) {
      const { draft } = saving(blank);
      expect(draft, String(blank)).toBeDefined();
      expect(draft).toMatchObject({ estimatedYearlySaving: undefined });
    }
  });
});

describe('staff', () => {
  it('takes up to two decimals, counted as typed ("0,610" has three) or, for a number, as written out', () => {
    expect(staff('0,61').draft).toMatchObject({ economy: [{ staffChange: 0.61 }] });
    expect(staff(STAFF_LIMIT).draft).toMatchObject({ economy: [{ staffChange: STAFF_LIMIT }] });
    const tooMany = { 'economy.0.staffChange': 'At most 2 decimals.' };
    expect(staff('0,610').errors).toEqual(tooMany);
    expect(staff(0.615).errors).toEqual(tooMany);
    // 1e-7 is how JavaScript writes 0.0000001: far more than two decimals, not none.
    expect(staff(0.0000001).errors).toEqual(tooMany);
    expect(staff(STAFF_LIMIT + 1).errors).toEqual({ 'economy.0.staffChange': 'Must be between -1,000 and 1,000.' });
  });
});

describe('years', () => {
  it('are whole years from 2000 to 2100, typed or sent as numbers', () => {
    for (const ok of [2000, 2100, '2027', ' 2030 ']) expect(year(ok).draft, String(ok)).toMatchObject({ economy: [{ year: Number(String(ok).trim()) }] });
    for (const bad of [1999, 2101, 2027.5, '20x7', '']) expect(year(bad).errors, String(bad)).toEqual({ 'economy.0.year': 'Write a year between 2000 and 2100.' });
  });
});

describe('effort types', () => {
  it('are read from a comma string, trimmed, blanks and repeats dropped, or from a list', () => {
    expect(efforts(' tidlig , ,afhjaelpende,tidlig ').draft).toMatchObject({ effortTypes: ['tidlig', 'afhjaelpende'] });
    expect(efforts(['eftervaern', 'eftervaern']).draft).toMatchObject({ effortTypes: ['eftervaern'] });
    for (const none of [undefined, null, '']) expect(efforts(none).draft, String(none)).toMatchObject({ effortTypes: [] });
    expect(efforts('tidlig,ukendt').errors).toEqual({ 'effortTypes.1': 'Pick one of the choices.' });
  });
});

describe('economy rows', () => {
  it('keep a year with any one figure, leave its blank cells out (not 0), and drop a year left blank', () => {
    const rows = [{ year: 2027, operatingCostChange: '5' }, { year: 2028, benefitSaving: '6' }, { year: 2029, staffChange: '1' }, { year: 2030 }];
    expect(check({ ...PRIORITY, economy: rows }).draft).toMatchObject({
      economy: [
        { year: 2027, operatingCostChange: 5 },
        { year: 2028, benefitSaving: 6 },
        { year: 2029, staffChange: 1 },
      ],
    });
    const stored = check({ ...PRIORITY, economy: rows }).draft as { economy: object[] };
    expect(stored.economy.map((y) => Object.keys(y).length)).toEqual([2, 2, 2]);
  });

  it(`take at most ${ECONOMY_YEARS} years, each once`, () => {
    const rows = Array.from({ length: ECONOMY_YEARS + 1 }, (_, i) => ({ year: 2027 + i, staffChange: 1 }));
    expect(check({ ...PRIORITY, economy: rows }).errors).toEqual({ economy: `At most ${ECONOMY_YEARS} years.` });
  });
});

describe('optional text', () => {
  it('reads null or blank as left out, and trims what is written', () => {
    const { draft } = check({ ...QUICK_WIN, expectedEffect: null, targetGroup: '  ' });
    expect(draft).toBeDefined();
    expect(draft).toMatchObject({ expectedEffect: undefined, targetGroup: undefined });
    expect(check({ ...QUICK_WIN, targetGroup: '  ledige  ' }).draft).toMatchObject({ targetGroup: 'ledige' });
  });
});
