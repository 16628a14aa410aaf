/**
 * A KPI's goal for an organisation with its status from the goal engine. The status is judged as of
 * the newest actual figure, not today's date: the seed documents are years old, and "status pr. 31.
 * august 2018 against the target for 31 January 2019" is what their readers ask about.
 */
import { evaluateGoal, statusLabel } from '../domain/goals/index.js';
import type { Goal, Kpi } from '../domain/model.js';
import { periodEnd, type Lang } from '../domain/period.js';
import type { Catalogue } from './catalogue.js';
import type { GoalView, ResolvedFigure } from './types.js';
import { formatValue } from './units.js';

export interface GoalFor extends GoalView {
  goalId: string;
  source?: { document: string; locator: string };
}

export function goalFor(cat: Catalogue, kpi: Kpi, org: string, lang: Lang, figures: ResolvedFigure[]): GoalFor | undefined {
  const goals = (cat.goalsByKpi.get(kpi.id) ?? []).filter((g) => g.orgId === org);
  const goal = goals.find((g) => g.level === 'end') ?? goals[0];
  if (!goal) return undefined;
  return goalView(goal, kpi, lang, figures);
}

export function goalView(goal: Goal, kpi: Kpi, lang: Lang, figures: ResolvedFigure[]): GoalFor {
  // A goal stated in words only has no target or deadline: shown as the source gives it, never made up.
  const target: number | undefined = goal.target;
  const deadline: string | undefined = goal.deadline;
  const view: GoalFor = {
    goalId: goal.id,
    title: goal.title[lang],
    targetText: target === undefined ? (lang === 'da' ? 'ikke angivet som tal' : 'not given as a number') : formatValue(target, kpi.unit, kpi.scale ?? 1, lang),
  };
  if (target !== undefined) view.target = target;
  if (deadline !== undefined) view.deadline = deadline;
  if (goal.source) view.source = goal.source;
  const actual = figures.filter((f) => f.kind === 'actual' && f.orgId === goal.orgId);
  const asOf = actual.map((f) => periodEnd(f.period)).sort().at(-1);
  if (asOf && target !== undefined && deadline !== undefined) {
    try {
      const e = evaluateGoal(goal, kpi, actual, { asOf });
      view.status = statusLabel(e.status, lang);
    } catch {
      // A goal the engine cannot judge (a malformed deadline, say) is still shown, without a status.
    }
  }
  return view;
}
