/** Goal achieved, and target exceeded by a wide margin — from the goal engine's evaluations. */
import type { GoalEvaluation } from '../goals/types.js';
import { periodLabel } from '../period.js';
import { celebration, isRecent, ref, type RuleContext } from './context.js';
import { quantity, times } from './names.js';
import type { Celebration } from './types.js';

/**
 * An achieved goal is celebrated once (the key is the goal), and only while the figure that achieved it is
 * recent. A goal beaten by a wide margin gets the stronger wording instead, and settles "achieved" too.
 */
export function goalCelebrations(evaluations: readonly GoalEvaluation[], ctx: RuleContext): Celebration[] {
  const out: Celebration[] = [];
  for (const e of evaluations) {
    const figure = e.judgedBy;
    if (e.status !== 'achieved' || !figure || !isRecent(figure.date, ctx)) continue;
    const kpi = ctx.names.kpi(e.kpiId);
    if (!kpi) continue;
    const achieved = ref('goal-achieved', e.goalId);
    const wide = e.margin !== null && e.margin >= ctx.options.wideMargin;
    const words = ctx.names.figureWords(kpi, ctx.names.place(e.caseId ?? kpi.caseId, e.orgId), figure.period, figure.value, (lang) => ({
      target: quantity(kpi, e.target, lang),
      deadline: periodLabel(e.deadline, lang),
      beyond: wide ? beyond(e, lang) : '',
    }));
    const facts = { goalId: e.goalId, kpiId: e.kpiId, period: figure.period, value: figure.value, target: e.target, ...(e.caseId ? { caseId: e.caseId } : {}) };
    out.push(
      wide
        ? celebration(ctx, ref('target-exceeded', e.goalId), figure.date, words, facts, [achieved])
        : celebration(ctx, achieved, figure.date, words, facts),
    );
  }
  return out;
}

/** "15,7 gange målet" for a many-fold result, else "37 % over målet" / "12 % under loftet". */
function beyond(e: GoalEvaluation, lang: 'da' | 'en'): string {
  const value = e.judgedBy!.value;
  if (e.direction === 'higher-is-better' && e.target > 0 && value / e.target >= 2) {
    return lang === 'da' ? `${times(value / e.target, lang)} gange målet` : `${times(value / e.target, lang)} times the target`;
  }
  const pct = `${Math.round(e.margin! * 100)} %`;
  if (e.direction === 'lower-is-better') return lang === 'da' ? `${pct} under målet` : `${pct.replace(' ', '')} below the target`;
  return lang === 'da' ? `${pct} over målet` : `${pct.replace(' ', '')} above the target`;
}
