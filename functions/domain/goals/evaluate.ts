/**
 * The goal engine: a goal's status, projection and change from its KPI's figures, as of a given date.
 * "As of" is always an argument — nothing here reads the clock — so a digest for 3 September 2018 is
 * reproducible, and figures dated after asOf are ignored.
 */
import { NotFoundError, ValidationError } from '../errors.js';
import type { Figure, Goal, Kpi, Unit } from '../model.js';
import { periodEnd } from '../period.js';
import { dayNumber } from './days.js';
import { compareValues, goalDirection, lead, meets } from './direction.js';
import { actualSeries, withBaseline } from './series.js';
import { DEFAULT_TREND, project, recentPoints, type TrendOptions } from './trend.js';
import type { Change, GoalDirection, GoalEvaluation, GoalStatus, Observation, Projection } from './types.js';

export interface EvaluateOptions extends Partial<TrendOptions> {
  /** The date the status describes, YYYY-MM-DD. */
  asOf: string;
  /** The previous digest's date: report the change since then. */
  since?: string;
  /**
   * A figure older than this says nothing about today. Half a year by default: job centres report
   * monthly or quarterly, so two missed quarters mean the goal is no longer being followed.
   */
  staleAfterDays?: number;
  /** A projection short of the target by at most this share of the baseline-to-target distance is at risk, not off track. */
  atRiskShare?: number;
}

export const DEFAULTS = { staleAfterDays: 183, atRiskShare: 0.25 } as const;

/** When baseline equals target there is no distance to take a share of: fall back to this share of the target. */
const AT_RISK_SHARE_OF_TARGET = 0.05;

type FigureLike = Pick<Figure, 'kpiId' | 'orgId' | 'kind' | 'period' | 'value'>;
/** The KPI as the engine needs it; with its unit, a target in people is judged as the whole number it means. */
export type KpiLike = Pick<Kpi, 'id' | 'direction'> & { unit?: Unit };

/** Units that count whole things: "721,5 personer" is no target anyone can reach or read. */
const WHOLE_UNITS: ReadonlySet<Unit> = new Set(['persons', 'companies', 'cases', 'contact-courses']);

/**
 * A target in whole things, rounded to the nearest whole number that still meets it ("at most 721,5"
 * is "at most 721"; "at least 25,2" is "at least 26"). Other units keep their target as given.
 */
export function wholeTarget<T extends number | undefined>(target: T, kpi: KpiLike): T;
export function wholeTarget(target: number | undefined, kpi: KpiLike): number | undefined {
  if (target === undefined || !kpi.unit || !WHOLE_UNITS.has(kpi.unit) || Number.isInteger(target)) return target;
  const direction = kpi.direction;
  return direction === 'higher-is-better' ? Math.ceil(target) : direction === 'lower-is-better' ? Math.floor(target) : Math.round(target);
}

export function evaluateGoal(given: Goal, kpi: KpiLike, figures: readonly FigureLike[], options: EvaluateOptions): GoalEvaluation {
  const goal: Goal = { ...given, target: wholeTarget(given.target, kpi) };
  const asOfDay = dayNumber(options.asOf, 'asOf');
  const staleAfterDays = options.staleAfterDays ?? DEFAULTS.staleAfterDays;
  const trend: TrendOptions = { ...DEFAULT_TREND, ...definedOnly(options) };
  const direction = goalDirection(goal, kpi);
  const target = goal.target;
  const deadlineDate = goal.deadline === undefined ? undefined : periodEnd(goal.deadline);
  const deadlinePassed = deadlineDate !== undefined && options.asOf > deadlineDate;

  const series = actualSeries(goal, figures, options.asOf);
  const latest = series[series.length - 1];
  // Once the deadline has passed, the goal is judged by what was measured by the deadline.
  const judgedBy = deadlinePassed ? series.filter((o) => o.date <= deadlineDate!).at(-1) : latest;
  const judgedOn = deadlinePassed ? dayNumber(deadlineDate!, 'deadline') : asOfDay;
  const stale = !judgedBy || judgedOn - dayNumber(judgedBy.date, 'date') > staleAfterDays;

  const meetsTarget = judgedBy !== undefined && target !== undefined && meets(judgedBy.value, target, direction);
  const points = recentPoints(withBaseline(series, goal.baseline, options.asOf), trend);
  // A trend can only be said to reach a target by a date when the source gives both.
  const projection = target === undefined || deadlineDate === undefined || deadlinePassed ? undefined : projectionOf(points, deadlineDate, target, direction);

  let status: GoalStatus;
  // Without a number there is nothing to be on track for: the goal is shown with its figures, never judged.
  if (target === undefined) status = 'no-target';
  else if (!judgedBy || stale) status = 'no-recent-data';
  else if (meetsTarget) status = 'achieved';
  // Not met, and no date to be late for: neither on track nor off it.
  else if (deadlineDate === undefined) status = 'no-deadline';
  else if (deadlinePassed) status = 'off-track';
  // A single figure shows no trend; it has not met the target, so it needs watching.
  else if (!projection) status = 'at-risk';
  else if (projection.meetsTarget) status = 'on-track';
  else status = -lead(projection.value, target, direction) <= tolerance(target, goal, points, options.atRiskShare) ? 'at-risk' : 'off-track';

  const evaluation: GoalEvaluation = {
    goalId: goal.id,
    kpiId: goal.kpiId,
    orgId: goal.orgId,
    level: goal.level,
    asOf: options.asOf,
    status,
    direction,
    deadlinePassed,
    stale,
    meetsTarget,
    margin: judgedBy && target !== undefined ? margin(judgedBy.value, target, goal, direction) : null,
    progress: judgedBy && target !== undefined ? progress(judgedBy.value, target, goal, direction) : null,
    series,
  };
  if (target !== undefined) evaluation.target = target;
  if (goal.deadline !== undefined) evaluation.deadline = goal.deadline;
  if (deadlineDate !== undefined) evaluation.deadlineDate = deadlineDate;
  if (goal.caseId) evaluation.caseId = goal.caseId;
  if (goal.parentGoalId) evaluation.parentGoalId = goal.parentGoalId;
  if (goal.baseline) evaluation.baseline = goal.baseline;
  if (latest) {
    evaluation.latest = latest;
    evaluation.ageDays = asOfDay - dayNumber(latest.date, 'date');
  }
  if (judgedBy) evaluation.judgedBy = judgedBy;
  if (projection) evaluation.projection = projection;
  if (options.since !== undefined) {
    const change = changeSince(goal, kpi, figures, options, series, direction);
    if (change) evaluation.change = change;
  }
  return evaluation;
}

/** Every goal evaluated against its own KPI; a goal naming an unknown KPI is an error, not a silent skip. */
export function evaluateGoals(
  goals: readonly Goal[],
  kpis: readonly KpiLike[],
  figures: readonly FigureLike[],
  options: EvaluateOptions,
): GoalEvaluation[] {
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const figuresByKpi = new Map<string, FigureLike[]>();
  for (const f of figures) {
    const list = figuresByKpi.get(f.kpiId);
    if (list) list.push(f);
    else figuresByKpi.set(f.kpiId, [f]);
  }
  return goals.map((goal) => {
    const kpi = kpiById.get(goal.kpiId);
    if (!kpi) throw new NotFoundError(`Goal ${goal.id} measures KPI ${goal.kpiId}, which does not exist`);
    return evaluateGoal(goal, kpi, figuresByKpi.get(goal.kpiId) ?? [], options);
  });
}

function projectionOf(points: Observation[], deadlineDate: string, target: number, direction: GoalDirection): Projection | undefined {
  const p = project(points, deadlineDate);
  if (!p) return undefined;
  return { method: 'least-squares', date: deadlineDate, ...p, meetsTarget: meets(p.value, target, direction) };
}

/** How far short of the target a projection may land and still count as at risk rather than off track. */
function tolerance(target: number, goal: Goal, points: Observation[], share: number = DEFAULTS.atRiskShare): number {
  // Without a baseline the oldest figure in the trend is where the effort started from.
  const reference = goal.baseline?.value ?? points[0]?.value ?? target;
  const distance = Math.abs(target - reference);
  return distance > 0 ? share * distance : AT_RISK_SHARE_OF_TARGET * Math.abs(target);
}

/** Lead over the target as a share of the target (of the baseline distance when the target is zero). */
function margin(value: number, target: number, goal: Goal, direction: GoalDirection): number | null {
  if (direction === 'neutral') return null;
  const d = lead(value, target, direction);
  if (target !== 0) return d / Math.abs(target);
  const distance = goal.baseline ? Math.abs(goal.baseline.value) : 0;
  return distance > 0 ? d / distance : null;
}

/** Only meaningful when the baseline started on the wrong side of the target. */
function progress(value: number, target: number, goal: Goal, direction: GoalDirection): number | null {
  if (!goal.baseline || direction === 'neutral') return null;
  if (lead(goal.baseline.value, target, direction) >= 0) return null;
  return (value - goal.baseline.value) / (target - goal.baseline.value);
}

function changeSince(
  goal: Goal,
  kpi: KpiLike,
  figures: readonly FigureLike[],
  options: EvaluateOptions,
  series: Observation[],
  direction: GoalDirection,
): Change | undefined {
  const since = options.since!;
  dayNumber(since, 'since');
  if (since > options.asOf) throw new ValidationError('since must not be after asOf', [{ field: 'since', message: `${since} is after ${options.asOf}` }]);
  const to = series.at(-1);
  if (!to) return undefined;
  const from = series.filter((o) => o.date <= since).at(-1);
  const { since: _ignored, ...then } = options;
  void _ignored;
  const statusThen = evaluateGoal(goal, kpi, figures, { ...then, asOf: since }).status;
  const change: Change = {
    since,
    to,
    delta: from ? to.value - from.value : null,
    improved: from ? toImproved(compareValues(from.value, to.value, direction)) : null,
    statusThen,
    newFigures: series.filter((o) => o.date > since).length,
  };
  if (from) change.from = from;
  return change;
}

function toImproved(c: -1 | 0 | 1): boolean | null {
  return c === 0 ? null : c === 1;
}

function definedOnly(options: EvaluateOptions): Partial<TrendOptions> {
  const out: Partial<TrendOptions> = {};
  if (options.trendPoints !== undefined) out.trendPoints = options.trendPoints;
  if (options.trendWindowDays !== undefined) out.trendWindowDays = options.trendWindowDays;
  return out;
}
