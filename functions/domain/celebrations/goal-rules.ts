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
    if (e.status !== 'achieved' || e.target === undefined || !figure || !isRecent(figure.date, ctx)) continue;
    const target = e.target;
    const deadline = e.deadline;
    const kpi = ctx.names.kpi(e.kpiId);
    if (!kpi) continue;
    const achieved = ref('goal-achieved', e.goalId);
    const wide = e.margin !== null && e.margin >= ctx.options.wideMargin;
    const words = ctx.names.figureWords(kpi, ctx.names.place(e.caseId ?? kpi.caseId, e.orgId), figure.period, figure.value, (lang) => ({
      target: quantity(kpi, target, lang),
      // " pr. 31. januar 2019", or nothing when the source names no deadline.
      byDeadline: deadline === undefined ? '' : `${lang === 'da' ? ' pr.' : ' by'} ${periodLabel(deadline, lang)}`,
      beyond: wide ? beyond(e, target, lang) : '',
    }));
    const facts = { goalId: e.goalId, kpiId: e.kpiId, period: figure.period, value: figure.value, target, ...(e.caseId ? { caseId: e.caseId } : {}) };
    out.push(
      wide
        ? celebration(ctx, ref('target-exceeded', e.goalId), figure.date, words, facts, [achieved])
        : celebration(ctx, achieved, figure.date, words, facts),
    );
  }
  return out;
}

/** "15,7 gange målet" for a many-fold result, else "37 % over målet" / "12 % under loftet". */
function beyond(e: GoalEvaluation, target: number, lang: 'da' | 'en'): string {
  const value = e.judgedBy!.value;
  if (e.direction === 'higher-is-better' && target > 0 && value / target >= 2) {
    return lang === 'da' ? `${times(value / target, lang)} gange målet` : `${times(value / target, lang)} times the target`;
  }
  const pct = `${Math.round(e.margin! * 100)} %`;
  if (e.direction === 'lower-is-better') return lang === 'da' ? `${pct} under målet` : `${pct.replace(' ', '')} below the target`;
  return lang === 'da' ? `${pct} over målet` : `${pct.replace(' ', '')} above the target`;
}
