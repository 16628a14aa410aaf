/**
 * Sub-goals roll up into their end goal (KL's program theory: target group → activities → sub-goals → end goals).
 *
 * The rule:
 * 1. A goal with recent figures of its own keeps its own status. The end goal is the outcome the effort
 *    exists for and the sub-goals are the means, so meeting the end goal is what counts, and missing it is
 *    not excused by sub-goals that were met.
 * 2. A goal without recent figures of its own (often the case: end goals are measured yearly, sub-goals
 *    monthly) takes a warning from its sub-goals, rolled up first: when the worst status among the sub-goals
 *    that can be judged (data, a target and a deadline) is at risk or off track, so is the goal, by its
 *    sub-goals. Good news does not roll up: met sub-goals make the end goal likely, not measured, and a goal
 *    shown "on track" beside "no figures yet" is a claim nobody measured (KIK II's 783 contact courses by 2022
 *    has no actual figure at all). Such a goal stays without recent data, its own status, and the sub-goals'
 *    count beside it ("Delmål: 3 nået") carries their news.
 * 3. The sub-goals' rolled-up statuses are always counted, so a card can say "2 of 3 sub-goals achieved"
 *    beside an end goal's own status.
 */
import { JUDGED_STATUSES, STATUS_ORDER, type GoalEvaluation, type GoalStatus } from './types.js';

export interface GoalTree {
  evaluation: GoalEvaluation;
  subGoals: GoalTree[];
  /** The status to show, a warning from the sub-goals taken into account. */
  status: GoalStatus;
  basis: 'own' | 'sub-goals';
  /** Direct sub-goals by their rolled-up status. */
  subGoalStatus: Record<GoalStatus, number>;
}

/** Trees of goals: end goals (and sub-goals whose parent is not among `evaluations`) at the roots. */
export function rollUp(evaluations: readonly GoalEvaluation[]): GoalTree[] {
  const ids = new Set(evaluations.map((e) => e.goalId));
  const children = new Map<string, GoalEvaluation[]>();
  for (const e of evaluations) {
    if (!e.parentGoalId || !ids.has(e.parentGoalId)) continue;
    const list = children.get(e.parentGoalId);
    if (list) list.push(e);
    else children.set(e.parentGoalId, [e]);
  }
  const visited = new Set<string>();
  const build = (e: GoalEvaluation): GoalTree => {
    visited.add(e.goalId);
    // A parent chain that loops back is broken where it closes, rather than recursing forever.
    const subGoals = (children.get(e.goalId) ?? []).filter((c) => !visited.has(c.goalId)).map(build);
    return combine(e, subGoals);
  };
  const roots = evaluations.filter((e) => !e.parentGoalId || !ids.has(e.parentGoalId)).map(build);
  for (const e of evaluations) if (!visited.has(e.goalId)) roots.push(build(e));
  return roots;
}

function combine(evaluation: GoalEvaluation, subGoals: GoalTree[]): GoalTree {
  const subGoalStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const sub of subGoals) subGoalStatus[sub.status] += 1;
  if (evaluation.status !== 'no-recent-data' || subGoals.length === 0) {
    return { evaluation, subGoals, status: evaluation.status, basis: 'own', subGoalStatus };
  }
  // A sub-goal without a target or deadline says nothing about how the end goal is doing.
  const measured = subGoals.map((s) => s.status).filter((s) => JUDGED_STATUSES.includes(s));
  const worst = measured.length ? measured.reduce((a, b) => (rank(b) > rank(a) ? b : a)) : undefined;
  if (worst !== 'at-risk' && worst !== 'off-track') return { evaluation, subGoals, status: evaluation.status, basis: 'own', subGoalStatus };
  return { evaluation, subGoals, status: worst, basis: 'sub-goals', subGoalStatus };
}

function rank(status: GoalStatus): number {
  return STATUS_ORDER.indexOf(status);
}
