/**
 * Periods as canonical strings, so a figure's period can be part of its id and compared as text:
 *   day      2018-08-31        ("pr. 31. august 2018")
 *   month    2018-08
 *   quarter  2016-Q1
 *   half     2015-H2
 *   year     2018
 *   range    2016-09--2017-08  (ISO 8601-2 allows "--" for "/", and "/" is not allowed in Cosmos ids)
 * A range joins two non-range periods of any granularity and may not end before it starts.
 */
import type { Lang } from './lang.js';
import { MONTH_NAMES } from './months.js';
import { z } from 'zod';

const single = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?`;
export const PERIOD_PATTERN = new RegExp(`^${single}(?:--${single})?$`);

export const PeriodSchema = z
  .string()
  .regex(PERIOD_PATTERN, 'period must look like 2018, 2018-08, 2018-08-31, 2016-Q1, 2015-H2 or 2016-09--2017-08')
  .refine((p) => p.split('--').every((part) => isValidDate(part)), 'period names a date that does not exist')
  .refine((p) => !endsBeforeItStarts(p), 'period ends before it starts: write a range from its earlier period to its later one, as 2016-09--2017-08');

/** True for a range whose end comes before its start ("2017-08--2016-09"); a range must run forwards. */
export function endsBeforeItStarts(period: string): boolean {
  return PERIOD_PATTERN.test(period) && periodEnd(period) < periodStart(period);
}

export type Granularity = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range';

export function granularity(period: string): Granularity {
  if (period.includes('--')) return 'range';
  if (/^\d{4}$/.test(period)) return 'year';
  if (/-Q\d$/.test(period)) return 'quarter';
  if (/-H\d$/.test(period)) return 'half';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'day';
}

function isValidDate(part: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part);
  if (!m) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1;
}

/** First day of the period, as YYYY-MM-DD. */
export function periodStart(period: string): string {
  const first = period.split('--')[0]!;
  const year = first.slice(0, 4);
  switch (granularity(first)) {
    case 'year':
      return `${year}-01-01`;
    case 'quarter':
      return `${year}-${pad((Number(first.slice(-1)) - 1) * 3 + 1)}-01`;
    case 'half':
      return `${year}-${first.endsWith('1') ? '01' : '07'}-01`;
    case 'month':
      return `${first}-01`;
    default:
      return first;
  }
}

/** Last day of the period, as YYYY-MM-DD. */
export function periodEnd(period: string): string {
  const parts = period.split('--');
  const last = parts[parts.length - 1]!;
  const year = Number(last.slice(0, 4));
  switch (granularity(last)) {
    case 'year':
      return `${year}-12-31`;
    case 'quarter':
      return lastDayOfMonth(year, Number(last.slice(-1)) * 3);
    case 'half':
      return last.endsWith('1') ? `${year}-06-30` : `${year}-12-31`;
    case 'month':
      return lastDayOfMonth(year, Number(last.slice(5, 7)));
    default:
      return last;
  }
}

/** Orders periods by their end, then by their start (a month sorts before its year-long neighbour ending later). */
export function comparePeriods(a: string, b: string): number {
  return periodEnd(a).localeCompare(periodEnd(b)) || periodStart(a).localeCompare(periodStart(b));
}

/** True when `inner` lies wholly inside `outer` (a month inside its year, a day inside its month). */
export function periodContains(outer: string, inner: string): boolean {
  return periodStart(outer) <= periodStart(inner) && periodEnd(inner) <= periodEnd(outer);
}

export type { Lang } from './lang.js';

/** Human label: "31. august 2018" / "31 August 2018", "1. kvartal 2016" / "Q1 2016", "september 2016 – august 2017". */
export function periodLabel(period: string, lang: Lang): string {
  if (period.includes('--')) {
    const [from, to] = period.split('--') as [string, string];
    return `${periodLabel(from, lang)} – ${periodLabel(to, lang)}`;
  }
  const year = period.slice(0, 4);
  switch (granularity(period)) {
    case 'year':
      return year;
    case 'quarter':
      return lang === 'da' ? `${period.slice(-1)}. kvartal ${year}` : `Q${period.slice(-1)} ${year}`;
    case 'half':
      return lang === 'da' ? `${period.slice(-1)}. halvår ${year}` : `H${period.slice(-1)} ${year}`;
    case 'month':
      return `${MONTH_NAMES[lang][Number(period.slice(5, 7)) - 1]} ${year}`;
    default: {
      const day = Number(period.slice(8, 10));
      const month = MONTH_NAMES[lang][Number(period.slice(5, 7)) - 1];
      return lang === 'da' ? `${day}. ${month} ${year}` : `${day} ${month} ${year}`;
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}
