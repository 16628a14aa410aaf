/**
 * Questions answered by arithmetic on stored figures: a change over time, a comparison of two
 * organisations or measures, a sum, a share or rest of a whole, the gap to a target or budget. Picks the
 * operands (resolve.ts, operands.ts), computes (compute.ts) and renders the working (answer-kit.ts).
 */
import type { FigureKind } from '../domain/model.js';
import { granularity, type Lang } from '../domain/period.js';
import { contrastsIn, fold, sideBack, type Frame, type Lexicon, type ShareSide } from '../domain/query/index.js';
import { lexiconFor } from './readings.js';
import { listSum } from './compute-terms.js';
import { restShare } from './compute-rest-share.js';
import { excluding, lessPart, TOTAL_NAME } from './compute-excluding.js';
import { periodShare } from './compute-period-share.js';
import { storedSharesAdded } from './compute-shares-added.js';
import { lookup } from './lookup-answer.js';
import { kindPair, kindsWorked } from './compute-kind-sides.js';
import { askedWay, computedAnswer, goalFigure, namesakes, orgName, pickKind, refusal, type Ctx } from './answer-kit.js';
import { isRefusal, ofTotals, percentChange, rest, share, shareOfParts, subtract, divide, sum, sumOfGroups, type Computed } from './compute.js';
import { choosePeriod, previousOf, resolvePeriod } from './figures.js';
import { goalFor } from './goal-view.js';
import { isStated, partWithin, spanOf, statedFigure, widest, winnerFirst, yearsToAdd } from './operands.js';
import { byPeriod, sameSpan } from './period-keys.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { isDuration, unitFamily } from './units.js';
import { kindLabel, periodText, say } from './wording.js';

/** Names of measures that are themselves a change or reduction. */
const CHANGE_NAME = /\b(?:fald|stigning|reduktion|aendring|change|decrease|increase|reduction|drop|growth)\b/;

/** From one period to another: "fra januar 2015 til september 2017", "siden 2015", "fra år 1 til år 3". */
export async function change(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const { kind } = pickKind(ctx, c);
  const pool = c.mine.filter((x) => x.kind === kind && granularity(x.period) !== 'range');
  const ends = [f.since, ...f.periods.flatMap((p) => p.split('--'))].filter((p): p is string => !!p).map((p) => resolvePeriod(p, pool).period);
  const sorted = [...pool].sort((a, b) => byPeriod(a.period, b.period));
  let from: ResolvedFigure | undefined;
  let to: ResolvedFigure | undefined;
  const notes: string[] = [];
  // "fra 2017 til 2018" where 2018 is stored for January–May only: that part answers for the year, said out loud.
  const at = (p: string | undefined) => {
    const whole = choosePeriod(pool, p).figure;
    const part = whole || !p || !/^\d{4}$/.test(p) ? undefined : c.mine.find((x) => x.kind === kind && x.period.includes('--') && x.period.split('--').every((e) => e.startsWith(p)));
    if (part) notes.push(say.partial(lang, periodText(p!, lang), periodText(part.period, lang)));
    return whole ?? part;
  };
  if (ends.length >= 2) [from, to] = [at(ends[0]), at(ends[ends.length - 1])];
  else if (f.since) [from, to] = [choosePeriod(pool, ends[0]).figure, sorted.at(-1)];
  else if (ends.length === 1) {
    to = choosePeriod(pool, ends[0]).figure;
    from = to && previousOf(pool, to);
  } else if (c.mine.some((x) => x.kind === 'difference') && !f.since) return lookup({ ...ctx, f: { ...f, kinds: ['difference'] } }, c, alternatives);
  // "Hvor meget faldt tilgangen …" of a measure that is itself a change ("Fald i tilgangen …"): its figure.
  else if (CHANGE_NAME.test(fold(`${c.kpi.name.da} ${c.kpi.name.en}`)) || sorted.length < 2) return lookup({ ...ctx, f: { ...f, operation: 'lookup' } }, c, alternatives);
  else [from, to] = [sorted[0], sorted.at(-1)];
  if (!from || !to || from === to) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `tal for begge perioder for ${c.kpi.name.da}` : `figures for both periods for ${c.kpi.name.en}`));
  // A year stored for part of it (its document's column for that year) stands for the year, as in a lookup; the note says so.
  const lined = notes.length ? 'any' : 'alike';
  // "i 2019 end i 2018": the first period named less the one it is compared with; else from the earlier to the later.
  if (f.periods.length === 2 && THAN.test(f.text)) {
    const result = f.operation === 'ratio' ? twoFigures(f, from, to, lang) : f.operation === 'percent-change' ? percentChange(from, to, lang, askedWay(f)) : subtract('difference', from, to, lang, { periods: lined, ...askedWay(f) });
    return computedAnswer(ctx, c, result, alternatives, undefined, notes);
  }
  if (byPeriod(from.period, to.period) > 0) [from, to] = [to, from];
  // "hvor mange gange så mange fra 2017 til 2019": the later over the earlier.
  if (f.operation === 'ratio') return computedAnswer(ctx, c, twoFigures(f, to, from, lang), alternatives, undefined, notes);
  const result = f.operation === 'percent-change' ? percentChange(to, from, lang, askedWay(f)) : subtract('change', to, from, lang, { periods: lined, ...askedWay(f) });
  return computedAnswer(ctx, c, result, alternatives, undefined, notes);
}

const THAN = /\b(?:end|than)\b/;
const BEFORE = /\b(?:foer|before|tidligere|previously|earlier)\b/;
const AFTER = /\b(?:efter|after|nu|now|i dag|today|siden|since then)\b/;

/**
 * "før omfordelingen som efter", "after the reform than before": one measure at its earliest and its newest
 * figure, in the order the question names them. Undefined unless both words are said and two periods are stored.
 */
function beforeAfter(ctx: Ctx, c: Candidate): [ResolvedFigure, ResolvedFigure] | undefined {
  const before = BEFORE.exec(ctx.f.text);
  const after = AFTER.exec(ctx.f.text);
  if (!before || !after) return undefined;
  const pool = c.mine.filter((x) => x.kind === pickKind(ctx, c).kind && granularity(x.period) !== 'range').sort((a, b) => byPeriod(a.period, b.period));
  const [first, last] = [pool[0], pool.at(-1)];
  if (!first || !last || first.period === last.period) return undefined;
  return before.index < after.index ? [first, last] : [last, first];
}

/** Two organisations ("Hedensted vs. landsplan"), or a stored difference, or the periods named. */
export async function compare(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const other = f.orgs.find((ids) => !ids.includes(c.org));
  if (!other) {
    // "hvor mange gange det budgetterede resultat var det faktiske", "how many percent more were planned than now": two kinds.
    const byKind = f.operation === 'ratio' || f.relative ? kindPair(ctx, c) : undefined;
    if (byKind) return computedAnswer(ctx, c, kindsWorked(ctx, byKind), alternatives);
    // A stored difference answers a difference, never a ratio.
    if (f.operation === 'difference' && c.mine.some((x) => x.kind === 'difference')) return lookup({ ...ctx, f: { ...f, kinds: ['difference'], operation: 'lookup' } }, c, alternatives);
    // "hvor mange gange større i 2019 end i 2017": one measure at two times, divided, never subtracted.
    // "forskellen på driftsudgiften i 2018 og 2019": two periods joined as a span the measure has no figure for, but each end.
    if (f.periods.length >= 2 || f.since || endsStored(c, f.periods)) return change({ ...ctx, f: { ...f, operation: f.operation === 'ratio' ? 'ratio' : 'change' } }, c, alternatives);
    const times = beforeAfter(ctx, c);
    if (times) return computedAnswer(ctx, c, f.operation === 'ratio' ? divide(...times, lang) : subtract('difference', ...times, lang, { periods: 'alike', ...askedWay(f) }), alternatives);
    // "'I alt' (investering minus besparelse)": a measure naming both sides is the net itself, stored.
    if (f.sides?.members.every((m) => c.named.includes(m))) return lookup({ ...ctx, f: { ...f, operation: 'lookup' } }, c, alternatives);
    // One figure is not a comparison: answering it would answer another question.
    return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `to tal at sammenligne (jeg fandt kun ${c.kpi.name.da})` : `two figures to compare (I found only ${c.kpi.name.en})`));
  }
  const { kind } = pickKind(ctx, c);
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], c.mine).period;
  // The other organisation's figure of the same measure: on this KPI, or on its namesake for that organisation.
  const pools = [c.all, ...(await namesakes(ctx, c.kpi)).map((x) => x.all)].flat().filter((x) => x.kind === kind);
  // A measure found for an organisation not named ("Hedensteds klynge" read as Hedensted) is never a side: the named one is.
  const own = f.orgs.find((ids) => ids.includes(c.org)) ?? f.orgs.find((ids) => ids !== other)!;
  const mine = own.includes(c.org) ? c.mine.filter((x) => x.kind === kind) : pools.filter((x) => own.includes(x.orgId));
  const theirs = pools.filter((x) => other.includes(x.orgId));
  // A ratio of two organisations divides one period by itself: with none asked, the newest both have.
  const shared = f.operation === 'ratio' && !asked ? newestShared(mine, theirs) : undefined;
  const a = choosePeriod(mine, asked ?? shared).figure;
  const b = a && (theirs.find((x) => x.period === a.period) ?? (asked || f.operation === 'ratio' ? undefined : choosePeriod(theirs, undefined).figure));
  // The side without a figure for the period compared is the one named: this organisation's own when the period asked is missing.
  const missing = a ? { org: other[0]!, period: a.period } : { org: c.org, period: asked || undefined };
  if (!a || !b) return refusal(lang, 'no-figure', say.missingOperand(lang, `${c.kpi.name[lang]} (${orgName(ctx.cat, missing.org)}${missing.period ? `, ${periodText(missing.period, lang)}` : ''})`));
  // The subject first: "så stor er landsgennemsnittet som Viborg" when Viborg was found first is turned round.
  const turned = f.compared?.includes(c.org) && !f.compared.some((id) => other.includes(id));
  // "how many times the national share is Skanderborg's": the order named, whichever is the subject (twoFigures turns it).
  const named = (x: ResolvedFigure) => f.orgs.findIndex((ids) => ids.includes(x.orgId));
  if (f.timesOf) return computedAnswer(ctx, c, twoFigures(f, ...((named(b) < named(a) ? [b, a] : [a, b]) as [ResolvedFigure, ResolvedFigure]), lang), alternatives);
  // "landsplan i forhold til Hedensted", "relative to Hedensted, … Skanderborg's", "skanderborg/hedensted": the side set
  // against is the base; with none, the one named first is divided by the other.
  if (f.operation === 'ratio') {
    const base = f.against ? f.against.includes(a.orgId) : named(b) < named(a);
    const [x, y] = base ? [b, a] : [a, b];
    return computedAnswer(ctx, c, f.inPercent ? share(x, y, lang, 'same') : divide(x, y, lang, 'same'), alternatives);
  }
  const [x, y] = winnerFirst(turned ? b : a, turned ? a : b, f.extreme);
  return computedAnswer(ctx, c, twoFigures(f, x, y, lang), alternatives);
}

/** The newest period both organisations' figures have. */
function newestShared(mine: ResolvedFigure[], theirs: ResolvedFigure[]): string | undefined {
  const periods = new Set(theirs.map((x) => x.period));
  return mine.filter((x) => periods.has(x.period)).sort((x, y) => byPeriod(x.period, y.period)).at(-1)?.period;
}

/** One period asked, a span "A--B" the measure has no figure for, while it has one for A and one for B. */
function endsStored(c: Candidate, periods: string[]): boolean {
  const ends = periods.length === 1 ? periods[0]!.split('--') : [];
  return ends.length === 2 && !c.mine.some((x) => x.period === periods[0]) && ends.every((p) => c.mine.some((x) => x.period === p));
}

/**
 * The two sides of a comparison or sum: two members of one family ("tilflyttede end fraflyttede",
 * "sparet forsørgelse minus driftsudgift"), the same measure of two cases ("UE 09b end UE 09a"), or
 * the measure words either side of "end" / "than".
 */
export function sidesOf(f: Frame): [Frame, Frame] | undefined {
  if (f.sides) {
    const [a, b] = f.sides.words;
    // Each side is its own member of the family; what the question names of other families ("over 1 år",
    // "sygedagpengesager", "matchgruppe 2") qualifies both, so it still chooses the measure on each side.
    const family = f.sides.members[0].split(':')[0]!;
    const shared = f.contrasts.filter((c) => c.split(':')[0] !== family);
    // The other side's words are not searched at all, not even to rank ("besparelse" would lift "Investering og besparelse i alt").
    const side = (member: string, other: string[]): Frame => ({
      ...f,
      contrasts: [member, ...shared],
      measure: f.measure.filter((w) => !other.includes(w)),
      extra: f.extra.filter((w) => !other.includes(w)),
    });
    return [side(f.sides.members[0], b), side(f.sides.members[1], a)];
  }
  if (f.cases.length >= 2) return [{ ...f, cases: [f.cases[0]!] }, { ...f, cases: [f.cases[1]!] }];
  if (f.split) return [{ ...f, measure: f.split[0] }, { ...f, measure: f.split[1] }];
  return undefined;
}

/** Two sides of a comparison, each resolved on its own, for the same organisation and period. */
export async function twoSides(ctx: Ctx, sides: [Frame, Frame] | undefined): Promise<Answer | undefined> {
  // Two cases over a span of years ("JC 06 og JC 07 i alt 2017-2019") are added case by case too: their years may differ.
  const overSpan = ctx.f.cases.length === 2 && !ctx.f.latest && YEAR_SPAN.test(ctx.f.periods[0] ?? '') && ctx.f.periods.length === 1;
  if (ctx.f.operation === 'sum' && (ctx.f.cases.length > 2 || overSpan) && !ctx.f.sides && !ctx.f.split) return eachCase(ctx);
  const listed = await listSum(ctx);
  if (listed) return listed;
  if (!sides) return undefined;
  const none: [string[], string[]] = [[], []];
  // Qualifiers after the second side may qualify both ("flere kontanthjælpsmodtagere end befolkningen har grundskole …"): then the whole question's.
  const split = ctx.f.split && !ctx.f.sides ? splitContrasts(ctx.f, lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon, sides) : undefined;
  return (split?.avoid[0].length && (await sidesAnswer(ctx, split.sides, split.avoid))) || sidesAnswer(ctx, sides, none, split?.avoid);
}

/**
 * The two sides resolved and compared; `avoid` as splitContrasts gives it. `crossed`: what only the right side
 * names, when not enforced: a reading whose left side names it and whose right side does not has the sides
 * crossed ("kvindeandelen i sager over et år end i sager på 0-4 uger" read as 0-4 weeks against over a year).
 */
async function sidesAnswer(ctx: Ctx, [left, right]: [Frame, Frame], avoid: [string[], string[]], crossed?: [string[], string[]]): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  // A side named by a contrast phrase ("den sparede forsørgelse") is tried on the whole question's words
  // first, then on its own phrase alone when the rest of the sentence blurs it.
  // A measure naming what only the other side names ("0-4 uger") is never this side.
  const settle = async (side: Frame, own: string[] | undefined, o: typeof opts & { orgs?: string[] }, avoid: string[]) => {
    const decideOn = async (frame: Frame) => {
      const res = await resolve(ctx.store, ctx.cat, frame, o);
      return decide({ ...res, ranked: res.ranked.filter((c) => !avoid.some((x) => c.named.includes(x))) }, frame);
    };
    const d = await decideOn(side);
    if (d.kind === 'answer' || !own?.length) return d;
    const alone = await decideOn({ ...side, measure: own });
    // "kvinder pr. mand": the side's own word may be a form no name uses ("mand" of "mænd"); its member says it.
    const rest = side.measure.filter((w) => !own.includes(w));
    return alone.kind === 'answer' || !rest.length ? alone : decideOn({ ...side, measure: rest });
  };
  // Three cases or more named beside two sides ("drift i CEB 01, 02 og 08 minus sparet forsørgelse i CEB 02 og 04"):
  // each side is a list of cases, never the one case a side happens to be found in.
  if (f.sides && f.cases.length > 2) return undefined;
  const l = answeredSide(ctx, 0) ?? (await settle(left, f.sides?.words[0], opts, avoid[0]));
  if (l.kind !== 'answer') return undefined;
  // Two members of one family are read inside the case the first was found in: a sum of two outcomes of
  // one project, never one project's outcome plus another's.
  const caseId = l.best.kpi.caseId;
  const inCase = f.sides && !right.cases.length && caseId ? { ...right, cases: [caseId] } : right;
  const r = answeredSide(ctx, 1) ?? (await settle(inCase, f.sides?.words[1], { ...opts, orgs: [l.best.org] }, avoid[1]));
  if (r.kind !== 'answer' || r.best.kpi.id === l.best.kpi.id) return undefined;
  const rightOwn = crossed?.[0] ?? [];
  if (rightOwn.some((x) => l.best.named.includes(x)) && !rightOwn.some((x) => r.best.named.includes(x))) return undefined;
  // Sides read in two units ("people moving in": a share of recipients; "moving out": a count) are never set
  // against each other: each side is read again in the other's unit, and only a pair in one unit is computed.
  let [lb, rb] = [l.best, r.best];
  if (f.operation !== 'ratio' && unitFamily(lb.kpi.unit) !== unitFamily(rb.kpi.unit)) {
    const inUnit = (side: Frame, other: Candidate): Frame => ({ ...side, units: [unitFamily(other.kpi.unit)], softUnits: [] });
    const l2 = await settle(inUnit(left, rb), f.sides?.words[0], opts, avoid[0]);
    const r2 = l2.kind === 'answer' && l2.best.org === rb.org ? undefined : await settle(inUnit(inCase, lb), f.sides?.words[1], { ...opts, orgs: [lb.org] }, avoid[1]);
    if (l2.kind === 'answer' && l2.best.org === rb.org && l2.best.kpi.id !== rb.kpi.id) lb = l2.best;
    else if (r2?.kind === 'answer' && r2.best.kpi.id !== lb.kpi.id) rb = r2.best;
  }
  const a = sideFigures(ctx, lb);
  const b = sideFigures(ctx, rb);
  if (!a || !b) return undefined;
  if (a.length > 1 || b.length > 1) return computedAnswer(ctx, lb, ofTotals(a, b, lang, (x, y) => twoFigures(f, x, y, lang)), []);
  const [x, y] = winnerFirst(a[0]!, b[0]!, f.extreme);
  return computedAnswer(ctx, lb, twoFigures(f, x, y, lang), []);
}

/**
 * "… and what is the net effect that year after the operating cost?" after the saving: a side the question names by no
 * word of its own is the figure just answered, when that figure's measure is the side's member (a saving, a cost).
 */
function answeredSide(ctx: Ctx, i: 0 | 1): { kind: 'answer'; best: Candidate } | undefined {
  const { f, previous } = ctx;
  if (!previous || !f.sides || f.sides.words[i].length) return undefined;
  const names = contrastsIn(fold(`${previous.kpi.name.da} ${previous.kpi.name.en}`), lexiconFor(ctx.cat.orgRefs, ctx.cat.caseRefs).lexicon);
  return names.includes(f.sides.members[i]) ? { kind: 'answer', best: answeredOperand(previous).c! } : undefined;
}

/** Where the question turns from one side to the other: "end", "than", "som", "as", "sammenlignet med". */
const TURN = /\s(?:end|than|vs\.?|versus|sammenlignet med|compared (?:to|with)|i forhold til|relative to)\s/;

/**
 * Each side of a split comparison keeps the qualifiers named on its own side of "end" / "than": in "kvindeandelen i
 * sager over et år end i sager på 0-4 uger" the "0-4" is the right side's, and "til job end til førtidspension"
 * sets job against førtidspension, never both on each side. The right side, said short, takes the left's qualifiers
 * of the families it does not name itself ("i sager på 0-4 uger" is still women's share in sickness-benefit cases).
 * `avoid` is, per side, what only the other side names: a measure naming it is the other side.
 */
export function splitContrasts(f: Frame, lex: Lexicon, [left, right]: [Frame, Frame]): { sides: [Frame, Frame]; avoid: [string[], string[]] } {
  const unchanged = { sides: [left, right] as [Frame, Frame], avoid: [[], []] as [string[], string[]] };
  const turn = TURN.exec(` ${f.text} `);
  if (!turn) return unchanged;
  const before = contrastsIn(f.text.slice(0, turn.index), lex).filter((c) => f.contrasts.includes(c));
  const after = contrastsIn(f.text.slice(turn.index), lex).filter((c) => f.contrasts.includes(c));
  const family = (c: string) => c.split(':')[0]!;
  const own = after.filter((c) => !before.includes(c));
  if (!own.length) return unchanged;
  const leftOnly = f.contrasts.filter((c) => !own.includes(c));
  const replaced = before.filter((c) => !after.includes(c) && own.some((o) => family(o) === family(c)));
  const rightAll = [...new Set([...after, ...before.filter((c) => !replaced.includes(c))])];
  return { sides: [{ ...left, contrasts: leftOnly }, { ...right, contrasts: rightAll }], avoid: [own, replaced] };
}

/**
 * One side's figures for the period asked: the one stored for it, each side's total column ("AU's total
 * investment than ØK's"), or, over a span of years stored year by year ("over 2017-2019"), every year of it.
 */
function sideFigures(ctx: Ctx, c: Candidate): ResolvedFigure[] | undefined {
  const { f } = ctx;
  const asked = f.latest ? undefined : f.periods[0];
  const pool = c.mine.filter((x) => x.kind === pickKind(ctx, c).kind);
  const period = asked && resolvePeriod(asked, c.mine).period;
  const years = period && YEAR_SPAN.test(period) && !pool.some((x) => sameSpan(x.period, period)) ? yearsToAdd(pool, period) : undefined;
  if (years && !years.partial.length) return years.figures;
  const x = (!asked && f.total && widest(pool)) || choosePeriod(pool, period).figure;
  return x ? [x] : undefined;
}

const YEAR_SPAN = /^\d{4}--\d{4}$/;

/**
 * "UE 02, UE 03 og UE 07 tilsammen": the same measure of every case named, added up; all of them or none. A
 * case whose own words leave a choice ("JC 08 (Håndholdt indsats)") takes the measure the others agree on by name.
 * Over a span of years ("i alt 2017-2019") each case gives its figure for the span, else the years of it its table
 * fills (a proposal running only in 2017 gives 2017), grouped in the working; a case with none of them refuses the sum.
 */
async function eachCase(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  const asked = f.latest ? undefined : f.periods[0];
  const decided: { id: string; d: ReturnType<typeof decide> }[] = [];
  for (const id of f.cases) {
    const side = { ...f, cases: [id] };
    decided.push({ id, d: decide(await resolve(ctx.store, ctx.cat, side, opts), side) });
  }
  const names = decided.flatMap(({ id, d }) => (d.kind === 'answer' && d.best.kpi.caseId === id ? [d.best.kpi.name.da] : []));
  const agreed = names.length * 2 > f.cases.length && names.every((n) => n === names[0]) ? names[0] : undefined;
  const span = asked && YEAR_SPAN.test(asked) ? asked : undefined;
  const found: { c: Candidate; x: ResolvedFigure }[] = [];
  const groups: ResolvedFigure[][] = [];
  for (const { id, d } of decided) {
    const c = d.kind === 'answer' ? d.best : d.kind === 'ask' ? d.options.find((o) => o.kpi.name.da === agreed) : undefined;
    if (!c || c.kpi.caseId !== id) return undefined;
    const pool = c.mine.filter((x) => x.kind === pickKind({ ...ctx, f: { ...f, cases: [id] } }, c).kind);
    if (span) {
      const whole = pool.find((x) => sameSpan(x.period, span));
      const years = whole ? [whole] : yearsToAdd(pool, span, 1)?.figures;
      if (!years) return refusal(lang, 'no-figure', say.missingOperand(lang, `${ctx.cat.cases.get(id)?.code ?? id}: ${c.kpi.name[lang]} (${periodText(span, lang)})`));
      groups.push(years);
      found.push({ c, x: years[0]! });
      continue;
    }
    const x = choosePeriod(pool, asked && resolvePeriod(asked, pool).period).figure;
    if (!x || (asked && x.period !== found[0]?.x.period && found.length)) return undefined;
    found.push({ c, x });
  }
  if (span) return computedAnswer(ctx, found[0]!.c, sumOfGroups(groups, lang, { size: f.units.includes('count') }), []);
  return computedAnswer(ctx, found[0]!.c, sum(found.map((o) => o.x), lang, { size: f.units.includes('count') }), []);
}

/** Two figures compared as the question asks: a ratio, a sum or a difference. */
export function twoFigures(f: Frame, a: ResolvedFigure, b: ResolvedFigure, lang: Lang): Computed | { refused: string } {
  if (f.operation === 'ratio') return f.timesOf ? divide(b, a, lang) : divide(a, b, lang);
  // "Hvor mange kontaktforløb afgår i alt": two falls stored as −120 and −37 are 157 asked as a count.
  if (f.operation === 'sum') return sum([a, b], lang, { size: f.units.includes('count') });
  if (f.relative) return percentChange(a, b, lang, { ...askedWay(f), compared: true });
  return subtract('difference', a, b, lang, { periods: 'same', distance: !!f.distance, ...askedWay(f) });
}

/**
 * "Hvor stor en andel af de 1.485 borgere i KIK II var overgået til selvforsørgelse?": the part over the
 * whole, each a stored figure — the one with the number the question states, or the one its words name.
 * Without a stated number a stored share that answers the question comes first.
 */
export async function partsOf(ctx: Ctx): Promise<Answer | undefined> {
  const found = (await periodShare(ctx)) ?? (await storedSharesAdded(ctx)) ?? (await partsFound(ctx));
  if (found || !(ctx.f.share?.named || (ctx.f.share?.parts.length ?? 0) > 1)) return found;
  // "X i % af Y" names its whole, "either A or B" two parts: without all the figures, no stored share of one of them stands in.
  return refusal(ctx.lang, 'no-figure', say.missingOperand(ctx.lang, ctx.lang === 'da' ? 'tal for både delen og helheden, som spørgsmålet nævner' : 'figures for both the part and the whole the question names'));
}

async function partsFound(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  // "andelen, der ikke …", "hverken … eller …": the rest of stored shares, before a share of counts is tried.
  const left = (await restShare(ctx)) ?? (await lessPart(ctx));
  if (left) return left;
  const { whole, parts } = f.share!;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  // "hvor stor en andel af udvalgets samlede budget er det?", "what share of them …": in a conversation, the side naming
  // nothing but a word pointing back is the figure just answered; the other side is read in its organisation and period.
  const back = ctx.previous && sideBack(f);
  const said = back && answeredOperand(ctx.previous!);
  const at = said && back !== whole && !f.periods.length ? said.x!.period : undefined;
  const stated = [whole, ...parts].some((s) => s.stated.length > 0);
  if (!stated && f.operation === 'share' && parts.length === 1) {
    const d = decide(await resolve(ctx.store, ctx.cat, { ...f, operation: 'lookup' }, opts), f);
    if (d.kind === 'answer' && unitFamily(d.best.kpi.unit) === 'percent') return undefined;
  }
  const asked = f.latest ? undefined : f.periods[0];
  // "af de 274 gengangere … havde 4 eller flere sygeperioder": a small number names a part ("n:4"), never the whole.
  const numbered = f.contrasts.filter((x) => x.startsWith('n:') && !whole.contrasts.includes(x));
  const side = (s: ShareSide): Frame => {
    const contrasts = s === whole ? s.contrasts : [...new Set([...s.contrasts, ...numbered])];
    return { ...f, operation: 'lookup', measure: s.measure.length ? s.measure : f.measure, contrasts, kinds: s.kinds, units: [], softUnits: [] };
  };
  /**
   * The figure with the number stated, among the measures the words name, else the number itself (the
   * question is its source); without a number, the one measure the words name, in the period of `like`.
   */
  const operand = async (s: ShareSide, o: typeof opts & { orgs?: string[] }, not?: ResolvedFigure, taken: string[] = [], within?: Candidate): Promise<Operand | undefined> => {
    if (said && s === back) return said;
    const frame = side(s);
    const res = await resolve(ctx.store, ctx.cat, frame, o);
    if (s.stated.length) {
      for (const c of res.ranked.slice(0, 8)) {
        const x = c.mine.find((y) => isStated(s.stated, y.value) && y.kpiId !== not?.kpiId);
        if (x) return { c, x };
      }
      return { stated: s.stated[0]! };
    }
    // The part is counted like the whole, in the same case; another figure of the whole's own measure (the
    // 51 enrolled of the 150 planned) or, when that is the whole itself, another measure.
    const alike = (c: Candidate) => !not || (c.kpi.unit === not.unit && c.kpi.caseId === ctx.cat.kpis.get(not.kpiId)?.caseId);
    const pick = (ranked: Candidate[]) => {
      const d = decide({ ...res, ranked }, frame);
      if (d.kind !== 'answer') return undefined;
      const best = (within && partWithin(d.best, within, ranked)) || d.best;
      const pool = best.mine.filter((y) => y.kind === pickKind({ ...ctx, f: frame }, best).kind);
      const x = (not && pool.find((y) => y.period === not.period)) || (!asked && f.total && widest(pool)) || choosePeriod(pool, at ?? (asked && resolvePeriod(asked, pool).period)).figure;
      const same = x && not && x.kpiId === not.kpiId && x.kind === not.kind && x.period === not.period;
      return x && !same ? { c: best, x } : undefined;
    };
    // A share or a rest counts heads, cases or money: a course's weeks, hours a week or a share itself are never its whole or part.
    // The whole is never a measure of what only the part names ("… kontant- og uddannelseshjælpsmodtagere" is the part of "de borgere, der kom til").
    const partOnly = s === whole ? parts.flatMap((p) => p.contrasts).filter((x) => !whole.contrasts.includes(x)) : [];
    const ranked = res.ranked.filter((c) => alike(c) && !taken.includes(c.kpi.id) && !isDuration(c.kpi.unit) && unitFamily(c.kpi.unit) !== 'percent' && !partOnly.some((x) => c.named.includes(x)));
    return pick(ranked) ?? pick(ranked.filter((c) => c.kpi.id !== not?.kpiId));
  };
  // The whole of the figure just answered is another measure of its organisation.
  const w = await operand(whole, said ? { ...opts, orgs: [said.x!.orgId] } : opts, undefined, said ? [said.c!.kpi.id] : []);
  if (!w) return undefined;
  // Each part a measure of its own: "hverken i arbejde eller jobparate" is two figures, never one twice.
  const found: Operand[] = [];
  for (const part of parts) {
    const args = [{ ...opts, ...(w.c ? { orgs: [w.c.org] } : {}) }, w.x, found.flatMap((x) => (x.c ? [x.c.kpi.id] : [])), w.c] as const;
    // "… står Arbejdsmarkedsudvalget for": a part of a share named only by what sets its row apart (a committee, no number
    // stated) is that row of the whole's measure.
    const rowOf = f.operation === 'share' && !stated && part.measure.length && part.contrasts.some((x) => !whole.contrasts.includes(x));
    const p = (await operand(part, ...args)) ?? (rowOf ? await operand({ ...part, measure: [...whole.measure, ...part.measure] }, ...args) : undefined);
    if (!p) return undefined;
    found.push(p);
  }
  // A number stated but not stored stands for itself beside a stored figure; with nothing stored there is no measure to speak of.
  const anchor = [w, ...found].find((o) => o.c && o.x);
  if (!anchor?.c || !anchor.x) return undefined;
  const figure = (o: Operand) => o.x ?? statedFigure(o.stated!, anchor.x!, lang);
  const periods = stated ? 'any' : 'same';
  const remaining = rest(figure(w), found.map(figure), lang, periods);
  const result = f.operation === 'share' ? shareOfParts(found.map(figure), figure(w), lang, periods) : f.share!.excluding ? excluding(remaining) : remaining;
  // Persons against full-time persons does not divide: a stored share may still answer the question. A
  // part larger than its whole means the question's number was not the whole (an age, a year) or the sides are swapped.
  const overWhole = !isRefusal(result) && result.operation === 'share' && result.value > 100;
  // The catalogue names the total ("Arbejdsmarkedsudvalget i alt"): found as the part, it is the whole the words meant.
  const part = found[0]!;
  if (overWhole && part.c && w.c && TOTAL_NAME.test(nameOf(part.c)) && !TOTAL_NAME.test(nameOf(w.c))) {
    const turned = share(figure(w), figure(part), lang, periods);
    if (!isRefusal(turned) && turned.value <= 100) return computedAnswer(ctx, w.c, turned, []);
  }
  // The figure just answered and one that does not line up with it (another unit, another period): said, never looked up instead.
  if (said && isRefusal(result)) return computedAnswer(ctx, said.c!, result, []);
  return isRefusal(result) || overWhole ? undefined : computedAnswer(ctx, (f.operation === 'share' ? part.c : w.c) ?? anchor.c, result, []);
}

const nameOf = (c: Candidate) => fold(`${c.kpi.name.da} ${c.kpi.name.en}`);

/** The figure the previous turn answered with, as an operand of its own measure. */
function answeredOperand({ kpi, x }: NonNullable<Ctx['previous']>): Operand {
  return { c: { kpi, hit: { type: 'kpi', id: kpi.id, orgId: x.orgId, score: 1, coverage: 1 }, all: [x], org: x.orgId, mine: [x], score: 1, fitsKind: true, fitsPeriod: true, named: [] }, x };
}

/** One side of a share or rest: a stored figure (and its measure), or only a number the question states. */
interface Operand {
  c?: Candidate;
  x?: ResolvedFigure;
  stated?: number;
}

/** The gap between the newest (or asked) actual figure and the target: the goal's, or a target or planned figure. */
export async function versusTarget(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const goal = goalFor(ctx.cat, c.kpi, c.org, lang, c.all);
  // "målet for 31. januar 2019, opgjort pr. 31. august 2018": each period named goes to the side that has it.
  const named = f.latest ? [] : f.periods.map((p) => resolvePeriod(p, c.mine).period);
  const kindAt = (kind: FigureKind) => {
    const pool = c.mine.filter((x) => x.kind === kind);
    return named.map((p) => choosePeriod(pool, p).figure).find(Boolean) ?? (named.length && kind === 'actual' ? undefined : choosePeriod(pool, undefined).figure);
  };
  const actual = kindAt('actual');
  const stored = kindAt('target') ?? kindAt('expected');
  const target = goal?.target !== undefined && goal.deadline ? goalFigure(c, goal.deadline, goal.target, goal.source) : stored;
  if (!actual || !target) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `både et faktisk tal og et mål for ${c.kpi.name.da}` : `both an actual figure and a target for ${c.kpi.name.en}`));
  return computedAnswer(ctx, c, subtract('versus-target', actual, target, lang, { periods: 'any', distance: !!f.distance, ...askedWay(f) }), alternatives, goal);
}

/** Actual against budget (or another kind) for the same period. */
export async function versusKind(ctx: Ctx, c: Candidate, against: FigureKind, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], c.mine).period;
  const actual = choosePeriod(c.mine.filter((x) => x.kind === 'actual'), asked).figure;
  const base = actual && c.mine.find((x) => x.kind === against && x.period === actual.period);
  // "i 2016 og 2017 tilsammen": over years, the table's own difference row (actual less budget) added up, a part-year said to be one.
  const span = f.periods.length >= 2 ? spanOf(f.periods) : asked;
  const years = against === 'budget' && span?.includes('--') && !(actual && sameSpan(actual.period, span)) ? yearsToAdd(c.mine.filter((x) => x.kind === 'difference'), span) : undefined;
  if (years) {
    const notes = years.partial.map((x) => say.partOfYear(lang, periodText(x.period, lang)));
    return computedAnswer(ctx, c, sum(years.figures, lang), alternatives, undefined, notes);
  }
  if (!actual || !base) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `et faktisk tal og et ${kindLabel(against, lang)} for samme periode` : `an actual and a ${kindLabel(against, lang)} figure for the same period`));
  return computedAnswer(ctx, c, subtract('versus-budget', actual, base, lang, { periods: 'same', ...askedWay(f) }), alternatives);
}
