/**
 * "What share … went either to a job or to early retirement pension?": stored shares of one whole added up.
 * Each part is its own stored share, of the same organisation, case and period; outcomes named with "enten …
 * eller" / "either … or" (or a plus) exclude each other, so their shares add: "24 % + 22 % = 46 %". A part
 * without a stored share, or shares of different cases or periods, gives no answer here.
 */
import type { Frame } from '../domain/query/index.js';
import { computedAnswer, pickKind, type Ctx } from './answer-kit.js';
import { sharesTogether } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

export async function storedSharesAdded(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const parts = f.share?.parts ?? [];
  if (f.operation !== 'share' || parts.length < 2 || f.share!.whole.stated.length) return undefined;
  const found: { c: Candidate; x: ResolvedFigure }[] = [];
  for (const part of parts) {
    const frame: Frame = { ...f, operation: 'lookup', measure: part.measure, optional: [...f.optional, ...f.share!.whole.measure], contrasts: part.contrasts, units: ['percent'], softUnits: [] };
    const d = decide(await resolve(ctx.store, ctx.cat, frame, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) }), frame);
    if (d.kind !== 'answer' || unitFamily(d.best.kpi.unit) !== 'percent') return undefined;
    const c = d.best;
    if (found.some((o) => o.c.kpi.id === c.kpi.id || o.c.kpi.caseId !== c.kpi.caseId || o.c.org !== c.org)) return undefined;
    const pool = c.mine.filter((x) => x.kind === pickKind({ ...ctx, f: frame }, c).kind);
    const x = choosePeriod(pool, found[0]?.x.period ?? (f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], pool).period)).figure;
    if (!x) return undefined;
    found.push({ c, x });
  }
  return computedAnswer(ctx, found[0]!.c, sharesTogether(found.map((o) => o.x), lang), []);
}
