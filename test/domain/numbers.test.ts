/**
 * The one number parser as the core's own tests see it: signs of every kind, surrounding spaces, an
 * English thousands comma, and how many decimals a typed number has in each language.
 */
import { describe, expect, it } from 'vitest';
import { decimalPlaces, parseNumber } from '../../functions/domain/numbers.js';

describe('parseNumber', () => {
  it.each([
    [' −1,600 ', 'en', -1600],
    ['-1,600.5', 'en', -1600.5],
    [' +1,600 ', 'en', 1600],
    [' −0,5 ', 'da', -0.5],
    [' 1.600,25 ', 'da', 1600.25],
    ['1,600', 'da', 1.6],
    ['1,600,000', 'en', 1600000],
    ['1.600.000', 'da', 1600000],
    ['+5', 'da', 5],
  ] as const)('reads %j in %s as %d', (text, lang, value) => {
    expect(parseNumber(text, lang)).toBe(value);
  });

  it('a minus that is not in front is no sign', () => {
    expect(parseNumber('1-2')).toBeUndefined();
    expect(parseNumber('12-')).toBeUndefined();
  });

  it('digits too many for a number are no number', () => {
    expect(parseNumber('9'.repeat(400))).toBeUndefined();
  });

  it('minus zero is plain zero', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseNumber('−0,0'), 0)).toBe(true);
  });
});

describe('decimalPlaces', () => {
  it.each([
    [' 1,600.25 ', 'en', 2],
    [' 1,600 ', 'en', 0],
    [' 1,600 ', 'da', 3],
    [' -1.600,5 ', 'da', 1],
    [' 1.600 ', 'da', 0],
    [' −0,61 ', 'da', 2],
    ['0.615', 'en', 3],
    ['1-2', 'da', 0],
    ['0,6-1', 'da', 0],
  ] as const)('%j in %s has %i', (text, lang, places) => {
    expect(decimalPlaces(text, lang)).toBe(places);
  });
});
