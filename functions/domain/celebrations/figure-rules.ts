/** New best value, and several periods improving in a row — from a KPI's own actual figures. */
import { compareValues } from '../goals/direction.js';
import { actualSeries } from '../goals/series.js';
import type { Observation } from '../goals/types.js';
import type { Figure, Kpi } from '../model.js';
import { celebration, isRecent, ref, type RuleContext } from './context.js';
import { quantity } from './names.js';
import type { Celebration } from './types.js';

export type FigureLike = Pick<Figure, 'kpiId' | 'orgId' | 'kind' | 'period' | 'value'>;

/** A best needs a history to beat: at least this many earlier figures. */
const MIN_HISTORY = 2;

export function figureCelebrations(kpis: readonly Kpi[], figuresByKpi: ReadonlyMap<string, readonly FigureLike[]>, ctx: RuleContext): Celebration[] {
  const out: Celebration[] = [];
  for (const kpi of kpis) {
    // A neutral measure has no better or worse, so nothing about it is good news.
    if (kpi.direction === 'neutral') continue;
    const series = actualSeries({ kpiId: kpi.id, orgId: kpi.orgId }, figuresByKpi.get(kpi.id) ?? [], ctx.asOf);
    const latest = series.at(-1);
    if (!latest || !isRecent(latest.date, ctx)) continue;
    const best = newBest(kpi, series, ctx);
    if (best) out.push(best);
    const streak = improvingStreak(kpi, series, ctx);
    if (streak) out.push(streak);
  }
  return out;
}

function newBest(kpi: Kpi, series: Observation[], ctx: RuleContext): Celebration | undefined {
  const latest = series.at(-1)!;
  const earlier = series.slice(0, -1);
  if (earlier.length < MIN_HISTORY) return undefined;
  const previousBest = earlier.reduce((a, b) => (compareValues(a.value, b.value, kpi.direction) > 0 ? b : a));
  if (compareValues(previousBest.value, latest.value, kpi.direction) <= 0) return undefined;
  const words = ctx.names.figureWords(kpi, ctx.names.place(kpi.caseId, kpi.orgId), latest.period, latest.value, (lang) => ({
    best: quantity(kpi, previousBest.value, lang),
  }));
  return celebration(ctx, ref('new-best', kpi.id, latest.period), latest.date, words, facts(kpi, latest));
}

/**
 * Improvements in a row ending with the latest figure. Each streak is celebrated when it reaches each of
 * the configured lengths (3, 6, 12 by default), keyed by where it began, so it is news at 3 and again at 6.
 */
function improvingStreak(kpi: Kpi, series: Observation[], ctx: RuleContext): Celebration | undefined {
  let length = 0;
  for (let i = series.length - 1; i > 0 && compareValues(series[i - 1]!.value, series[i]!.value, kpi.direction) > 0; i--) length++;
  const reached = [...ctx.options.streakLengths].filter((n) => n <= length).sort((a, b) => b - a)[0];
  if (reached === undefined) return undefined;
  const latest = series.at(-1)!;
  const start = series[series.length - 1 - length]!;
  const words = ctx.names.figureWords(kpi, ctx.names.place(kpi.caseId, kpi.orgId), latest.period, latest.value, () => ({ n: String(length) }));
  return celebration(ctx, ref('improving-streak', kpi.id, start.period, String(reached)), latest.date, words, facts(kpi, latest));
}

function facts(kpi: Kpi, latest: Observation) {
  return { kpiId: kpi.id, period: latest.period, value: latest.value, ...(kpi.caseId ? { caseId: kpi.caseId } : {}) };
}

/** Figures grouped by KPI once, so each rule reads only its own KPI's figures. */
export function byKpi(figures: readonly FigureLike[]): Map<string, FigureLike[]> {
  const map = new Map<string, FigureLike[]>();
  for (const f of figures) {
    const list = map.get(f.kpiId);
    if (list) list.push(f);
    else map.set(f.kpiId, [f]);
  }
  return map;
}
