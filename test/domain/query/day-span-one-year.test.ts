/**
 * Two days of one year written with the year once, at the end ("1. marts til 30. juni 2019", "3 Mar–30 Jun 2019",
 * "1/3-30/6 2019"): a span from the first day to the second, never the second day alone with the first left behind
 * as words of the measure.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriods } from '../../../functions/domain/query/period-parse.js';
import { fold } from '../../../functions/domain/query/text.js';

const read = (q: string) => parsePeriods(fold(q));

describe('two days of one year, the year written once', () => {
  it.each([
    ['i perioden 1. marts til 30. juni 2019', '2019-03-01--2019-06-30'],
    ['fra 3. jan. - 15. maj 2017', '2017-01-03--2017-05-15'],
    ['mellem 1. april og 31. oktober 2016', '2016-04-01--2016-10-31'],
    ['during 3 March–30 June 2019', '2019-03-03--2019-06-30'],
    ['between 1 April and 31 October 2016', '2016-04-01--2016-10-31'],
    ['from March 1 to June 30, 2019', '2019-03-01--2019-06-30'],
    ['(1/3-30/6 2019)', '2019-03-01--2019-06-30'],
    ['1.3.-30.6.2019', '2019-03-01--2019-06-30'],
  ])('%s is %s', (q, p) => {
    const r = read(q);
    expect(r.periods).toEqual([p]);
    // No month word is left outside the span for the measure search.
    const left = r.spans.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), fold(q));
    expect(left).not.toMatch(/marts|march|jan|april/);
  });
  it('days written the other way round, or a day that does not exist, make no span', () => {
    expect(read('mellem 30. juni og 1. marts 2019').periods).not.toContain('2019-06-30--2019-03-01');
    expect(read('fra 31. februar til 30. juni 2019').periods).not.toContain('2019-02-31--2019-06-30');
  });
  it('a day with its own year still joins the other as before', () => {
    expect(read('fra 1. marts 2019 til 30. juni 2019').periods).toEqual(['2019-03-01--2019-06-30']);
    expect(read('pr. 30. juni 2019').periods).toEqual(['2019-06-30']);
  });
});

describe('the length of a span said again after it', () => {
  it.each([
    ['fra 1/3-19 til 30/6-19 (4 måneder)', '2019-03-01--2019-06-30'],
    ['between 1 March and 30 June 2019 (four months)', '2019-03-01--2019-06-30'],
  ])('%s is the span, the months counted in it', (q, p) => {
    const r = read(q);
    expect(r.periods).toEqual([p]);
    expect(r.spans.some((s) => fold(q).slice(s.start, s.end).includes(')'))).toBe(true);
  });
  it('another number of months is not the span said again', () => {
    const q = 'fra 1/3-19 til 30/6-19 (6 måneder)';
    expect(read(q).spans.some((s) => fold(q).slice(s.start, s.end).includes('6 maaneder'))).toBe(false);
  });
});
