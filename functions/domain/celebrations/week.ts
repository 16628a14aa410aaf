/** ISO weeks, the seed that makes the wording vary from one weekly digest to the next. */
import { dateOfDay, dayNumber } from '../goals/days.js';

/** "2018-09-03" → "2018-W36". */
export function isoWeekOf(date: string): string {
  const day = dayNumber(date, 'date');
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = day - weekday + 3;
  const year = Number(dateOfDay(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`, 'date')) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Consecutive weeks give consecutive numbers, across year ends too. */
export function weekOrdinal(week: string): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const jan4 = dayNumber(`${m[1]}-01-04`, 'week');
  const mondayOfWeek1 = jan4 - ((((jan4 + 3) % 7) + 7) % 7);
  return Math.floor((mondayOfWeek1 + (Number(m[2]) - 1) * 7 + 3) / 7);
}
