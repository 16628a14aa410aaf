/** The actual figures a goal is measured by, as dated observations. */
import type { Figure, Goal } from '../model.js';
import { periodEnd, periodStart } from '../period.js';
import type { Observation } from './types.js';

type FigureLike = Pick<Figure, 'kpiId' | 'orgId' | 'kind' | 'period' | 'value'>;

/**
 * The goal's KPI's actual figures for the goal's organisation, dated at their period's end, up to and
 * including `untilDate`, oldest first. Figures dated later are ignored so a digest "as of" a past date sees
 * what was known then. Two figures ending the same day (a month and a range ending with it) count once:
 * the more specific one wins.
 */
export function actualSeries(goal: Pick<Goal, 'kpiId' | 'orgId'>, figures: readonly FigureLike[], untilDate: string): Observation[] {
  // Each period's start and end are worked out once, not in every comparison of the sort.
  const dated: { figure: FigureLike; start: string; end: string }[] = [];
  for (const f of figures) {
    if (f.kind !== 'actual' || f.kpiId !== goal.kpiId || f.orgId !== goal.orgId) continue;
    const { start, end } = bounds(f.period);
    if (end <= untilDate) dated.push({ figure: f, start, end });
  }
  // By end, then start (as comparePeriods): of two figures ending the same day the shorter comes last
  // and overwrites the longer one below.
  dated.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const byDate = new Map<string, Observation>();
  for (const { figure, end } of dated) byDate.set(end, { period: figure.period, date: end, value: figure.value });
  return [...byDate.values()];
}

/**
 * A digest reads the same few hundred periods for every goal, and working out a period's days is string
 * and Date work: remember them. Pure (same period, same answer); bounded so it cannot grow without limit.
 */
const boundsCache = new Map<string, { start: string; end: string }>();
const BOUNDS_CACHE_SIZE = 10_000;

function bounds(period: string): { start: string; end: string } {
  let b = boundsCache.get(period);
  if (!b) {
    if (boundsCache.size >= BOUNDS_CACHE_SIZE) boundsCache.clear();
    b = { start: periodStart(period), end: periodEnd(period) };
    boundsCache.set(period, b);
  }
  return b;
}

/**
 * The series with the goal's baseline added as one more observation, unless an actual already covers its
 * date. A baseline is where the effort started: one dated after the newest actual figure would become the
 * trend's latest point and outweigh what was measured, so it is left out then.
 */
export function withBaseline(series: readonly Observation[], baseline: Goal['baseline'], untilDate: string): Observation[] {
  if (!baseline) return [...series];
  const date = periodEnd(baseline.period);
  const newest = series.at(-1)?.date;
  if (date > untilDate || (newest !== undefined && date > newest) || series.some((o) => o.date === date)) return [...series];
  return [...series, { period: baseline.period, date, value: baseline.value, fromBaseline: true }].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
