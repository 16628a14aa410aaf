/**
 * "budget 2019 ekskl. overførselsudgifter": a part taken out of a whole the question does not name by a
 * measure of its own — the total of the part's own table (the measure of the same case, organisation and
 * unit named as a total, "Arbejdsmarkedsudvalget i alt"), for the part's period and kind. Without exactly
 * one such total the answer is a refusal naming it, never the part itself.
 */
import { fold } from '../domain/query/index.js';
import { computedAnswer, pickKind, refusal, type Ctx } from './answer-kit.js';
import { isRefusal, rest, type Computed, type Refusal } from './compute.js';
import { choosePeriod, figuresOf, resolvePeriod } from './figures.js';
import { decide, resolve } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { say } from './wording.js';

/** A measure named as a whole: "… i alt", "total …", "samlet …". */
export const TOTAL_NAME = /\b(?:i alt|total|samlet|samlede|in all)\b/;

export async function lessPart(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const part = f.share?.parts[0];
  if (f.operation !== 'rest' || !part || f.share!.whole.measure.length || f.share!.parts.length !== 1) return undefined;
  const { share: _, ...rest0 } = f;
  const frame = { ...rest0, operation: 'lookup' as const, measure: part.measure, contrasts: part.contrasts };
  const d = decide(await resolve(ctx.store, ctx.cat, frame, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) }), frame);
  if (d.kind !== 'answer') return undefined;
  const c = d.best;
  const pool = c.mine.filter((x) => x.kind === pickKind({ ...ctx, f: frame }, c).kind);
  const p = choosePeriod(pool, f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], pool).period).figure;
  if (!p) return undefined;
  const totals: ResolvedFigure[] = [];
  for (const k of ctx.cat.kpis.values()) {
    if (k.id === c.kpi.id || !k.caseId || k.caseId !== c.kpi.caseId || k.unit !== c.kpi.unit || !TOTAL_NAME.test(fold(`${k.name.da} ${k.name.en}`))) continue;
    const x = (await figuresOf(ctx.store, ctx.cat, k)).find((y) => y.orgId === p.orgId && y.kind === p.kind && y.period === p.period);
    if (x) totals.push(x);
  }
  if (totals.length !== 1) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `en samlet total at trække ${c.kpi.name.da} fra` : `a total to take ${c.kpi.name.en} out of`));
  return computedAnswer(ctx, c, excluding(rest(totals[0]!, [p], lang, 'same')), []);
}

/** A rest asked as "ekskl." / "excluding" is labelled so: the total without the part, not what is left over. */
export function excluding(r: Computed | Refusal): Computed | Refusal {
  return isRefusal(r) ? r : { ...r, operation: 'excluding' };
}
