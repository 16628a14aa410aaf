/**
 * Two kinds of one measure as the two sides of a ratio, share or relative difference: "hvor mange gange det
 * budgetterede resultat var det faktiske", "what share of the target was reached", "hvor mange procent over
 * budgettet", "how many times more are planned than are attached now". Which side is the base is read from the
 * words; the periods must line up as the kinds do (a budget or counterfactual for the actual's own period, a plan or
 * target for its deadline). Pure apart from the lexicon lookup.
 */
import type { FigureKind } from '../domain/model.js';
import { words, type Frame } from '../domain/query/index.js';
import { askedWay, computedAnswer, refusal, type Ctx } from './answer-kit.js';
import { divide, percentChange, share, subtract, type Computed, type Refusal } from './compute.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { lexiconFor } from './readings.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { kindLabel, say } from './wording.js';

/** The word after which the base is named ("… end budgettet", "… than the target", "… som målet", "… af budgettet"). */
const BASE_AFTER = /\b(?:end|than|som|as|af|of)\b/;
/**
 * Words that point at the measure's actual figure without a kind word: "nu", "today's", "blev brugt", "was reached".
 * (Not kind words in the lexicon: "nu" and "brugt" name no kind elsewhere.)
 */
const ACTUAL_SAID = /^(?:nu|now|today|today's|todays|currently|aktuelt|brugt|forbrugt|spent|used|naaet|reached|attained)$/;
/** Kinds whose period is their own (a deadline, a plan's span): set against the actual whatever its period. */
const PLANNED: FigureKind[] = ['target', 'expected'];

interface Said {
  kind: FigureKind;
  at: number;
}

/** Each kind the question names, in order, with the word index where it is named; "nu", "brugt" name the actual. */
function kindsSaid(ctx: Ctx): Said[] {
  const lex = lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon;
  const ws = words(ctx.f.text);
  const said: Said[] = [];
  for (let i = 0; i < ws.length; i++) {
    const kinds = lex.kinds.match(ws, i)?.values ?? (ACTUAL_SAID.test(ws[i]!) ? ['actual' as const] : []);
    for (const kind of kinds) if (kind !== 'difference') said.push({ kind, at: i });
  }
  return said;
}

/**
 * The two figures, [the other, the base], of the two kinds the question names that the measure has. The base is the
 * kind named first after "end" / "than" / "som" / "as" / "af" / "of", else the one named first; one kind named beside
 * "nu" / "brugt" / "reached" is set against the actual. Each kind takes the period asked that it has, else its only
 * figure (or, with one period asked, the one for it). A kind named of a measure storing only it and the actual is set
 * against the actual. `against` is the base when the operation names it (the budget of "procent over budgettet").
 * Undefined unless exactly two kinds are named and stored and their periods line up: the same, unless one is a target
 * or a plan.
 */
export function kindPair(ctx: Ctx, c: Candidate, against?: FigureKind): [ResolvedFigure, ResolvedFigure] | undefined {
  const { f } = ctx;
  const stored = new Set(c.mine.map((x) => x.kind));
  const said = kindsSaid(ctx).filter((s) => stored.has(s.kind));
  const kinds = [...new Set(said.map((s) => s.kind))];
  // "… than the target for 31 January 2019" of a measure holding only its target and its actual: the other side is the actual.
  if (kinds.length === 1 && kinds[0] !== 'actual' && stored.has('actual') && [...stored].every((k) => k === kinds[0] || k === 'actual' || k === 'difference')) kinds.push('actual');
  if (kinds.length !== 2 || (against && !kinds.includes(against))) return undefined;
  const asked = f.latest ? [] : f.periods.map((p) => resolvePeriod(p, c.mine).period);
  // "the budgeted result for 2019 above the actual result in 2018": each kind its own period, as the words pair them.
  const paired = periodsOfKinds(f, said);
  const figureOf = (kind: FigureKind) => {
    const pool = c.mine.filter((x) => x.kind === kind);
    const own = paired?.get(kind);
    if (own) return choosePeriod(pool, resolvePeriod(own, pool).period).figure;
    if (asked.length >= 2) return asked.map((p) => pool.find((x) => x.period === p) ?? choosePeriod(pool, p).figure).find(Boolean) ?? (pool.length === 1 ? pool[0] : undefined);
    if (pool.length === 1 && !asked.length) return pool[0];
    return choosePeriod(pool, asked[0]).figure;
  };
  const [a, b] = kinds.map(figureOf);
  if (!a || !b) return undefined;
  if (a.period !== b.period && !kinds.some((k) => PLANNED.includes(k)) && !paired) return undefined;
  const comparator = BASE_AFTER.exec(f.text);
  const from = comparator ? words(f.text.slice(0, comparator.index)).length : -1;
  const base = against ?? (comparator && said.find((s) => s.at >= from)?.kind) ?? kinds[0];
  return base === a.kind ? [b, a] : [a, b];
}

/**
 * "KIK's budgeted result for 2019 above the actual result in 2018", "det faktiske resultat i 2017 end det budgetterede
 * for 2019": two kinds and two years, each kind the year written nearest it — the pairing with the smaller distance in
 * words, and only when it is strictly smaller ("budget and actual for 2018 and 2019" pairs nothing). A side asked so
 * has its own period whatever the kinds; undefined unless two kinds and two different years are named.
 */
export function periodsOfKinds(f: Pick<Frame, 'text' | 'periods' | 'latest'>, said: Said[]): Map<FigureKind, string> | undefined {
  if (f.latest || f.periods.length !== 2) return undefined;
  const first = [...new Map(said.map((s) => [s.kind, s] as const)).values()].filter((s, i, all) => all.findIndex((x) => x.kind === s.kind) === i);
  if (first.length !== 2) return undefined;
  const ws = words(f.text);
  const at = f.periods.map((p) => (/^\d{4}/.test(p) ? ws.indexOf(p.slice(0, 4)) : -1));
  if (at.some((i) => i < 0) || at[0] === at[1]) return undefined;
  const [k1, k2] = first as [Said, Said];
  const straight = Math.abs(k1.at - at[0]!) + Math.abs(k2.at - at[1]!);
  const crossed = Math.abs(k1.at - at[1]!) + Math.abs(k2.at - at[0]!);
  if (straight === crossed) return undefined;
  const [p1, p2] = straight < crossed ? [f.periods[0]!, f.periods[1]!] : [f.periods[1]!, f.periods[0]!];
  return new Map([
    [k1.kind, p1],
    [k2.kind, p2],
  ]);
}

/**
 * Two kinds each with its own period set against each other as the frame asks — a difference ("hvor meget højere var
 * det faktiske resultat i 2017 end det budgetterede for 2019", "how far is the 2019 budget above the 2018 actual"), a
 * change in per cent, a ratio or a share — in the order named, the first less (or over) the second. Undefined unless
 * the words pair two kinds with two periods (periodsOfKinds) and the measure holds both.
 */
export function kindPeriodAnswer(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Answer | undefined {
  const { f, lang } = ctx;
  const stored = new Set(c.mine.map((x) => x.kind));
  const said = kindsSaid(ctx).filter((s) => stored.has(s.kind));
  const paired = periodsOfKinds(f, said);
  if (!paired) return undefined;
  const sides = [...paired].map(([kind, p]) => {
    const pool = c.mine.filter((x) => x.kind === kind);
    return choosePeriod(pool, resolvePeriod(p, pool).period).figure;
  });
  const [a, b] = sides;
  if (!a || !b) return undefined;
  // A ratio, share or per cent has a base, named after "end" / "than" / "of" (kindPair); a difference is the first less the second.
  const relative = f.operation === 'ratio' || f.operation === 'share' || f.operation === 'percent-change' || f.relative;
  const pair = relative ? kindPair(ctx, c) : undefined;
  if (relative) return pair && computedAnswer(ctx, c, kindsWorked(ctx, pair), alternatives);
  return computedAnswer(ctx, c, subtract('difference', a, b, lang, { periods: 'any', ...askedWay(f) }), alternatives);
}

/** Whether the two sides' periods must be the same (a budget, a counterfactual) or may differ (a target, a plan). */
function periodsOf(x: ResolvedFigure, y: ResolvedFigure): 'same' | 'any' {
  return PLANNED.includes(x.kind) || PLANNED.includes(y.kind) ? 'any' : 'same';
}

/**
 * The two kinds worked out as the frame asks: a ratio ("hvor mange gange"), a share in per cent ("hvor stor en del af
 * budgettet", "what % of the target"), or a relative difference ("hvor mange procent over budgettet"). A ratio or share
 * of figures of opposite signs (a result against a deficit budget) is no multiple nor part: refused.
 */
export function kindsWorked(ctx: Ctx, pair: [ResolvedFigure, ResolvedFigure]): Computed | Refusal {
  const { f, lang } = ctx;
  const [x, base] = pair;
  // Periods paired with the kinds by the question's own words are the ones asked, whatever the kinds.
  const periods = periodsOfKinds(f, kindsSaid(ctx)) ? 'any' : periodsOf(x, base);
  if (f.operation === 'ratio' || f.operation === 'share') {
    if (x.value * base.value <= 0) return { refused: lang === 'da' ? 'tallene har modsat fortegn, så det ene er ikke en del eller et antal gange af det andet' : 'the figures have opposite signs, so one is no part or multiple of the other' };
    return f.operation === 'ratio' ? divide(x, base, lang, periods) : share(x, base, lang, periods);
  }
  return percentChange(x, base, lang, { ...(f.direction ? { asked: f.direction } : {}), compared: true, periods });
}

/**
 * "Hvor stor en del af budgettet blev brugt?", "what share of the target was reached?": a share whose whole names a
 * kind ("af budgettet", "of the target") of the measure the question names, the part its other kind. Undefined when
 * the whole names no kind or the measure found does not hold both kinds.
 */
export async function kindShare(ctx: Ctx): Promise<Answer | undefined> {
  const { f } = ctx;
  const against = f.share?.whole.kinds.find((k) => k !== 'actual' && k !== 'difference');
  if (f.operation !== 'share' || !against || f.share!.parts.length !== 1) return undefined;
  const d = decide(await resolve(ctx.store, ctx.cat, { ...f, operation: 'lookup', units: [], softUnits: [] }, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) }), f);
  if (d.kind !== 'answer') return undefined;
  const pair = kindPair(ctx, d.best, against);
  return pair && computedAnswer(ctx, d.best, kindsWorked(ctx, pair), []);
}

/**
 * "Hvor mange procent over budgettet var resultatet?", "by how many percent below the target?": the actual against the
 * budget or target in per cent of it, when the measure holds both (frame.relative on a versus-budget or -target).
 */
export function kindRelative(ctx: Ctx, c: Candidate, against: FigureKind[], alternatives: Alternative[]): Answer {
  const { lang } = ctx;
  const pair = against.map((k) => kindPair(ctx, c, k)).find(Boolean);
  if (pair) return computedAnswer(ctx, c, kindsWorked(ctx, pair), alternatives);
  const what = kindLabel(against[0]!, lang);
  return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `et faktisk tal og et ${what} for ${c.kpi.name.da}` : `an actual and a ${what} figure for ${c.kpi.name.en}`));
}
