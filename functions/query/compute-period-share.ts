/**
 * "What share of the total KIK II investment falls in 2019?": a period's part of a measure's own total. The
 * part names no measure of its own, only a period; the whole is the measure's widest stored span (the plan's
 * "I alt" column), and the part its figure for the period named, inside that span. An amount the question
 * states for the whole ("of 60.6 mio. kr.") picks the measure whose total it is, and no other.
 */
import { computedAnswer, pickKind, type Ctx } from './answer-kit.js';
import { share } from './compute.js';
import { resolvePeriod } from './figures.js';
import { widest } from './operands.js';
import { contains, sameSpan } from './period-keys.js';
import { findNumbers } from '../domain/query/numbers.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Answer } from './types.js';

export async function periodShare(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const part = f.share?.parts[0];
  if (f.operation !== 'share' || !part || f.share!.parts.length !== 1 || part.measure.length || part.contrasts.length || part.stated.length || f.periods.length !== 1) return undefined;
  const { whole } = f.share!;
  if (!whole.measure.length || whole.stated.length) return undefined;
  const frame = { ...f, operation: 'lookup' as const, measure: whole.measure, contrasts: whole.contrasts, periods: [], latest: true, units: [], softUnits: [] };
  const res = await resolve(ctx.store, ctx.cat, frame, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) });
  const termsOf = (c: Candidate) => {
    const pool = c.mine.filter((x) => x.kind === pickKind({ ...ctx, f: frame }, c).kind);
    const total = widest(pool);
    const asked = resolvePeriod(f.periods[0]!, pool).period;
    const x = pool.find((y) => sameSpan(y.period, asked));
    return total && x && x !== total && contains(total.period, x.period) ? { x, total } : undefined;
  };
  // "of the 60.6 mio. kr.": the amount the question states is the total, so the measure is the one whose total it is.
  const amounts = findNumbers(f.text, lang).filter((n) => n.unit === 'dkk');
  const stated = (c: Candidate) => {
    const t = termsOf(c);
    return t && amounts.some((n) => Math.abs(n.value * n.scale - t.total.value * t.total.scale) <= Math.abs(n.value * n.scale) * 0.005) ? t : undefined;
  };
  const d = decide(res, frame);
  const c = amounts.length ? res.ranked.find(stated) : d.kind === 'answer' ? d.best : undefined;
  const terms = c && termsOf(c);
  return c && terms ? computedAnswer(ctx, c, share(terms.x, terms.total, lang, 'any'), []) : undefined;
}
