/**
 * Period bounds worked out once per period string. Choosing a figure sorts a KPI's figures by period on
 * every question, and computing a period's end (last day of its month, quarter …) on each comparison was
 * the largest cost of answering at 100,000 figures. Same order and results as domain/period.ts.
 */
import { periodEnd, periodStart } from '../domain/period.js';

interface Bounds {
  start: string;
  end: string;
  mid: number;
}

const cache = new Map<string, Bounds>();
/** Periods are few (months, quarters, years, spans); the bound only guards against nonsense input. */
const MAX = 20_000;

function bounds(period: string): Bounds {
  let b = cache.get(period);
  if (!b) {
    const start = periodStart(period);
    const end = periodEnd(period);
    b = { start, end, mid: (Date.parse(start) + Date.parse(end)) / 2 };
    if (cache.size >= MAX) cache.clear();
    cache.set(period, b);
  }
  return b;
}

export const endOf = (period: string): string => bounds(period).end;
export const midOf = (period: string): number => bounds(period).mid;

/** As domain/period.ts comparePeriods: by end, then by start. */
export function byPeriod(a: string, b: string): number {
  const x = bounds(a);
  const y = bounds(b);
  return x.end.localeCompare(y.end) || x.start.localeCompare(y.start);
}

/** As domain/period.ts periodContains. */
export function contains(outer: string, inner: string): boolean {
  const o = bounds(outer);
  const i = bounds(inner);
  return o.start <= i.start && i.end <= o.end;
}

/** The same days however written: "2015-01--2015-03" is 2015-Q1, "2016-09--2017-08" is "2016-09--2017-08". */
export function sameSpan(a: string, b: string): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return x.start === y.start && x.end === y.end;
}
