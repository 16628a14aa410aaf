/**
 * A projection to the deadline from the recent trend.
 *
 * Why least squares over the recent actuals: it uses every recent figure, so one unusual month moves the
 * line a little instead of deciding it (as the slope between the last two figures would); it is the method
 * a reader can redo in a spreadsheet (SLOPE/INTERCEPT); and with the few, irregularly spaced figures
 * job centres publish, anything richer (seasonality, curves) would be fitting noise. Time is measured in
 * days between period ends, so monthly, quarterly and one-off status figures mix correctly.
 */
import { DAYS_PER_YEAR, dayNumber } from './days.js';
import type { Observation } from './types.js';

export interface TrendOptions {
  /** Fit the line to at most this many of the latest observations. */
  trendPoints: number;
  /** …and only to those at most this many days older than the latest one. */
  trendWindowDays: number;
}

export const DEFAULT_TREND: TrendOptions = { trendPoints: 6, trendWindowDays: 3 * 365 };

export interface Line {
  /** Value on the day `atDay`. */
  valueAt(atDay: number): number;
  slopePerDay: number;
  points: number;
}

/** The observations the trend is fitted to: the latest `trendPoints`, within `trendWindowDays` of the latest. */
export function recentPoints(series: readonly Observation[], options: TrendOptions = DEFAULT_TREND): Observation[] {
  const last = series[series.length - 1];
  if (!last) return [];
  const earliest = dayNumber(last.date, 'date') - options.trendWindowDays;
  return series.slice(-options.trendPoints).filter((o) => dayNumber(o.date, 'date') >= earliest);
}

/** Ordinary least squares of value on day; undefined with fewer than two distinct dates. */
export function fitLine(points: readonly Observation[]): Line | undefined {
  if (points.length < 2) return undefined;
  const xs = points.map((p) => dayNumber(p.date, 'date'));
  const ys = points.map((p) => p.value);
  const meanX = mean(xs);
  const meanY = mean(ys);
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (ys[i]! - meanY);
  });
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { valueAt: (day) => meanY + slope * (day - meanX), slopePerDay: slope, points: points.length };
}

/**
 * The fitted line's value on `date`. A count or a share cannot go below zero, so when every observation is
 * non-negative the projection stops at zero rather than promising the impossible.
 */
export function project(points: readonly Observation[], date: string): { value: number; slopePerYear: number; points: number } | undefined {
  const line = fitLine(points);
  if (!line) return undefined;
  let value = line.valueAt(dayNumber(date, 'deadline'));
  if (value < 0 && points.every((p) => p.value >= 0)) value = 0;
  return { value, slopePerYear: line.slopePerDay * DAYS_PER_YEAR, points: line.points };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
