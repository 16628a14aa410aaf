/**
 * The CPR guard at its edges, each case built around a number that IS a CPR number on its own, so the
 * boundary it names is the only thing that can make it pass: digits or hyphens glued on either side,
 * the day and month limits, and the century rule of the seventh digit (which decides only 29 February
 * 00: 2000 was a leap year, 1900 and 1800 were not).
 */
import { describe, expect, it } from 'vitest';
import { containsCpr, fieldsWithCpr } from '../../functions/domain/personal-data.js';

const REAL = '0101901234';
const REAL_HYPHEN = '010190-1234';

describe('CPR guard boundaries', () => {
  it('the numbers the boundary cases are built on are CPR numbers', () => {
    for (const text of [REAL, REAL_HYPHEN, `x${REAL}x`, `(${REAL_HYPHEN})`, `cpr:${REAL}.`, `${REAL} ${REAL}`]) expect(containsCpr(text), text).toBe(true);
  });

  it.each([
    ['a digit before', `9${REAL}`],
    ['a digit after', `${REAL}9`],
    ['a digit before, hyphenated', `9${REAL_HYPHEN}`],
    ['a digit after, hyphenated', `${REAL_HYPHEN}9`],
    ['a hyphen in the wrong place', '01019-01234'],
    ['nine digits', '010190123'],
    ['three digits after the hyphen', '010190-123'],
  ])('is not one inside a longer number: %s', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });

  // Finding 2 of the security review: "nr.-010190-1234" and "010190 - 1234" were stored. A hyphen (or any
  // separator) next to the number does not make it something else.
  it.each([
    ['a hyphen before', `-${REAL}`],
    ['a hyphen after', `${REAL}-`],
    ['a hyphen before, hyphenated', `12-${REAL_HYPHEN}`],
    ['a hyphen after, hyphenated', `${REAL_HYPHEN}-5`],
    ['two hyphens', '010190--1234'],
  ])('is one with separators around it: %s', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
  });

  it('finds a CPR number after a longer digit run that is not one', () => {
    expect(containsCpr(`12345678901 ${REAL}`)).toBe(true);
    expect(containsCpr(`9${REAL} og ${REAL_HYPHEN}`)).toBe(true);
  });

  it.each([
    ['day 1 and 31 of January', '010190-1234', true],
    ['day 31 of a 31-day month', '311290-1234', true],
    ['day 0', '000190-1234', false],
    ['day 32', '320190-1234', false],
    ['day 31 of a 30-day month', '310490-1234', false],
    ['day 30 of April', '300490-1234', true],
    ['month 0', '010090-1234', false],
    ['month 12', '011290-1234', true],
    ['month 13', '011390-1234', false],
    ['28 February of a common year', '280291-1234', true],
    ['29 February of a common year', '290291-1234', false],
    ['29 February of a leap year', '290292-1234', true],
    ['30 February', '300292-1234', false],
  ])('%s', (_name, text, expected) => {
    expect(containsCpr(text)).toBe(expected);
  });

  it('29 February 00 is a date only in 2000: seventh digit 4 to 9', () => {
    for (let seventh = 0; seventh <= 9; seventh++) {
      expect(containsCpr(`290200-${seventh}123`), `seventh digit ${seventh}`).toBe(seventh >= 4);
    }
  });

  it('names the field path, and "(text)" for a bare string; other values hold none', () => {
    expect(fieldsWithCpr(REAL)).toEqual(['(text)']);
    expect(fieldsWithCpr([REAL, 'x', [REAL]])).toEqual(['0', '2.0']);
    expect(fieldsWithCpr({ a: { b: [{ c: REAL }] } })).toEqual(['a.b.0.c']);
    expect(fieldsWithCpr({ n: 990000000, t: true, z: null, u: undefined })).toEqual([]);
    expect(fieldsWithCpr(null)).toEqual([]);
  });
});

describe('a four-digit year must agree with the century the seventh digit gives', () => {
  it.each([
    ['seventh digit 3, the 1900s', '01.01.1990-3123', true],
    ['seventh digit 3 cannot be the 2000s', '01.01.2010-3123', false],
    ['seventh digit 4, year 36: 2036', '01.01.2036-4123', true],
    ['seventh digit 4, year 37: 1937', '01.01.1937-4123', true],
    ['seventh digit 4, year 37 cannot be 2037', '01.01.2037-4123', false],
    ['seventh digit 9, year 90: 1990', '01.01.1990-9123', true],
    ['seventh digit 9, year 10: 2010', '01.01.2010-9123', true],
    ['seventh digit 5, year 57: 2057', '01.01.2057-5123', true],
    ['seventh digit 5, year 58: 1858', '01.01.1858-5123', true],
    ['seventh digit 8, year 58 cannot be 2058', '01.01.2058-8123', false],
    ['seventh digit 5 cannot be the 1900s', '01.01.1990-5123', false],
  ])('%s', (_name, text, expected) => {
    expect(containsCpr(`Borger ${text}`)).toBe(expected);
  });
});
