/**
 * answerQuestion: a question in the user's words → the figure that answers it (stored, or computed from
 * stored figures with the working shown), a case, or an honest refusal. The question is read into a frame
 * (domain/query/frame.ts), resolved against the catalogue (resolve.ts), and the operation is carried out
 * on the chosen measure's figures (compute.ts). Reads only the figures of the few KPIs the search picked.
 */
import type { FigureKind, Kpi } from '../domain/model.js';
import { granularity, periodEnd, periodStart, type Lang } from '../domain/period.js';
import { codeKey, fold, followUp, isFollowUp, readContext, writeContext, type Frame, type ShareSide } from '../domain/query/index.js';
import { ValidationError } from '../domain/errors.js';
import type { Store } from '../store/store.js';
import { caseAnswer, caseAsked, mostSpecificCases } from './case-answer.js';
import { answerCaseQuestion } from './case-find.js';
import { getCatalogue, type Catalogue } from './catalogue.js';
import { isRefusal, percentChange, rest, share, subtract, divide, sum, type Computed } from './compute.js';
import { choosePeriod, defaultKind, figuresOf, previousOf, resolvePeriod } from './figures.js';
import { spanOf, widest, winnerFirst, yearsToAdd } from './operands.js';
import { goalFor } from './goal-view.js';
import { byPeriod, sameSpan } from './period-keys.js';
import { readQuestion } from './readings.js';
import { askedKinds, constraintCoverage, decide, resolve, ANSWER_COVERAGE, ASK_COVERAGE, type Candidate, type Resolution } from './resolve.js';
import { contrastLabel } from './readings.js';
import type { Alternative, Answer, AnswerFigure, QueryInput, ResolvedFigure } from './types.js';
import { formatValue, isDuration, unitFamily, unitLabel } from './units.js';
import { kindLabel, listText, operationLabel, periodText, say } from './wording.js';

export interface AnswerOptions {
  /** The deployment's own organisation: questions naming none are about it first. */
  homeOrg?: string;
  /** Rebuild the catalogue in the background when older than this. */
  maxAgeMs?: number;
}

/** Names of measures that are themselves a change or reduction. */
const CHANGE_NAME = /\b(?:fald|stigning|reduktion|aendring|change|decrease|increase|reduction|drop|growth)\b/;

interface Ctx {
  store: Store;
  cat: Catalogue;
  f: Frame;
  lang: Lang;
  home: string;
  inputOrg?: string;
}

export async function answerQuestion(store: Store, input: QueryInput, options: AnswerOptions = {}): Promise<Answer> {
  const cat = await getCatalogue(store, options.maxAgeMs);
  let f = mostSpecificCases(cat, readQuestion(input.q, input.lang, cat.orgRefs, cat.caseRefs));
  if (input.context) {
    const previous = readContext(input.context);
    if ('error' in previous) throw new ValidationError(previous.error, [{ field: 'context', message: previous.error }]);
    if (isFollowUp(f)) f = siblingCase(cat, followUp(previous, f));
  }
  const ctx: Ctx = { store, cat, f, lang: f.lang, home: options.homeOrg ?? 'aabenraa' };
  if (input.org && cat.orgs.has(input.org)) ctx.inputOrg = input.org;
  const answer = await answerFrame(ctx);
  // A case found by what it is about ("hvilket forslag handler om …") is where a follow-up stays ("hvad koster det
  // i 2018?"); the words that described it name none of its measures.
  const read = answer.case && !f.cases.includes(answer.case.id) ? { ...f, measure: [], optional: [] } : f;
  answer.context = writeContext(read, answer.figures.length ? cat.kpis.get(answer.figures[0]!.kpi)?.caseId : answer.case?.id);
  return answer;
}

/** "og for 09b?" after a question about UE 09a: the case of the same series with that number. */
function siblingCase(cat: Catalogue, f: Frame): Frame {
  const current = f.cases.length === 1 ? cat.cases.get(f.cases[0]!) : undefined;
  const suffix = /(?:^|\s)(\d{1,2}[a-z]?)\s*\??$/.exec(f.text)?.[1];
  const prefix = current?.code && /^(.*?)\s*\d/.exec(current.code)?.[1];
  if (!current || !suffix || !prefix) return f;
  const sibling = [...cat.cases.values()].find((c) => c.orgId === current.orgId && c.code && codeKey(c.code) === codeKey(`${prefix} ${suffix}`));
  return sibling && sibling.id !== current.id ? { ...f, cases: [sibling.id] } : f;
}

async function answerFrame(ctx: Ctx): Promise<Answer> {
  const { f, lang, cat } = ctx;
  // A place the store has nothing about is refused by name, never answered with another's figure.
  if (f.unknownPlaces.length) return refusal(lang, 'no-figure', say.noPlace(lang, listText(f.unknownPlaces, lang)));

  // "Hvilket forslag handler om …": a case named by what it is about is answered by the case, never a figure.
  const which = await answerCaseQuestion(ctx.store, cat, f);
  if (which) return which;
  const asCase = caseAsked(cat, f);
  if (asCase) return caseAnswer(ctx.store, cat, asCase, lang);
  if (!f.measure.length && !f.cases.length) return noMatch(ctx);

  // A share that cannot be worked out is answered only by a stored share, never by a count.
  if (f.operation === 'share') return (await partsOf(ctx)) ?? answerFrame({ ...ctx, f: { ...f, operation: 'lookup', units: ['percent'], softUnits: [] } });
  if (f.operation === 'rest') return (await partsOf(ctx)) ?? answerFrame({ ...ctx, f: { ...f, operation: 'lookup' } });
  if (f.operation === 'difference' || f.operation === 'ratio' || f.operation === 'sum') {
    const two = await twoSides(ctx, sidesOf(f));
    if (two) return two;
  }
  const found = await resolve(ctx.store, cat, f, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) });
  // "how many of the 180 completed citizens …": a measure holding the number the question states is the whole, not the answer.
  const res = f.stated ? { ...found, ranked: found.ranked.filter((c) => !c.mine.some((x) => f.stated!.includes(x.value))) } : found;
  const d = decide(res, f);
  if (d.kind === 'ask') return clarify(ctx, d.options);
  if (d.kind === 'refuse') {
    const ruledOut = constraintRefusal(ctx, res);
    if (ruledOut) return ruledOut;
    const miss = res.orgMisses[0];
    if (miss && res.coverage >= ANSWER_COVERAGE) {
      const m = miss.kpi.name[lang];
      const orgs = miss.orgs.map((o) => orgName(cat, o));
      return {
        ...refusal(lang, 'no-figure', say.noOrg(lang, m, orgName(cat, miss.asked[0]!), listText(orgs, lang))),
        alternatives: miss.orgs.slice(0, 3).map((o) => ({ label: `${m} – ${orgName(cat, o)}`, q: `${m} ${orgName(cat, o)}` })),
      };
    }
    const unit = res.unitMisses[0];
    if (unit && res.coverage >= ANSWER_COVERAGE) return refusal(lang, 'no-figure', say.noUnit(lang, unit.name[lang], orgName(cat, unit.orgId), unitWords(f, lang)));
    return noMatch(ctx);
  }
  const { best, others } = d;
  const alternatives = others.map((c) => ({ label: `${c.kpi.name[lang]} – ${orgName(cat, c.org)}`, q: `${c.kpi.name[lang]} ${orgName(cat, c.org)}` }));
  switch (f.operation) {
    case 'change':
    case 'percent-change':
      return change(ctx, best, alternatives);
    case 'difference':
    case 'ratio':
      return compare(ctx, best, alternatives);
    case 'versus-target':
      return versusTarget(ctx, best, alternatives);
    case 'versus-budget':
      return versusKind(ctx, best, 'budget', alternatives);
    case 'rank':
      return rank(ctx, best);
    default:
      return lookup(ctx, best, alternatives);
  }
}

/**
 * The measure that explains the question is ruled out by what the question insists on: a kind ("faktisk
 * reduceret" of a target), a benefit, a match group, a direction. Say what is missing and offer the measure.
 */
function constraintRefusal(ctx: Ctx, res: Resolution): Answer | undefined {
  const { lang, cat, f } = ctx;
  const coverage = constraintCoverage(res);
  if (coverage < ASK_COVERAGE) return undefined;
  const kindMiss = res.kindMisses.find((m) => m.coverage === coverage);
  const miss = res.constraintMisses.find((m) => m.coverage === coverage);
  const kpi = (kindMiss ?? miss)!.kpi;
  const org = orgName(cat, (kindMiss ?? miss)!.org);
  const measure = kpi.name[lang];
  const text =
    kindMiss && f.strict
      ? say.noKind(lang, measure, org, kindLabel(f.strict.kind, lang), listText(kindMiss.have.map((k) => kindLabel(k, lang)), lang))
      : say.noConstraint(lang, listText(miss!.missing.map((k) => contrastLabel(k, lang)), lang), measure, org);
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${measure} ${org}` }] };
}

/** The asked kind among the figures, else the usual one, with a note when the asked one is missing. */
function pickKind(ctx: Ctx, c: Candidate): { kind: FigureKind; note?: string } {
  const asked = askedKinds(ctx.f);
  const have = asked.find((k) => c.mine.some((x) => x.kind === k));
  if (have) return { kind: have };
  const kind = defaultKind(c.mine)!;
  if (!asked.length) return { kind };
  return { kind, note: say.kindFallback(ctx.lang, kindLabel(asked[0]!, ctx.lang), kindLabel(kind, ctx.lang)) };
}

async function lookup(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const notes: string[] = [];
  // "målet for …": the goal's target when the figures hold none.
  const goal = goalFor(ctx.cat, c.kpi, c.org, lang, c.all);
  if (askedKinds(f).includes('target') && !c.mine.some((x) => x.kind === 'target') && goal?.target !== undefined && goal.deadline) {
    return figureAnswer(ctx, c, goalFigure(c, goal.deadline, goal.target, goal.source), notes, alternatives);
  }
  const picked = pickKind(ctx, c);
  if (picked.note) notes.push(picked.note);
  const pool = c.mine.filter((x) => x.kind === picked.kind);
  // "i alt i 2017, 2018 og 2019": several periods named for a sum are the span they make up.
  let asked = f.latest ? undefined : f.operation === 'sum' && f.periods.length >= 2 ? spanOf(f.periods) : f.periods[0];
  if (asked) {
    const r = resolvePeriod(asked, pool);
    if (r.said === '@first') notes.push(say.first(lang, periodText(r.period, lang)));
    else if (r.said) notes.push(say.relative(lang, relativeWords(r.said, lang), periodText(r.period, lang)));
    asked = r.period;
  }
  // "i alt" without a period: the span that covers the most (the plan's total), not the newest part of it.
  if (!asked && f.operation === 'sum') asked = widest(pool)?.period;
  // "fald i … jan 15 til sep 17": a figure stored for just the span asked (the difference over it) answers, whatever its kind.
  const span = asked;
  const overSpan = span?.includes('--') && !pool.some((x) => sameSpan(x.period, span)) ? c.mine.find((x) => sameSpan(x.period, span)) : undefined;
  if (overSpan) {
    notes.push(say.kindFallback(lang, kindLabel(picked.kind, lang), kindLabel(overSpan.kind, lang)));
    if (f.direction === 'down' && overSpan.value < 0) {
      notes.push(say.storedAsFall(lang, fmt(overSpan, lang)));
      return figureAnswer(ctx, c, { ...overSpan, value: -overSpan.value }, notes, alternatives);
    }
    return figureAnswer(ctx, c, overSpan, notes, alternatives);
  }
  const choice = choosePeriod(pool, asked);
  if (choice.figure) {
    if (asked && choice.figure.period !== asked && covers(asked, choice.figure.period)) notes.push(say.partial(lang, periodText(asked, lang), periodText(choice.figure.period, lang)));
    if (asked && choice.wider) notes.push(say.wider(lang, periodText(asked, lang), periodText(choice.figure.period, lang)));
    // "Hvor mange kontaktforløb går til selvforsørgelse": a count a table gives as a fall (−120) is asked as its size.
    const figure = choice.figure;
    if (f.units.includes('count') && figure.value < 0 && unitFamily(figure.unit) === 'count') {
      notes.push(say.storedAsFall(lang, fmt(figure, lang)));
      return figureAnswer(ctx, c, { ...figure, value: -figure.value }, notes, alternatives, asked ? [] : choice.others);
    }
    return figureAnswer(ctx, c, figure, notes, alternatives, asked ? [] : choice.others);
  }
  // Yearly figures added up over a span asked ("2019-2021 i alt"), or all years when a sum is asked.
  const allYears = pool.filter((x) => granularity(x.period) === 'year').map((x) => x.period).sort(byPeriod);
  // Stocks counted in a month are never added up: only years, or a sum asked.
  const years = asked?.includes('--') && (f.operation === 'sum' || /^\d{4}--\d{4}$/.test(asked)) ? yearsToAdd(pool, asked) : f.operation === 'sum' && allYears.length ? yearsToAdd(pool, `${allYears[0]}--${allYears.at(-1)}`) : undefined;
  if (years) {
    const result = sum(years.figures, lang, { size: f.units.includes('count') });
    const partial = years.partial.map((x) => say.partOfYear(lang, periodText(x.period, lang)));
    return computedAnswer(ctx, c, result, alternatives, undefined, partial);
  }
  const nearest = choice.nearest.map((p) => periodText(p, lang));
  const measure = c.kpi.name[lang];
  return {
    ...refusal(lang, 'no-figure', say.noPeriod(lang, measure, orgName(ctx.cat, c.org), periodText(asked ?? '', lang), listText(nearest, lang))),
    alternatives: choice.nearest.map((p) => ({ label: `${measure} – ${periodText(p, lang)}`, q: `${measure} ${orgName(ctx.cat, c.org)} ${periodText(p, lang)}` })),
    nearestPeriods: choice.nearest,
    confidence: c.hit.coverage,
  };
}

/** From one period to another: "fra januar 2015 til september 2017", "siden 2015", "fra år 1 til år 3". */
async function change(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const { kind } = pickKind(ctx, c);
  const pool = c.mine.filter((x) => x.kind === kind && granularity(x.period) !== 'range');
  const ends = [f.since, ...f.periods.flatMap((p) => p.split('--'))].filter((p): p is string => !!p).map((p) => resolvePeriod(p, pool).period);
  const sorted = [...pool].sort((a, b) => byPeriod(a.period, b.period));
  let from: ResolvedFigure | undefined;
  let to: ResolvedFigure | undefined;
  if (ends.length >= 2) [from, to] = [choosePeriod(pool, ends[0]).figure, choosePeriod(pool, ends[ends.length - 1]).figure];
  else if (f.since) [from, to] = [choosePeriod(pool, ends[0]).figure, sorted.at(-1)];
  else if (ends.length === 1) {
    to = choosePeriod(pool, ends[0]).figure;
    from = to && previousOf(pool, to);
  } else if (c.mine.some((x) => x.kind === 'difference') && !f.since) return lookup({ ...ctx, f: { ...f, kinds: ['difference'] } }, c, alternatives);
  // "Hvor meget faldt tilgangen …" of a measure that is itself a change ("Fald i tilgangen …"): its figure.
  else if (CHANGE_NAME.test(fold(`${c.kpi.name.da} ${c.kpi.name.en}`)) || sorted.length < 2) return lookup({ ...ctx, f: { ...f, operation: 'lookup' } }, c, alternatives);
  else [from, to] = [sorted[0], sorted.at(-1)];
  if (!from || !to || from === to) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `tal for begge perioder for ${c.kpi.name.da}` : `figures for both periods for ${c.kpi.name.en}`));
  // "i 2019 end i 2018": the first period named less the one it is compared with; else from the earlier to the later.
  if (f.periods.length === 2 && THAN.test(f.text)) {
    const result = f.operation === 'percent-change' ? percentChange(from, to, lang, askedWay(f)) : subtract('difference', from, to, lang, { periods: 'alike', ...askedWay(f) });
    return computedAnswer(ctx, c, result, alternatives);
  }
  if (byPeriod(from.period, to.period) > 0) [from, to] = [to, from];
  const result = f.operation === 'percent-change' ? percentChange(to, from, lang, askedWay(f)) : subtract('change', to, from, lang, { periods: 'alike', ...askedWay(f) });
  return computedAnswer(ctx, c, result, alternatives);
}

const THAN = /\b(?:end|than)\b/;

/** Two organisations ("Hedensted vs. landsplan"), or a stored difference, or the periods named. */
async function compare(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const other = f.orgs.find((ids) => !ids.includes(c.org));
  if (!other) {
    if (c.mine.some((x) => x.kind === 'difference')) return lookup({ ...ctx, f: { ...f, kinds: ['difference'], operation: 'lookup' } }, c, alternatives);
    if (f.periods.length >= 2 || f.since) return change({ ...ctx, f: { ...f, operation: 'change' } }, c, alternatives);
    // One figure is not a comparison: answering it would answer another question.
    return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `to tal at sammenligne (jeg fandt kun ${c.kpi.name.da})` : `two figures to compare (I found only ${c.kpi.name.en})`));
  }
  const { kind } = pickKind(ctx, c);
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], c.mine).period;
  const a = choosePeriod(c.mine.filter((x) => x.kind === kind), asked).figure;
  // The other organisation's figure of the same measure: on this KPI, or on its namesake for that organisation.
  const pools = [c.all, ...(await namesakes(ctx, c.kpi)).map((x) => x.all)];
  const theirs = pools.flat().filter((x) => other.includes(x.orgId) && x.kind === kind);
  const b = a && (theirs.find((x) => x.period === a.period) ?? (asked ? undefined : choosePeriod(theirs, undefined).figure));
  if (!a || !b) return refusal(lang, 'no-figure', say.missingOperand(lang, `${c.kpi.name[lang]} (${orgName(ctx.cat, other[0]!)}${a ? `, ${periodText(a.period, lang)}` : ''})`));
  // The subject first: "så stor er landsgennemsnittet som Viborg" when Viborg was found first is turned round.
  const turned = f.compared?.includes(c.org) && !f.compared.some((id) => other.includes(id));
  const [x, y] = winnerFirst(turned ? b : a, turned ? a : b, f.extreme);
  return computedAnswer(ctx, c, twoFigures(f, x, y, lang), alternatives);
}

/**
 * The two sides of a comparison or sum: two members of one family ("tilflyttede end fraflyttede",
 * "sparet forsørgelse minus driftsudgift"), the same measure of two cases ("UE 09b end UE 09a"), or
 * the measure words either side of "end" / "than".
 */
function sidesOf(f: Frame): [Frame, Frame] | undefined {
  if (f.sides) {
    const [a, b] = f.sides.words;
    const side = (member: string, other: string[]): Frame => ({ ...f, contrasts: [member], measure: f.measure.filter((w) => !other.includes(w)) });
    return [side(f.sides.members[0], b), side(f.sides.members[1], a)];
  }
  if (f.cases.length >= 2) return [{ ...f, cases: [f.cases[0]!] }, { ...f, cases: [f.cases[1]!] }];
  if (f.split) return [{ ...f, measure: f.split[0] }, { ...f, measure: f.split[1] }];
  return undefined;
}

/** Two sides of a comparison, each resolved on its own, for the same organisation and period. */
async function twoSides(ctx: Ctx, sides: [Frame, Frame] | undefined): Promise<Answer | undefined> {
  if (!sides) return undefined;
  const [left, right] = sides;
  const { f, lang } = ctx;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  // A side named by a contrast phrase ("den sparede forsørgelse") is tried on the whole question's words
  // first, then on its own phrase alone when the rest of the sentence blurs it.
  const settle = async (side: Frame, own: string[] | undefined, o: typeof opts & { orgs?: string[] }) => {
    const d = decide(await resolve(ctx.store, ctx.cat, side, o), side);
    if (d.kind === 'answer' || !own?.length) return d;
    const bare = { ...side, measure: own };
    return decide(await resolve(ctx.store, ctx.cat, bare, o), bare);
  };
  const l = await settle(left, f.sides?.words[0], opts);
  if (l.kind !== 'answer') return undefined;
  // Two members of one family are read inside the case the first was found in: a sum of two outcomes of
  // one project, never one project's outcome plus another's.
  const caseId = l.best.kpi.caseId;
  const inCase = f.sides && !right.cases.length && caseId ? { ...right, cases: [caseId] } : right;
  const r = await settle(inCase, f.sides?.words[1], { ...opts, orgs: [l.best.org] });
  if (r.kind !== 'answer' || r.best.kpi.id === l.best.kpi.id) return undefined;
  const asked = f.latest ? undefined : f.periods[0];
  const pick = (c: Candidate) => {
    const pool = c.mine.filter((x) => x.kind === pickKind(ctx, c).kind);
    // "AU's total investment than ØK's": each side's total column, not its newest year.
    return (!asked && f.total && widest(pool)) || choosePeriod(pool, asked && resolvePeriod(asked, c.mine).period).figure;
  };
  const a = pick(l.best);
  const b = pick(r.best);
  if (!a || !b) return undefined;
  const [x, y] = winnerFirst(a, b, f.extreme);
  return computedAnswer(ctx, l.best, twoFigures(f, x, y, lang), []);
}

/** Two figures compared as the question asks: a ratio, a sum or a difference. */
function twoFigures(f: Frame, a: ResolvedFigure, b: ResolvedFigure, lang: Lang): Computed | { refused: string } {
  if (f.operation === 'ratio') return divide(a, b, lang);
  if (f.operation === 'sum') return sum([a, b], lang);
  return subtract('difference', a, b, lang, { periods: 'same', distance: !!f.distance, ...askedWay(f) });
}

/**
 * "Hvor stor en andel af de 1.485 borgere i KIK II var overgået til selvforsørgelse?": the part over the
 * whole, each a stored figure — the one with the number the question states, or the one its words name.
 * Without a stated number a stored share that answers the question comes first.
 */
async function partsOf(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang } = ctx;
  const { whole, parts } = f.share!;
  const opts = { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) };
  const stated = [whole, ...parts].some((s) => s.stated.length > 0);
  if (!stated && f.operation === 'share') {
    const d = decide(await resolve(ctx.store, ctx.cat, { ...f, operation: 'lookup' }, opts), f);
    if (d.kind === 'answer' && unitFamily(d.best.kpi.unit) === 'percent') return undefined;
  }
  const asked = f.latest ? undefined : f.periods[0];
  const side = (s: ShareSide): Frame => ({ ...f, operation: 'lookup', measure: s.measure.length ? s.measure : f.measure, contrasts: s.contrasts, kinds: s.kinds, units: [], softUnits: [] });
  /** The figure with the number stated, among the measures the words name; else the one measure they name, in the period of `like`. */
  const operand = async (s: ShareSide, o: typeof opts & { orgs?: string[] }, not?: ResolvedFigure, taken: string[] = []) => {
    const frame = side(s);
    const res = await resolve(ctx.store, ctx.cat, frame, o);
    if (s.stated.length) {
      for (const c of res.ranked.slice(0, 8)) {
        const x = c.mine.find((y) => s.stated.includes(y.value) && y.kpiId !== not?.kpiId);
        if (x) return { c, x };
      }
      return undefined;
    }
    // The part is counted like the whole, in the same case; another figure of the whole's own measure (the
    // 51 enrolled of the 150 planned) or, when that is the whole itself, another measure.
    const alike = (c: Candidate) => !not || (c.kpi.unit === not.unit && c.kpi.caseId === ctx.cat.kpis.get(not.kpiId)?.caseId);
    const pick = (ranked: Candidate[]) => {
      const d = decide({ ...res, ranked }, frame);
      if (d.kind !== 'answer') return undefined;
      const pool = d.best.mine.filter((y) => y.kind === pickKind({ ...ctx, f: frame }, d.best).kind);
      const x = (not && pool.find((y) => y.period === not.period)) || (!asked && f.total && widest(pool)) || choosePeriod(pool, asked && resolvePeriod(asked, pool).period).figure;
      const same = x && not && x.kpiId === not.kpiId && x.kind === not.kind && x.period === not.period;
      return x && !same ? { c: d.best, x } : undefined;
    };
    // A share or a rest counts heads, cases or money: a course's weeks or hours a week are never its whole or part.
    const ranked = res.ranked.filter((c) => alike(c) && !taken.includes(c.kpi.id) && !isDuration(c.kpi.unit));
    return pick(ranked) ?? pick(ranked.filter((c) => c.kpi.id !== not?.kpiId));
  };
  const w = await operand(whole, opts);
  if (!w) return undefined;
  // Each part a measure of its own: "hverken i arbejde eller jobparate" is two figures, never one twice.
  const found: NonNullable<Awaited<ReturnType<typeof operand>>>[] = [];
  for (const part of parts) {
    const p = await operand(part, { ...opts, orgs: [w.c.org] }, w.x, found.map((x) => x.c.kpi.id));
    if (!p) return undefined;
    found.push(p);
  }
  const periods = stated ? 'any' : 'same';
  const result = f.operation === 'share' ? share(found[0]!.x, w.x, lang, periods) : rest(w.x, found.map((p) => p.x), lang, periods);
  // Persons against full-time persons does not divide: a stored share may still answer the question.
  return isRefusal(result) ? undefined : computedAnswer(ctx, f.operation === 'share' ? found[0]!.c : w.c, result, []);
}

/** The gap between the newest (or asked) actual figure and the target: the goal's, or a target or planned figure. */
async function versusTarget(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
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
async function versusKind(ctx: Ctx, c: Candidate, against: FigureKind, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], c.mine).period;
  const actual = choosePeriod(c.mine.filter((x) => x.kind === 'actual'), asked).figure;
  const base = actual && c.mine.find((x) => x.kind === against && x.period === actual.period);
  if (!actual || !base) return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `et faktisk tal og et ${kindLabel(against, lang)} for samme periode` : `an actual and a ${kindLabel(against, lang)} figure for the same period`));
  return computedAnswer(ctx, c, subtract('versus-budget', actual, base, lang, { periods: 'same', ...askedWay(f) }), alternatives);
}

/** "Hvilken kommune har den højeste aktiveringsgrad?": the measure's namesakes across municipalities. */
async function rank(ctx: Ctx, c: Candidate): Promise<Answer> {
  const { f, lang, cat } = ctx;
  const { kind } = pickKind(ctx, c);
  const asked = f.latest ? undefined : f.periods[0];
  const rows: ResolvedFigure[] = [];
  for (const k of [c, ...(await namesakes(ctx, c.kpi))]) {
    for (const org of new Set(k.all.map((x) => x.orgId))) {
      if (cat.orgs.get(org)?.kind !== 'municipality' || rows.some((r) => r.orgId === org)) continue;
      // "Hvem har den højeste, Hedensted eller Skanderborg?": only those named are in the running.
      if (f.orgs.length >= 2 && !f.orgs.flat().includes(org)) continue;
      const x = choosePeriod(k.all.filter((y) => y.orgId === org && y.kind === kind), asked).figure;
      if (x) rows.push(x);
    }
  }
  if (!rows.length) return lookup(ctx, c, []);
  rows.sort((a, b) => (f.extreme === 'min' ? a.value - b.value : b.value - a.value));
  const winner = rows[0]!;
  const note = say.rank(lang, orgName(cat, winner.orgId), f.extreme ?? 'max', listText(rows.map((r) => `${orgName(cat, r.orgId)} ${fmt(r, lang)}`), lang));
  const kpi = cat.kpis.get(winner.kpiId) ?? c.kpi;
  return figureAnswer(ctx, { ...c, kpi, org: winner.orgId }, winner, [note], []);
}

/** KPIs with the same name for other organisations (KL's benchmark indicators are one KPI per municipality). */
async function namesakes(ctx: Ctx, kpi: Kpi): Promise<{ kpi: Kpi; all: ResolvedFigure[] }[]> {
  const out: { kpi: Kpi; all: ResolvedFigure[] }[] = [];
  for (const k of ctx.cat.kpis.values()) if (k.id !== kpi.id && k.name.da === kpi.name.da) out.push({ kpi: k, all: await figuresOf(ctx.store, ctx.cat, k) });
  return out;
}

function goalFigure(c: Candidate, deadline: string, target: number, source?: { document: string; locator: string }): ResolvedFigure {
  const figure: ResolvedFigure = { kpiId: c.kpi.id, orgId: c.org, kind: 'target', period: deadline, value: target, unit: c.kpi.unit, scale: c.kpi.scale ?? 1, document: source?.document ?? '', locator: source?.locator ?? '' };
  // The goal names its document by file; the figures of the same document carry its title.
  const title = c.all.find((x) => x.document === figure.document && x.title)?.title;
  if (title) figure.title = title;
  return figure;
}

function figureAnswer(ctx: Ctx, c: Candidate, figure: ResolvedFigure, notes: string[], alternatives: Alternative[], otherPeriods: string[] = []): Answer {
  const { lang, cat } = ctx;
  const measure = c.kpi.name[lang];
  const org = orgName(cat, figure.orgId);
  const period = periodText(figure.period, lang);
  const valueText = fmt(figure, lang);
  const goal = goalFor(cat, c.kpi, c.org, lang, c.all);
  const lines = [say.figure(lang, { org, measure, value: valueText, period, kind: kindLabel(figure.kind, lang) }), ...notes];
  if (goal?.target !== undefined && goal.deadline && figure.kind !== 'target') lines.push(say.target(lang, goal.targetText, periodText(goal.deadline, lang), goal.status));
  const alts = [...alternatives];
  for (const p of otherPeriods.slice(0, Math.max(0, 3 - alts.length))) alts.push({ label: `${measure} – ${periodText(p, lang)}`, q: `${measure} ${org} ${periodText(p, lang)}` });
  if (!ctx.f.kinds.length) {
    for (const k of [...new Set(c.mine.map((x) => x.kind))].filter((k) => k !== figure.kind).slice(0, 2)) alts.push({ label: `${measure}: ${kindLabel(k, lang)}`, q: `${kindLabel(k, lang)} ${measure} ${org}` });
  }
  const reading = alts.length ? `${measure}, ${org}, ${period}, ${kindLabel(figure.kind, lang)}` : undefined;
  if (reading) lines.push(say.reading(lang, reading));
  lines.push(say.source(lang, sourceTitle(figure), sourceSection(figure)));
  const answer: Answer = {
    kind: 'figure',
    lang,
    text: lines.filter(Boolean).join(' '),
    figures: [apiFigure(figure)],
    alternatives: alts.slice(0, 5),
    headline: { valueText, measure, org, period, kind: kindLabel(figure.kind, lang), source: sourceText(figure) },
    confidence: c.hit.coverage,
  };
  if (reading) answer.reading = reading;
  if (goal) answer.goal = goal;
  return answer;
}

function computedAnswer(ctx: Ctx, c: Candidate, result: Computed | { refused: string }, alternatives: Alternative[], goal?: Answer['goal'], notes: string[] = []): Answer {
  const { lang, cat } = ctx;
  if (isRefusal(result)) return refusal(lang, 'no-figure', say.cannotCompute(lang, result.refused));
  // A sum of two budget lines names both: the result is neither line alone.
  const measure = listText([...new Set(result.operands.map((x) => cat.kpis.get(x.kpiId)?.name[lang] ?? c.kpi.name[lang]))], lang);
  const what = operationLabel(result.operation, lang);
  const org = listText([...new Set(result.operands.map((x) => orgName(cat, x.orgId)))], lang);
  const period = periodText(result.period, lang);
  const operands = result.operands.map((x) => ({
    label: `${cat.kpis.get(x.kpiId)?.name[lang] ?? measure}, ${orgName(cat, x.orgId)}, ${periodText(x.period, lang)} (${kindLabel(x.kind, lang)})`,
    valueText: fmt(x, lang),
    period: periodText(x.period, lang),
    source: sourceText(x),
  }));
  const text = [
    say.figure(lang, { org, measure, value: result.valueText, period, kind: what.toLowerCase() }),
    say.computed(lang, lang === 'da' ? 'Udregning' : 'Working', `${result.expression} (${operands.map((o) => `${o.valueText}: ${o.label}`).join('; ')})`),
    ...notes,
    say.source(lang, listText([...new Set(result.operands.map(sourceTitle))], lang), listText([...new Set(result.operands.map(sourceSection))], lang)),
  ].join(' ');
  const first = result.operands[0]!;
  const answer: Answer = {
    kind: 'figure',
    lang,
    text,
    figures: [
      {
        kpi: first.kpiId,
        org: first.orgId,
        period: result.period,
        kind: result.operation,
        value: result.value,
        unit: result.unit,
        source: `${what}: ${result.expression}`,
        ...(result.direction ? { direction: result.direction } : {}),
      },
      ...result.operands.map(apiFigure),
    ],
    alternatives,
    headline: { valueText: result.valueText, measure, org, period, kind: what, source: listText([...new Set(operands.map((o) => o.source))], lang) },
    calculation: { expression: result.expression, operands },
    confidence: c.hit.coverage,
  };
  if (goal) answer.goal = goal;
  return answer;
}

/** The direction the question asks about, for the computation. */
function askedWay(f: Frame): { asked?: 'up' | 'down' } {
  return f.direction ? { asked: f.direction } : {};
}

function refusal(lang: Lang, kind: Answer['kind'], text: string): Answer {
  return { kind, lang, text, figures: [], alternatives: [], confidence: 0 };
}

function noMatch(ctx: Ctx): Answer {
  const { cat, lang, f } = ctx;
  const words = [...f.measure, ...f.optional, ...f.extra];
  const hits = words.length ? cat.index.search(words.join(' '), { type: 'kpi' }, 3) : [];
  const suggestions = hits.map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k);
  const fallback = suggestions.length ? suggestions : [...cat.kpis.values()].filter((k) => k.orgId === ctx.home).slice(0, 3);
  return {
    ...refusal(lang, 'no-match', say.noMatch(lang, fallback.map((k) => `${k.name[lang]} (${orgName(cat, k.orgId)})`))),
    alternatives: fallback.map((k) => ({ label: k.name[lang], q: `${k.name[lang]} ${orgName(cat, k.orgId)}` })),
  };
}

function clarify(ctx: Ctx, options: Candidate[]): Answer {
  const { cat, lang, f } = ctx;
  const period = f.periods[0] && !f.periods[0].includes('@') ? ` ${periodText(f.periods[0], lang)}` : '';
  return {
    ...refusal(lang, 'clarify', say.clarify(lang, options.map((c) => `«${c.kpi.name[lang]}» (${orgName(cat, c.org)})`))),
    alternatives: options.map((c) => ({ label: `${c.kpi.name[lang]} – ${orgName(cat, c.org)}`, q: `${c.kpi.name[lang]} ${orgName(cat, c.org)}${period}` })),
    confidence: options[0]?.hit.coverage ?? 0,
  };
}

/** Whether `asked` is a longer period than the figure's, which lies inside it (7 months of a year). */
function covers(asked: string, figurePeriod: string): boolean {
  return periodStart(asked) <= periodStart(figurePeriod) && periodEnd(figurePeriod) <= periodEnd(asked) && (periodStart(asked) !== periodStart(figurePeriod) || periodEnd(asked) !== periodEnd(figurePeriod)) && granularity(figurePeriod) === 'range';
}

function relativeWords(token: string, lang: Lang): string {
  const da: Record<string, string> = { '@this-year': 'i år', '@last-year': 'sidste år', '@this-month': 'denne måned', '@last-month': 'sidste måned', '@last-quarter': 'sidste kvartal' };
  const en: Record<string, string> = { '@this-year': 'this year', '@last-year': 'last year', '@this-month': 'this month', '@last-month': 'last month', '@last-quarter': 'last quarter' };
  return token
    .split('--')
    .map((t) => (lang === 'da' ? da[t] : en[t]) ?? (/^@y(\d)$/.test(t) ? `${lang === 'da' ? 'år' : 'year'} ${t.slice(2)}` : t))
    .join(lang === 'da' ? ' til ' : ' to ');
}

function unitWords(f: Frame, lang: Lang): string {
  const da: Record<string, string> = { money: 'kroner', percent: 'procent', rank: 'en placering', ratio: 'et forholdstal', count: 'et antal', hours: 'timer', days: 'dage', weeks: 'uger', months: 'måneder', years: 'år' };
  const en: Record<string, string> = { money: 'money', percent: 'a percentage', rank: 'a rank', ratio: 'a ratio', count: 'a count', hours: 'hours', days: 'days', weeks: 'weeks', months: 'months', years: 'years' };
  return f.units.map((u) => (lang === 'da' ? da[u] : en[u])).join('/');
}

export function orgName(cat: Catalogue, id: string): string {
  return cat.orgs.get(id)?.name ?? id;
}

/** The value as written, with "mindst" / "at least" for a lower bound. */
function fmt(f: ResolvedFigure, lang: Lang): string {
  const text = formatValue(f.value, f.unit, f.scale, lang);
  if (f.qualifier && /least|lower|min|mindst/i.test(f.qualifier)) return `${lang === 'da' ? 'mindst' : 'at least'} ${text}`;
  if (f.qualifier && /most|upper|max|hoejst|højst/i.test(f.qualifier)) return `${lang === 'da' ? 'højst' : 'at most'} ${text}`;
  return text;
}

const sourceTitle = (f: ResolvedFigure) => f.title ?? f.document;
const sourceSection = (f: ResolvedFigure) => f.section ?? f.locator;
const sourceText = (f: ResolvedFigure) => (sourceSection(f) ? `${sourceTitle(f)}, ${sourceSection(f)}` : sourceTitle(f));

export function apiFigure(f: ResolvedFigure): AnswerFigure {
  const out: AnswerFigure = { kpi: f.kpiId, org: f.orgId, period: f.period, kind: f.kind, value: f.value, unit: unitLabel(f.unit, f.scale), source: sourceText(f) };
  if (f.qualifier) out.qualifier = f.qualifier;
  return out;
}
