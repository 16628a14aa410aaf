/** All celebrations due as of a date, before deduplication against what has been celebrated already. */
import { GOAL_DEFAULTS } from '../goals/index.js';
import type { GoalEvaluation } from '../goals/types.js';
import type { Case, Figure, Kpi, Proposal } from '../model.js';
import { caseCelebrations } from './case-rules.js';
import type { RuleContext } from './context.js';
import { byKpi, figureCelebrations } from './figure-rules.js';
import { goalCelebrations } from './goal-rules.js';
import { NameBook, type NameSources } from './names.js';
import { proposalCelebrations } from './proposal-rules.js';
import { CELEBRATION_RULES, type Celebration, type CelebrationOptions } from './types.js';
import { isoWeekOf } from './week.js';

export const DEFAULT_CELEBRATION_OPTIONS: CelebrationOptions = {
  wideMargin: 0.25,
  streakLengths: [3, 6, 12],
  // Good news stays news as long as the figure behind it counts as recent for the goal engine.
  recentDays: GOAL_DEFAULTS.staleAfterDays,
};

export interface CelebrationInput extends NameSources {
  /** The digest's date, YYYY-MM-DD. */
  asOf: string;
  /** Seeds the choice of wording; the ISO week of asOf unless given ("2018-W36"). */
  week?: string;
  /** The goal engine's evaluations as of the same date. */
  evaluations?: readonly GoalEvaluation[];
  figures?: readonly Pick<Figure, 'kpiId' | 'orgId' | 'kind' | 'period' | 'value'>[];
  proposals?: readonly Pick<Proposal, 'id' | 'orgId' | 'number' | 'title' | 'responsibleUnit' | 'status' | 'decisions' | 'caseId'>[];
  cases?: readonly Pick<Case, 'id' | 'orgId' | 'status' | 'code' | 'title'>[];
  kpis: readonly Kpi[];
  options?: Partial<CelebrationOptions>;
}

/**
 * Every rule, then one celebration per piece of news: a new best or a streak on the very figure that
 * achieved a goal is folded into the goal's celebration (and recorded with it), so one figure is not
 * cheered three times in one digest. Ordered by rule precedence, then date (newest first), then key.
 */
export function findCelebrations(input: CelebrationInput): Celebration[] {
  const ctx: RuleContext = {
    asOf: input.asOf,
    week: input.week ?? isoWeekOf(input.asOf),
    options: { ...DEFAULT_CELEBRATION_OPTIONS, ...input.options },
    names: new NameBook(input),
  };
  const figures = byKpi(input.figures ?? []);
  const goals = goalCelebrations(input.evaluations ?? [], ctx);
  const perFigure = fold(figureCelebrations(input.kpis, figures, ctx));
  const kept: Celebration[] = [...goals];
  for (const c of perFigure) {
    const host = goals.find((g) => g.facts.kpiId === c.facts.kpiId && g.facts.period === c.facts.period);
    if (host) host.covers.push({ rule: c.rule, subjectId: c.subjectId }, ...c.covers);
    else kept.push(c);
  }
  kept.push(...proposalCelebrations(input.proposals ?? [], ctx), ...caseCelebrations(input.cases ?? [], input.kpis, figures, ctx));
  const precedence = (c: Celebration) => CELEBRATION_RULES.indexOf(c.rule);
  return kept.sort((a, b) => precedence(a) - precedence(b) || b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}

/** A new best and a streak on the same figure: the new best speaks for both. */
function fold(celebrations: Celebration[]): Celebration[] {
  const out: Celebration[] = [];
  for (const c of celebrations) {
    const same = out.find((o) => o.facts.kpiId === c.facts.kpiId && o.facts.period === c.facts.period);
    if (same) same.covers.push({ rule: c.rule, subjectId: c.subjectId }, ...c.covers);
    else out.push(c);
  }
  return out;
}
