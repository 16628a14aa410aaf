import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCpr, fieldsWithCpr } from '../../functions/domain/personal-data.js';

describe('CPR guard', () => {
  it.each([
    ['with a hyphen', 'Borger 010190-1234 har fået job'],
    ['without a hyphen', 'cpr 0101901234'],
    ['at the start and end', '311299-4321'],
    ['29 February in a leap year (1996 by the 7th digit)', '290296-1234'],
    ['born in 2005 (7th digit 4, year ≤ 36)', '150305-4123'],
  ])('refuses %s', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
  });

  it.each([
    ['an impossible date', '320190-1234'],
    ['month 13', '011390-1234'],
    ['29 February in a non-leap year (1997)', '290297-1234'],
    ['a Danish amount', 'besparelse 1.161 t.kr. i 2018'],
    ['an 8-digit phone number', 'ring 12345678'],
    ['a longer digit run', '12345678901'],
    ['a date range', '2016-2019'],
    ['a period', 'pr. 31. august 2018'],
  ])('lets %s through', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });

  it('names the fields that hold one, nested too', () => {
    const payload = { title: 'Idé', description: 'Fx borger 0101901234', economy: [{ note: 'ok' }, { note: '010190-1234' }] };
    expect(fieldsWithCpr(payload)).toEqual(['description', 'economy.1.note']);
  });

  it('finds any real date formatted as a CPR number inside other text', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const yy = fc.integer({ min: 0, max: 99 });
    const tail = fc.integer({ min: 0, max: 3999 }); // 7th digit 0–3: the 1900s, so every date is real
    fc.assert(
      fc.property(day, month, yy, tail, fc.boolean(), (d, m, y, t, hyphen) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const cpr = `${p2(d)}${p2(m)}${p2(y)}${hyphen ? '-' : ''}${String(t).padStart(4, '0')}`;
        return containsCpr(`Notat om borger ${cpr}.`);
      }),
    );
  });
});
