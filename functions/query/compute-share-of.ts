/**
 * "Hvor mange personer svarer de 24 pct. af Ny indsats-afslutterne til?", "Roughly how many of the 153
 * completers went on to early retirement?": heads asked of a measure the source gives as a share. The
 * stored share times its whole — the number the question states ("af de 153"), or the count stored beside
 * the share in the same case and period — rounded to whole heads. Pure choice of operands; the arithmetic
 * is compute.ts's product.
 */
import { findNumbers } from '../domain/query/numbers.js';
import { computedAnswer, orgName, refusal, type Ctx } from './answer-kit.js';
import { product } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { isStated, statedFigure } from './operands.js';
import { ASK_COVERAGE, resolve, type Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

const OF_AFTER = /^\s*(?:af|of)\b/;
const THE_BEFORE = /\b(?:de|the|disse|these|those)\s+(?:\p{L}+\.?\s+)?$/u;

/** How many of the best-ranked measures may hold the share and its whole. */
const NEAR = 6;

export async function shareOfWhole(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  if (f.operation !== 'lookup' || !f.units.includes('count')) return undefined;
  // "de 24 pct. af …": a percentage stated as a part of something; "hvis andelen var 15,9 %" is a condition, not an operand.
  const percents = findNumbers(f.text, lang)
    .filter((n) => n.unit === 'percent' && (OF_AFTER.test(f.text.slice(n.end)) || THE_BEFORE.test(f.text.slice(0, n.start))))
    .map((n) => n.value);
  const wholes = f.stated ?? [];
  // Only a number in the question says a share is to be applied: without one, a stored share or count answers as it is.
  if (!percents.length && !wholes.length) return undefined;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  const res = await resolve(ctx.store, ctx.cat, { ...f, units: [], softUnits: [] }, { ...opts, operands: true });
  // The question's words must name the share well, or name its case ("Ny indsats"): the case then holds both operands.
  const named = (c: Candidate) => c.hit.coverage >= ASK_COVERAGE || (!!c.kpi.caseId && f.cases.includes(c.kpi.caseId) && c.hit.coverage > 0);
  const near = res.ranked.slice(0, NEAR).filter((c) => c.hit.coverage > 0);
  const isShare = (c: Candidate) => unitFamily(c.kpi.unit) === 'percent';
  const holdsWhole = (c: Candidate) => c.mine.some((x) => isStated(wholes, x.value));
  // The share: the one with the percentage stated, else the best measure that does not hold the stated whole —
  // and only if that is a share: a stored count answers "hvor mange" itself.
  const shareC = percents.length ? near.find((c) => isShare(c) && c.mine.some((x) => percents.includes(x.value))) : near.find((c) => !holdsWhole(c));
  if (!shareC || !isShare(shareC) || !named(shareC)) return undefined;
  const asked = f.latest ? undefined : f.periods[0];
  const pool = shareC.mine.filter((x) => !percents.length || percents.includes(x.value));
  const part = choosePeriod(pool, asked && resolvePeriod(asked, pool).period).figure;
  if (!part) return undefined;
  // "af de 274 gengangere … kvinder": the number stated is another group's stored count (another case) than the share's
  // ("kvinder i aktive sygedagpengesager"): the share is not of that whole, so nothing is worked out.
  const other = wholes.length ? near.find((c) => holdsWhole(c) && c.kpi.caseId !== shareC.kpi.caseId) : undefined;
  if (other && !near.some((c) => holdsWhole(c) && c.kpi.caseId === shareC.kpi.caseId)) return otherWhole(ctx, shareC, other);
  const whole = wholeOf(ctx, near, shareC, part, wholes);
  if (!whole) return undefined;
  return computedAnswer(ctx, shareC, product(part, whole, lang), []);
}

/** The refusal: the share stored is of another group than the whole the question states; both measures named. */
function otherWhole(ctx: Ctx, share: Candidate, whole: Candidate): Answer {
  const { lang, cat } = ctx;
  const s = share.kpi.name[lang];
  const w = whole.kpi.name[lang];
  const text =
    lang === 'da'
      ? `Jeg har ingen andel af netop den gruppe. Tallet i spørgsmålet er ${w} (${orgName(cat, whole.org)}); andelen ${s} gælder en anden gruppe – derfor intet tal.`
      : `I have no share of that very group. The number in the question is ${w} (${orgName(cat, whole.org)}); the share ${s} is of another group – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [s, w].map((m) => ({ label: m, q: m })) };
}

/**
 * The whole a share is of: the stated number, as its stored figure when one in the share's case holds it;
 * else the count stored in the share's case for the same period (the 153 who completed, beside the 24 %
 * who went into work).
 */
function wholeOf(ctx: Ctx, near: Candidate[], shareC: Candidate, part: ResolvedFigure, wholes: number[]): ResolvedFigure | undefined {
  const sameCase = (c: Candidate) => c.kpi.id !== shareC.kpi.id && c.org === shareC.org && c.kpi.caseId === shareC.kpi.caseId && unitFamily(c.kpi.unit) === 'count';
  const counts = near.filter(sameCase);
  if (wholes.length) {
    const stored = counts.flatMap((c) => c.mine).find((x) => isStated(wholes, x.value));
    return stored ?? statedFigure(wholes[0]!, { ...part, unit: 'persons', scale: 1 }, ctx.lang);
  }
  return counts.map((c) => c.mine.find((x) => x.period === part.period && x.kind === part.kind)).find(Boolean);
}
