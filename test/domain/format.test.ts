import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity } from '../../functions/domain/format.js';

describe('formatNumber', () => {
  it('groups thousands and marks decimals the Danish way', () => {
    expect(formatNumber(1869, 'da')).toBe('1.869');
    expect(formatNumber(757861, 'da')).toBe('757.861');
    expect(formatNumber(15.9, 'da')).toBe('15,9');
    expect(formatNumber(-2000, 'da')).toBe('-2.000');
  });

  it('groups thousands and marks decimals the English way', () => {
    expect(formatNumber(1869, 'en')).toBe('1,869');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(14.2, 'en')).toBe('14.2');
  });

  it('drops trailing zeros unless asked to keep them, and never prints "-0"', () => {
    expect(formatNumber(15, 'da', { maxDecimals: 1 })).toBe('15');
    expect(formatNumber(15, 'da', { maxDecimals: 1, minDecimals: 1 })).toBe('15,0');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(999.996, 'en')).toBe('1,000');
  });
});

describe('formatQuantity', () => {
  it('names the unit in Danish', () => {
    expect(formatQuantity(1869, 'full-time-persons', 1, 'da')).toBe('1.869 fuldtidspersoner');
    expect(formatQuantity(50, 'full-year-persons', 1, 'da')).toBe('50 helårspersoner');
    expect(formatQuantity(1, 'persons', 1, 'da')).toBe('1 person');
    expect(formatQuantity(14.2, 'percent', 1, 'da')).toBe('14,2 %');
    expect(formatQuantity(4, 'rank', 1, 'da')).toBe('nr. 4');
    expect(formatQuantity(50, 'cases-per-caseworker', 1, 'da')).toBe('50 sager pr. sagsbehandler');
    expect(formatQuantity(1133, 'contact-courses', 1, 'da')).toBe('1.133 kontaktforløb');
  });

  it('names the unit in English', () => {
    expect(formatQuantity(1869, 'full-time-persons', 1, 'en')).toBe('1,869 full-time persons');
    expect(formatQuantity(500, 'companies', 1, 'en')).toBe('500 companies');
    expect(formatQuantity(14.2, 'percent', 1, 'en')).toBe('14.2%');
    expect(formatQuantity(2.5, 'full-year-positions', 1, 'en')).toBe('2.5 full-year positions');
  });

  it('names durations in either language, singular for exactly one', () => {
    expect(formatQuantity(45, 'weeks', 1, 'da')).toBe('45 uger');
    expect(formatQuantity(1, 'weeks', 1, 'da')).toBe('1 uge');
    expect(formatQuantity(3, 'months', 1, 'da')).toBe('3 måneder');
    expect(formatQuantity(37, 'hours', 1, 'en')).toBe('37 hours');
    expect(formatQuantity(1, 'days', 1, 'en')).toBe('1 day');
    expect(formatQuantity(2, 'years', 1, 'da')).toBe('2 år');
  });

  it('shows money in millions with one decimal, whatever scale it is stored in', () => {
    expect(formatQuantity(15_587_560, 'dkk', 1, 'da')).toBe('15,6 mio. kr.');
    expect(formatQuantity(15_587_560, 'dkk', 1, 'en')).toBe('DKK 15.6 million');
    expect(formatQuantity(60.6, 'dkk', 1_000_000, 'da')).toBe('60,6 mio. kr.');
    expect(formatQuantity(757_861, 'dkk', 1000, 'da')).toBe('757,9 mio. kr.');
    expect(formatQuantity(-45_655, 'dkk', 1000, 'en')).toBe('DKK -45.7 million');
    expect(formatQuantity(893_273, 'dkk', 1000, 'en')).toBe('DKK 893.3 million');
  });

  it('shows smaller amounts in whole kroner', () => {
    expect(formatQuantity(67_772, 'dkk', 1, 'da')).toBe('67.772 kr.');
    expect(formatQuantity(67_772, 'dkk', 1, 'en')).toBe('DKK 67,772');
  });
});

describe('edges of formatting', () => {
  it('switches to millions at exactly a million and to billions at exactly a milliard', () => {
    expect(formatQuantity(999_999, 'dkk', 1, 'da')).toBe('999.999 kr.');
    expect(formatQuantity(1_000_000, 'dkk', 1, 'da')).toBe('1,0 mio. kr.');
    expect(formatQuantity(-1_000_000, 'dkk', 1, 'en')).toBe('DKK -1.0 million');
    expect(formatQuantity(1_000_000, 'dkk', 1000, 'da')).toBe('1,0 mia. kr.');
    expect(formatQuantity(2_345_678, 'dkk', 1000, 'en')).toBe('DKK 2.3 billion');
  });

  it('uses the singular for exactly one, below zero too', () => {
    expect(formatQuantity(-1, 'persons', 1, 'da')).toBe('-1 person');
    expect(formatQuantity(1, 'full-year-positions', 1, 'en')).toBe('1 full-year position');
    expect(formatQuantity(2, 'cases', 1, 'en')).toBe('2 cases');
  });

  it('a rank, a count and a share in English', () => {
    expect(formatQuantity(4, 'rank', 1, 'en')).toBe('no. 4');
    expect(formatQuantity(12345, 'count', 1, 'en')).toBe('12,345');
    expect(formatQuantity(0.158, 'percent', 100, 'en')).toBe('15.8%');
  });

  it('never shows more decimals than asked, even when asked for a minimum beyond it', () => {
    expect(formatNumber(1.55, 'da', { minDecimals: 3, maxDecimals: 1 })).toBe('1,6');
    expect(formatNumber(1.5, 'en', { maxDecimals: 0 })).toBe('2');
  });

  it('a value that is not a number is said as such', () => {
    expect(formatNumber(Number.POSITIVE_INFINITY, 'da')).toBe('Infinity');
  });
});

describe('decimals by unit', () => {
  it('a share has one decimal, whole kroner none', () => {
    expect(formatQuantity(14.25, 'percent', 1, 'da')).toBe('14,3 %');
    expect(formatQuantity(14.25, 'percent', 1, 'en')).toBe('14.3%');
    expect(formatQuantity(67_772.5, 'dkk', 1, 'da')).toBe('67.773 kr.');
  });
});
