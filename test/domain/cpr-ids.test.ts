/**
 * Machine ids whose digits read as a CPR number are let through, and only they: a hexadecimal token
 * (letters a–f glued to the digits, looked at up to 64 characters either side) and a UUID as a whole.
 * Digits hidden in an id with an invisible character are found all the same. Each case is made inside
 * its test, so a mutant switched on for the test sees it.
 */
import { describe, expect, it } from 'vitest';
import { containsCpr, fieldsWithCpr } from '../../functions/domain/personal-data.js';

const LONG_TAIL = ` ${'tekst '.repeat(20)}`;

describe('ids that are not CPR numbers', () => {
  it('lets a hexadecimal token through wherever it stands in a long text', () => {
    expect(containsCpr('deadbeef0101901234')).toBe(false);
    expect(containsCpr(`deadbeef0101901234${LONG_TAIL}`)).toBe(false);
    expect(containsCpr(`id deadbeef0101901234${LONG_TAIL}`)).toBe(false);
    expect(containsCpr(`${LONG_TAIL}0101901234abc${LONG_TAIL}`)).toBe(false);
  });

  it('lets a UUID through whose first groups read as a date and four digits', () => {
    expect(containsCpr('01011990-1234-4abc-8def-0123456789ab')).toBe(false);
    expect(containsCpr('sag 01011990-1234-4ABC-8DEF-0123456789AB oprettet')).toBe(false);
    // A UUID between a date and a count is a word between them, not a gap to read the two across.
    expect(containsCpr('møde 010190 3f2c1a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c 1234 deltagere')).toBe(false);
  });

  it('still finds the number when a letter outside a–f, a separator or an invisible character gives it away', () => {
    expect(containsCpr(`borger0101901234${LONG_TAIL}`)).toBe(true);
    expect(containsCpr('fed010190-1234')).toBe(true);
    expect(containsCpr('deadbeef\u200b0101901234')).toBe(true);
    expect(containsCpr('01011990-1234 og 4abc')).toBe(true);
  });

  it('looks at most 64 characters back for the token a number sits in', () => {
    // 63 hex letters and a g before them: the g is out of sight, so the token looks hexadecimal.
    expect(containsCpr(`g${'a'.repeat(64)}0101901234`)).toBe(false);
    expect(containsCpr(`g${'a'.repeat(63)}0101901234`)).toBe(true);
    expect(containsCpr(`0101901234${'a'.repeat(64)}g`)).toBe(false);
    expect(containsCpr(`0101901234${'a'.repeat(63)}g`)).toBe(true);
  });
});

describe('numbers next to other digits', () => {
  it('finds a number that starts inside a near miss', () => {
    // "32.12.010190" reads as a date that does not exist; the real number starts at its third group.
    expect(containsCpr('ref 32.12.010190-1234')).toBe(true);
    expect(containsCpr('ref 32.12.320190-1234')).toBe(false);
  });
});

describe('fields holding a number', () => {
  it('names a key that holds one, at the top as "(key)" and below by its path, and never an array index', () => {
    expect(fieldsWithCpr({ '0101901234': 'x' })).toEqual(['(key)']);
    expect(fieldsWithCpr({ a: { 'nr 010190-1234': 1 } })).toEqual(['a.(key)']);
    expect(fieldsWithCpr(['x', ['y', '0101901234']])).toEqual(['1.1']);
    // An index is a position nobody typed, even one with the ten digits of a real number (a sparse array).
    const sparse: string[] = [];
    sparse[3112901234] = 'x';
    expect(fieldsWithCpr(sparse)).toEqual([]);
  });

  it('walks the properties of any value, a function holding text too', () => {
    expect(fieldsWithCpr({ f: Object.assign(() => 1, { note: '0101901234' }), n: 5, t: true })).toEqual(['f.note']);
  });
});
