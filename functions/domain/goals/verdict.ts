/**
 * What may be said about a goal, worked out once. The digest card, its text version, its header counts and
 * the celebrations all read these fields and nothing else, so no two of them can disagree: a card that says
 * "on track" and "no figures" in one breath is a card whose builder worked something out for itself.
 *
 * The rules a reader can rely on:
 * - `status` is the status shown. With `basis` 'own' it rests on the goal's own `figure`: "achieved" if and
 *   only if that figure meets the target. With `basis` 'sub-goals' the goal has no recent figure of its own
 *   and the status is its sub-goals' (see rollup.ts); a card must say so beside the status.
 * - `figures` says what the goal's own figures are: 'fresh', 'old' (too old to judge by; `figure` is the
 *   newest, for its date) or 'none'. A goal whose status is 'no-recent-data' never has fresh figures.
 * - `subGoals` counts the direct sub-goals by their shown status; it adds up to `subGoals.total`.
 */
import type { GoalTree } from './rollup.js';
import { STATUS_ORDER, type GoalEvaluation, type GoalStatus, type Observation } from './types.js';

export interface GoalVerdict {
  goalId: string;
  level: 'end' | 'sub';
  /** The parent's id when the parent is in the same tree. */
  parentGoalId?: string;
  status: GoalStatus;
  basis: 'own' | 'sub-goals';
  figures: 'fresh' | 'old' | 'none';
  /** The figure to show: the one the status rests on, or the newest old one. */
  figure?: Observation;
  /** Days from `figure` to the evaluation date, for "(246 dage gamle)". */
  ageDays?: number;
  subGoals: { total: number } & Record<GoalStatus, number>;
  evaluation: GoalEvaluation;
}

/** Every goal of the trees, parents before their sub-goals, as verdicts. */
export function verdicts(trees: readonly GoalTree[]): GoalVerdict[] {
  const out: GoalVerdict[] = [];
  const visit = (tree: GoalTree, parent: string | undefined) => {
    out.push(verdict(tree, parent));
    for (const sub of tree.subGoals) visit(sub, tree.evaluation.goalId);
  };
  for (const tree of trees) visit(tree, undefined);
  return out;
}

export function verdict(tree: GoalTree, parentGoalId?: string): GoalVerdict {
  const e = tree.evaluation;
  const figure = e.stale ? e.latest : (e.judgedBy ?? e.latest);
  const subGoals = { total: tree.subGoals.length, ...tree.subGoalStatus };
  const v: GoalVerdict = {
    goalId: e.goalId,
    level: e.level,
    status: tree.status,
    basis: tree.basis,
    figures: !figure ? 'none' : e.stale ? 'old' : 'fresh',
    subGoals,
    evaluation: e,
  };
  if (parentGoalId) v.parentGoalId = parentGoalId;
  if (figure) {
    v.figure = figure;
    if (e.ageDays !== undefined && figure === e.latest) v.ageDays = e.ageDays;
  }
  return v;
}

/** Goals by shown status, the numbers a header states. */
export function countByStatus(list: readonly Pick<GoalVerdict, 'status'>[]): Record<GoalStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const v of list) counts[v.status] += 1;
  return counts;
}
