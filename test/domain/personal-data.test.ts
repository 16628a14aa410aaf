import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCpr, fieldsWithCpr, redactCpr } from '../../functions/domain/personal-data.js';

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

/** The formats people (and attackers) write CPR numbers in: finding 2 of the security review, and more. */
describe('CPR guard on normalised text', () => {
  it.each([
    ['a space', '010190 1234'],
    ['dots and a hyphen', '01.01.90-1234'],
    ['hyphens throughout', '01-01-90-1234'],
    ['a four-digit year', '01.01.1990-1234'],
    ['a four-digit year without separators', '010119901234'],
    ['an en dash', '010190–1234'],
    ['a non-breaking hyphen (U+2011)', '010190\u20111234'],
    ['a minus sign', '010190\u22121234'],
    ['a slash', '010190/1234'],
    ['full-width digits', '０１０１９０－１２３４'],
    ['Arabic-Indic digits', '٠١٠١٩٠-١٢٣٤'],
    ['a zero-width space inside', '0101\u200B90-1234'],
    ['a soft hyphen and a word joiner', '01\u00AD01\u206090 1234'],
    ['a no-break space', '010190\u00A01234'],
    ['a prefix glued on', 'nr.-010190-1234'],
    ['spaces around the hyphen', '010190 - 1234'],
    ['a near miss just before it', '320190 010190-1234'],
  ])('finds one written with %s', (_name, text) => {
    expect(containsCpr(`Borger ${text} har fået job`)).toBe(true);
  });

  it.each([
    ['a date with a four-digit year and a count of another century', 'pr. 30-09-2018 1234 personer'],
    ['a period range', '2016-2019'],
    ['amounts', '1.161.000 kr. og 2.322.000 kr.'],
    ['a phone number with spaces', 'tlf. 12 34 56 78'],
    ['an ISO date and time', '2018-09-30 12:00'],
    ['a period range', '2011-11--2012-03'],
  ])('lets %s through', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });

  it('names a key holding one without repeating it, and walks nesting too deep for recursion', () => {
    expect(fieldsWithCpr({ notes: { '010190-1234': 'x' } })).toEqual(['notes.(key)']);
    let deep: unknown = 'cpr 010190-1234';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(fieldsWithCpr(deep)).toHaveLength(1);
  });

  it('redacts every format it finds and keeps the other words', () => {
    expect(redactCpr('Ring til 0101\u200B90–1234 i dag', '[CPR]')).toBe('Ring til [CPR] i dag');
    expect(redactCpr('Besparelse 1.161 t.kr.', '[CPR]')).toBe('Besparelse 1.161 t.kr.');
    // Only the run holding the number goes: other figures in the same text stay.
    expect(redactCpr('Sag fra 2018: borger 010190-1234, tlf. 12 34 56 78', '[CPR]')).toBe('Sag fra 2018: borger [CPR], tlf. 12 34 56 78');
  });

  /** Printed so a failure can be replayed: fc.assert(…, { seed: CPR_SEED }). */
  const CPR_SEED = 20261130;
  it(`finds every generated CPR number however it is written (fast-check seed ${CPR_SEED})`, () => {
    const separators = ['', '', '-', '.', ' ', '/', '–', '—', '\u2011', '\u2212', ' - ', '\u00A0', '\u200B', '. ', '_'];
    const sep = fc.constantFrom(...separators);
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('1999-12-31T00:00:00Z'), noInvalidDate: true });
    const cpr = fc
      .record({ date, tail: fc.integer({ min: 0, max: 3999 }), seps: fc.tuple(sep, sep), longYear: fc.boolean(), fullWidth: fc.boolean(), hide: fc.option(fc.tuple(invisible, fc.nat()), { nil: undefined }), around: fc.tuple(fc.constantFrom('', 'nr.', 'nr.-', 'CPR:', '(', 'borger '), fc.constantFrom('', '.', ')', ' har fået job', '-')) })
      .map(({ date: d, tail, seps, longYear, fullWidth, hide, around }) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const year = longYear ? String(d.getUTCFullYear()) : p2(d.getUTCFullYear() % 100);
        // The date's own two separators are alike (01.01.90), the one before the last four digits may differ.
        let text = `${p2(d.getUTCDate())}${seps[0]}${p2(d.getUTCMonth() + 1)}${seps[0]}${year}${seps[1]}${String(tail).padStart(4, '0')}`;
        if (fullWidth) text = text.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)));
        if (hide) text = text.slice(0, hide[1] % text.length) + hide[0] + text.slice(hide[1] % text.length);
        return `${around[0]}${text}${around[1]}`;
      });
    fc.assert(fc.property(fc.string({ maxLength: 20 }).filter((s) => !/\d/.test(s)), cpr, (prefix, number) => containsCpr(`${prefix} ${number}`) && fieldsWithCpr({ note: number }).length === 1 && !containsCpr(redactCpr(number, '[CPR]'))), { seed: CPR_SEED, numRuns: 2000 });
  });
});
