/** The actual figures a goal is measured by, as dated observations. */
import type { Figure, Goal } from '../model.js';
import { comparePeriods, periodEnd } from '../period.js';
import type { Observation } from './types.js';

type FigureLike = Pick<Figure, 'kpiId' | 'orgId' | 'kind' | 'period' | 'value'>;

/**
 * The goal's KPI's actual figures for the goal's organisation, dated at their period's end, up to and
 * including `untilDate`, oldest first. Figures dated later are ignored so a digest "as of" a past date sees
 * what was known then. Two figures ending the same day (a month and a range ending with it) count once:
 * the more specific one wins.
 */
export function actualSeries(goal: Pick<Goal, 'kpiId' | 'orgId'>, figures: readonly FigureLike[], untilDate: string): Observation[] {
  const relevant = figures
    .filter((f) => f.kind === 'actual' && f.kpiId === goal.kpiId && f.orgId === goal.orgId)
    .filter((f) => periodEnd(f.period) <= untilDate)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const byDate = new Map<string, Observation>();
  // comparePeriods puts the shorter of two same-ending periods last, so it overwrites the longer one.
  for (const f of relevant) byDate.set(periodEnd(f.period), { period: f.period, date: periodEnd(f.period), value: f.value });
  return [...byDate.values()];
}

/** The series with the goal's baseline added as one more observation, unless an actual already covers its date. */
export function withBaseline(series: readonly Observation[], baseline: Goal['baseline'], untilDate: string): Observation[] {
  if (!baseline) return [...series];
  const date = periodEnd(baseline.period);
  if (date > untilDate || series.some((o) => o.date === date)) return [...series];
  return [...series, { period: baseline.period, date, value: baseline.value, fromBaseline: true }].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
