/**
 * ISO weeks against a second, independent reckoning (JavaScript's own calendar: the week of a day is the
 * week of its Thursday, and week 1 holds 4 January), on every day of nearly sixty years around 1970, where
 * day numbers change sign. A week's ordinal is fixed, not just consecutive: it picks the week's phrasing, so
 * a digest resent for an old week must read as it did.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekOf, weekOrdinal } from '../../../functions/domain/celebrations/index.js';

const DAY = 86_400_000;

function referenceWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

const yearEnds = Array.from({ length: 100 }, (_, i) => days(`${1940 + i}-12-22`, `${1941 + i}-01-10`)).flat();
const checked = [...days('1967-01-01', '1973-12-31'), ...yearEnds];

describe('ISO weeks', () => {
  it('name the same week as the calendar reckons', () => {
    for (const date of checked) expect(isoWeekOf(date), date).toBe(referenceWeek(date));
  });

  it('number weeks from the one holding 1 January 1970, so each week keeps its number and its phrasing', () => {
    expect(weekOrdinal('1970-W01')).toBe(0);
    // The week of a day is the count of whole weeks from Monday 29 December 1969 (day -3).
    for (const date of checked) {
      expect(weekOrdinal(isoWeekOf(date)), date).toBe(Math.floor((Date.parse(`${date}T00:00:00Z`) / DAY + 3) / 7));
    }
  });

  it('refuses anything but a whole ISO week', () => {
    for (const bad of ['x2018-W36', '2018-W36x', '2018-W036', '18-W36', '2018-36']) expect(() => weekOrdinal(bad), bad).toThrow(/not an ISO week/);
  });
});
