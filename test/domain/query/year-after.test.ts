/** "i året efter 2022", "the year after 2022", "året før 2019": the year next to the one named, in both languages. */
import { describe, expect, it } from 'vitest';
import { parsePeriods } from '../../../functions/domain/query/period-parse.js';
import { fold } from '../../../functions/domain/query/text.js';

const periods = (q: string) => parsePeriods(fold(q)).periods;

describe('the year after or before a year', () => {
  it.each([
    ['Hvad er nettoen i året efter 2022?', ['2023']],
    ['What was the net in the year after 2022?', ['2023']],
    ['Hvad var budgettet i året før 2019?', ['2018']],
    ['the year before 2016', ['2015']],
  ])('%s', (q, want) => expect(periods(q)).toEqual(want));
  it('leaves a year named alone, and "efter 2022" without "året", as they were', () => {
    expect(periods('Hvad var nettoen i 2022?')).toEqual(['2022']);
    expect(parsePeriods(fold('Hvor meget er det steget efter 2022?')).since).toBe('2022');
  });
});
