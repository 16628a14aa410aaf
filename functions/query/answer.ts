/**
 * answerQuestion: a question in the user's words → the figure that answers it (stored, or computed from
 * stored figures with the working shown), a case, or an honest refusal. The question is read into a frame
 * (domain/query/frame.ts), resolved against the catalogue (resolve.ts), and the operation is carried out
 * on the chosen measure's figures (compute.ts). Reads only the figures of the few KPIs the search picked.
 */
import type { Kpi } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import { codeKey, fold, followUp, isFollowUp, readContext, writeContext, type Frame, type FrameContext } from '../domain/query/index.js';
import { answeredRefs, answerEarlier, previousAnswer, type EarlierResult } from './earlier.js';
import { ValidationError } from '../domain/errors.js';
import { replyLang } from '../domain/text-language.js';
import type { Store } from '../store/store.js';
import { askName, computedAnswer, fmt, namesakes, offeredNames, orgName, pickKind, refusal, type Ctx } from './answer-kit.js';
import { caseAnswer, caseAsked, mostSpecificCases } from './case-answer.js';
import { answerCaseQuestion } from './case-find.js';
import { rankSay } from './case-wording.js';
import { caseFamily, getCatalogue, type Catalogue } from './catalogue.js';
import { figureAnswer, lookup } from './lookup-answer.js';
import { change, compare, partsOf, sidesOf, twoSides, versusKind, versusTarget } from './compute-answer.js';
import { perUnitAnswer } from './compute-per-unit.js';
import { kindPeriodAnswer, kindRelative, kindShare } from './compute-kind-sides.js';
import { guardExact } from './exact-count.js';
import { guardOperation } from './operation-guard.js';
import { guardQualifiers, qualifierRefusal } from './qualifiers.js';
import { guardWhich } from './which-guard.js';
import { guardCombination } from './combination.js';
import { countsOwnDates, durationAnswer } from './compute-duration.js';
import { periodsSum } from './compute-period-sum.js';
import { averageAnswer, averageOverAll, meanAgainstReference, restatedFirst } from './compute-average.js';
import { shareOfWhole } from './compute-share-of.js';
import { countingUnitRefusal } from './counting-units.js';
import { choosePeriod } from './figures.js';
import { byExtreme } from './ranking.js';
import { lexiconFor, readQuestion, spellingFor } from './readings.js';
import { constraintCoverage, decide, resolve, ANSWER_COVERAGE, ASK_COVERAGE, type Candidate, type Decision, type Resolution } from './resolve.js';
import { contrastLabel } from './readings.js';
import type { Answer, QueryInput, ResolvedFigure } from './types.js';
import { figureIndex } from './figure-index.js';
import { unitFamily } from './units.js';
import { kindLabel, listText, periodText, say } from './wording.js';

export interface AnswerOptions {
  /** The deployment's own organisation: questions naming none are about it first. */
  homeOrg?: string;
  /** Rebuild the catalogue in the background when older than this. */
  maxAgeMs?: number;
}


export async function answerQuestion(store: Store, input: QueryInput, options: AnswerOptions = {}): Promise<Answer> {
  const cat = await getCatalogue(store, options.maxAgeMs);
  let previous: FrameContext | undefined;
  if (input.context) {
    const read = readContext(input.context);
    if ('error' in read) throw new ValidationError(read.error, [{ field: ['context', ...read.path].join('.'), message: read.error }]);
    previous = read;
  }
  // A question that shows no language of its own ("og 2019?", "KIK II 2018") keeps the conversation's.
  const lang = input.lang ?? replyLang({ text: input.q, previous: previous?.lang });
  // "pa kontanthj. i aug 18", "sagsbehandlr": read as if spelt out (domain/query/spelling.ts).
  const q = spellingFor(cat.index, cat.orgRefs, cat.caseRefs).repair(input.q, lang === 'en');
  let f = mostSpecificCases(cat, readQuestion(q, lang, cat.orgRefs, cat.caseRefs));
  let earlier: EarlierResult | undefined;
  /** The turn of a conversation read standing alone, naming no organisation or case of its own (see strayOrg). */
  let alone = false;
  /** The figure the previous turn answered with, when this turn builds on it. */
  let said: Ctx['previous'];
  if (previous) {
    // "hvad er forskellen?": arithmetic on the figures that answered, not a measure looked up anew.
    // A span between two dates the question writes is counted as asked, whatever came before.
    if (!countsOwnDates(f)) {
      earlier = await answerEarlier(store, cat, previous, f, f.lang);
      const builds = !earlier && isFollowUp(f, previous);
      if (earlier || builds) f = siblingCase(cat, followUp(previous, f, lexiconFor(cat.orgRefs, cat.caseRefs).lexicon));
      else alone = !f.orgs.length && !f.cases.length;
      if (builds) said = await previousAnswer(store, cat, previous);
    }
  }
  let ctx: Ctx = { store, cat, f, question: q, lang: f.lang, home: options.homeOrg ?? 'aabenraa' };
  // "og i december 2018?", "and Herning?": the measure that answered is what is asked again; without a figure
  // for the new period or organisation the answer is a refusal naming it, never another measure that has one.
  const last = previous?.answers.at(-1);
  const kept = !earlier && previous && last && f.measure.join(' ') === previous.measure.join(' ') && f.operation === 'lookup' ? cat.kpis.get(last.kpi) : undefined;
  if (kept) ctx.sameMeasure = kept.name.da;
  if (said) ctx.previous = said;
  if (input.org && cat.orgs.has(input.org)) ctx.inputOrg = input.org;
  // One stored figure for a question asking a sum, an average, a ratio …: an operand at best, so refused (operation-guard.ts);
  // "præcis 3" is not answered from a class of "3 eller flere" (exact-count.ts).
  let answer = earlier ? computedAnswer(ctx, { kpi: earlier.kpi, hit: { coverage: 1 } }, earlier.result, []) : await guardExact(ctx, guardOperation(cat, f, await answerFrame(ctx)));
  // "… udgør tilgangen?" after KIK II questions, answered alone with Skanderborg's figure: a turn naming no organisation
  // is about the conversation's or the home one, so it lacks its organisation and case, and takes the conversation's.
  if (alone && previous && strayOrg(cat, previous, answer, ctx.home)) {
    f = siblingCase(cat, followUp(previous, f, lexiconFor(cat.orgRefs, cat.caseRefs).lexicon));
    ctx = { ...ctx, f };
    answer = await guardExact(ctx, guardOperation(cat, f, await answerFrame(ctx)));
  }
  // A figure for everyone is no answer to a question about women, young people, fleksjobbere … (qualifiers.ts).
  answer = guardQualifiers(ctx, answer);
  // "Which of the ten elements is number 4?" is not answered with how many elements there are (which-guard.ts).
  answer = guardWhich(ctx, answer);
  // A committee's figure for a question about that committee and a benefit only another committee's lines name (combination.ts).
  answer = guardCombination(ctx, answer);
  // A case found by what it is about ("hvilket forslag handler om …") is where a follow-up stays ("hvad koster det
  // i 2018?"); the words that described it name none of its measures.
  const read = answer.case && !f.cases.includes(answer.case.id) ? { ...f, measure: [], optional: [] } : f;
  const refs = answeredRefs(previous?.answers ?? [], answer);
  answer.context = writeContext(read, answer.figures.length ? cat.kpis.get(answer.figures[0]!.kpi)?.caseId : answer.case?.id, refs, refs !== previous?.answers);
  return answer;
}

/** An answer's organisation that is neither the home one nor any the conversation asked or was answered about. */
function strayOrg(cat: Catalogue, previous: FrameContext, answer: Answer, home: string): boolean {
  const org = answer.figures[0]?.org;
  const cases = [...previous.cases, ...(previous.within ? [previous.within] : [])].map((id) => cat.cases.get(id)?.orgId);
  const ours = new Set([...previous.answers.map((a) => a.org), ...previous.orgs.flat(), ...cases].filter((x): x is string => !!x));
  return !!org && org !== home && ours.size > 0 && !ours.has(org);
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

/** Operations whose two sides may be two kinds of one measure, each with its own period. */
const KIND_PERIOD_OPERATIONS = new Set<Frame['operation']>(['change', 'percent-change', 'difference', 'ratio', 'versus-budget', 'versus-target']);

async function answerFrame(ctx: Ctx): Promise<Answer> {
  const { f, lang, cat } = ctx;
  // A place the store has nothing about is refused by name, never answered with another's figure.
  // The municipalities it does know are named, so the next question can be one that has an answer.
  if (f.unknownPlaces.length) return refusal(lang, 'no-figure', say.noPlace(lang, listText(f.unknownPlaces, lang), knownMunicipalities(cat, lang)));

  // "Hvilket forslag handler om …": a case named by what it is about is answered by the case, never a figure.
  const which = await answerCaseQuestion(ctx);
  if (which) return which;
  // "hvor mange måneder fra 1/1-17 til 30/6-18?", "how long did KIK II run?": the span itself, counted.
  const long = durationAnswer(ctx);
  if (long) return long;
  // "driftsudgift pr. ny EGU-plads i UE 09b": a cost per unit is worked out before a case named is described.
  const each = await perUnitAnswer(ctx);
  if (each) return each;
  const asCase = caseAsked(cat, f);
  if (asCase) return caseAnswer(ctx.store, cat, asCase, lang);
  if (!f.measure.length && !f.cases.length) return await noMatch(ctx);

  // A share that cannot be worked out is answered only by a stored share, never by a count.
  if (f.operation === 'share') return (await kindShare(ctx)) ?? (await partsOf(ctx)) ?? answerFrame({ ...ctx, f: { ...f, operation: 'lookup', units: ['percent'], softUnits: [] } });
  if (f.operation === 'rest') return (await partsOf(ctx)) ?? answerFrame({ ...ctx, f: { ...f, operation: 'lookup' } });
  if (f.operation === 'difference' || f.operation === 'ratio' || f.operation === 'sum') {
    const two = await twoSides(ctx, sidesOf(f));
    if (two) return two;
  }
  // "hvor mange af de 153 …" of a measure stored as a share: the share of that whole, in heads.
  const ofWhole = await shareOfWhole(ctx);
  if (ofWhole) return ofWhole;
  // "gennemsnittet af de tre kommuner": every municipality's figure, before the choice asks which one is meant.
  const overAll = await averageOverAll(ctx);
  if (overAll) return overAll;
  const found = await resolve(ctx.store, cat, f, { home: ctx.home, ...(ctx.inputOrg ? { inputOrg: ctx.inputOrg } : {}) });
  // "how many of the 180 completed citizens …": a measure holding the number the question states is the whole, not the answer.
  const stated = f.stated ? { ...found, ranked: partsOfStated(found.ranked, f) } : f.per ? { ...found, ranked: restatedFirst(found.ranked, f, caseCodes(ctx)) } : found;
  const res = ctx.sameMeasure ? sameMeasure(stated, ctx.sameMeasure) : stated;
  // The measure asked again is chosen already: its figure, or the answer saying which periods it has.
  const d: Decision = ctx.sameMeasure && res.ranked[0] ? { kind: 'answer', best: res.ranked[0], others: [] } : decide(res, f);
  if (d.kind === 'ask') return qualifierRefusal(ctx, d.options.map((c) => c.kpi.id), d.options[0]?.org) ?? clarify(ctx, d.options);
  if (d.kind === 'refuse') {
    if (d.unnamed?.unit) return unitRefusal(ctx, d.unnamed.c, d.unnamed.unit);
    if (d.unnamed?.notAmount) return amountRefusal(ctx, d.unnamed.c);
    if (d.unnamed) return notNamed(ctx, d.unnamed.c, d.unnamed.word ? `«${d.unnamed.word}»` : listText((d.unnamed.contrasts ?? []).map((k) => contrastLabel(k, lang)), lang));
    const ruledOut = d.elsewhere ? undefined : constraintRefusal(ctx, res);
    if (ruledOut) return ruledOut;
    // A level asked of the measure that explains the question best is the organisation missing, not a nearer one's.
    const levelScore = Math.max(0, ...res.orgMisses.map((m) => m.levelScore ?? 0));
    const miss = d.elsewhere ?? res.orgMisses.find((m) => m.levelScore === levelScore) ?? res.orgMisses[0];
    // A measure whose row the source leaves blank (UE 05's operating cost) has figures for no organisation at all.
    if (miss && !miss.orgs.length && res.coverage >= ANSWER_COVERAGE) return refusal(lang, 'no-figure', say.noneStored(lang, offeredNames(cat, [miss.kpi], lang)[0]!, orgName(cat, miss.kpi.orgId)));
    if (miss && res.coverage >= ANSWER_COVERAGE) {
      const m = miss.kpi.name[lang];
      const orgs = miss.orgs.map((o) => orgName(cat, o));
      return {
        ...refusal(lang, 'no-figure', say.noOrg(lang, m, askedName(cat, miss.asked, lang), listText(orgs, lang))),
        alternatives: miss.orgs.slice(0, 3).map((o) => ({ label: `${m} – ${orgName(cat, o)}`, q: `${askName(cat, miss.kpi, lang)} ${orgName(cat, o)}` })),
      };
    }
    const unit = res.unitMisses[0];
    if (unit && res.coverage >= ANSWER_COVERAGE) return refusal(lang, 'no-figure', say.noUnit(lang, unit.name[lang], orgName(cat, unit.orgId), unitWords(f, lang)));
    return await noMatch(ctx);
  }
  const { best, others } = d;
  // The same measure of the same organisation under another id (a level's figure stored beside each municipality) is no other reading.
  const alternatives = others
    .filter((c) => c.kpi.name.da !== best.kpi.name.da || c.org !== best.org)
    .map((c) => ({ label: `${c.kpi.name[lang]} – ${orgName(cat, c.org)}`, q: `${askName(cat, c.kpi, lang)} ${orgName(cat, c.org)}` }));
  // "the budgeted result for 2019 above the actual result in 2018": two kinds, each with its own period.
  const kindPeriods = KIND_PERIOD_OPERATIONS.has(f.operation) && f.orgs.length < 2 ? kindPeriodAnswer(ctx, best, alternatives) : undefined;
  if (kindPeriods) return kindPeriods;
  switch (f.operation) {
    case 'change':
    case 'percent-change':
      return change(ctx, best, alternatives);
    case 'difference':
    case 'ratio':
      return f.averaged ? meanAgainstReference(ctx, best, alternatives) : compare(ctx, best, alternatives);
    case 'versus-target':
      return f.relative ? kindRelative(ctx, best, ['target', 'expected'], alternatives) : versusTarget(ctx, best, alternatives);
    case 'versus-budget':
      return f.relative ? kindRelative(ctx, best, ['budget'], alternatives) : versusKind(ctx, best, 'budget', alternatives);
    case 'rank':
      return rank(ctx, best);
    case 'average':
      return averageAnswer(ctx, best, alternatives);
    case 'sum':
      return periodsSum(ctx, best, alternatives) ?? lookup(ctx, best, alternatives);
    default:
      return lookup(ctx, best, alternatives);
  }
}

/** The codes of the cases a question names, folded as its text is ("ue 02"). */
function caseCodes(ctx: Ctx): string[] {
  return ctx.f.cases.flatMap((id) => {
    const code = ctx.cat.cases.get(id)?.code;
    return code ? [fold(code)] : [];
  });
}

/**
 * "How many of the 51 Superb citizens have left?": the measures holding the whole stated are not the answer, and
 * neither is a part that names nothing of the question beyond what that whole names (those in work placements
 * answer no question about leaving): where the whole leaves words of the question unexplained, a part must explain more
 * of it, or name a telling word or a thing asked (a contrast member) the whole does not.
 */
export function partsOfStated(ranked: Candidate[], f: Pick<Frame, 'stated' | 'contrasts'>): Candidate[] {
  const stated = f.stated ?? [];
  const holds = (c: Candidate) => c.mine.some((x) => stated.includes(x.value));
  const wholes = ranked.filter(holds);
  const coverage = Math.max(0, ...wholes.map((c) => c.hit.coverage));
  const said = new Set(wholes.flatMap((c) => [...(c.says ?? []), ...c.named]));
  // A whole explaining every word leaves nothing for a part to name: the parts stand as ranked. A part may also name
  // what the question asks among contrasts ("in work or education") that the whole does not.
  const beyond = (c: Candidate) => [...(c.says ?? []), ...c.named.filter((x) => f.contrasts.includes(x))].some((w) => !said.has(w));
  const names = (c: Candidate) => coverage >= 1 || c.hit.coverage > coverage || beyond(c);
  return ranked.filter((c) => !holds(c) && (!wholes.length || names(c)));
}

/** "klyngen" asked stands for every cluster: say so, not the first cluster's name. */
function askedName(cat: Catalogue, asked: string[], lang: Lang): string {
  if (asked.length > 1 && asked.every((id) => cat.orgs.get(id)?.kind === 'cluster')) return lang === 'da' ? 'klyngen' : 'the cluster';
  return orgName(cat, asked[0]!);
}

/**
 * Only the measure of that name (in any organisation: namesakes are one measure), first even when it lacks
 * the period asked, so the answer says so; nothing ranked when the organisation asked has none of it.
 */
function sameMeasure(res: Resolution, name: string): Resolution {
  const ranked = res.ranked.filter((c) => c.kpi.name.da === name);
  const kept = ranked.length ? ranked : res.orgMisses.some((m) => m.kpi.name.da === name) ? [] : undefined;
  return kept ? { ...res, ranked: kept, constraintMisses: [], kindMisses: [], orgMisses: res.orgMisses.filter((m) => m.kpi.name.da === name) } : res;
}

/** The best measure does not count or name what the question singles out: say so, and offer it as the nearest. */
function notNamed(ctx: Ctx, best: Candidate, what: string): Answer {
  const { lang, cat } = ctx;
  const m = best.kpi.name[lang];
  return {
    ...refusal(lang, 'no-figure', say.noConstraint(lang, what, m, orgName(cat, best.org))),
    alternatives: [{ label: `${m} – ${orgName(cat, best.org)}`, q: `${askName(cat, best.kpi, lang)} ${orgName(cat, best.org)}` }],
  };
}

/** A count asked, the nearest measure counting another unit: say what it counts, and offer it. */
/** A cost asked and the nearest measure not in kroner: say so, and offer that measure. */
function amountRefusal(ctx: Ctx, best: Candidate): Answer {
  const { lang, cat } = ctx;
  const m = best.kpi.name[lang];
  const org = orgName(cat, best.org);
  const text =
    lang === 'da'
      ? `Jeg har intet beløb i kroner som spurgt. Det nærmeste er ${m} (${org}), men det er ikke et beløb – derfor intet tal.`
      : `I have no amount in kroner as asked. The nearest is ${m} (${org}), but it is not an amount – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${m} – ${org}`, q: `${askName(cat, best.kpi, lang)} ${org}` }] };
}

function unitRefusal(ctx: Ctx, best: Candidate, unit: { da: string; en: string }): Answer {
  const { lang, cat } = ctx;
  const m = best.kpi.name[lang];
  return {
    ...refusal(lang, 'no-figure', countingUnitRefusal(lang, ctx.f, m, orgName(cat, best.org), unit)),
    alternatives: [{ label: `${m} – ${orgName(cat, best.org)}`, q: `${askName(cat, best.kpi, lang)} ${orgName(cat, best.org)}` }],
  };
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
  if (!kindMiss && !miss) return undefined;
  const kpi = (kindMiss ?? miss)!.kpi;
  const org = orgName(cat, (kindMiss ?? miss)!.org);
  const measure = kpi.name[lang];
  const text =
    kindMiss && f.strict
      ? say.noKind(lang, measure, org, kindLabel(f.strict.kind, lang), listText(kindMiss.have.map((k) => kindLabel(k, lang)), lang))
      : say.noConstraint(lang, listText(miss!.missing.map((k) => contrastLabel(k, lang)), lang), measure, org);
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${askName(cat, kpi, lang)} ${org}` }] };
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
  const { ordered, tie } = byExtreme(rows, f.extreme);
  const winner = ordered[0]!;
  // Two at the top: naming one would be a coin toss, so both are named and none is picked (as for cases).
  if (tie) {
    const top = ordered.filter((r) => r.value === winner.value);
    const m = c.kpi.name[lang];
    return {
      ...refusal(lang, 'clarify', rankSay.tie(lang, listText(top.map((r) => orgName(cat, r.orgId)), lang), m, periodText(winner.period, lang), fmt(winner, lang))),
      alternatives: top.slice(0, 3).map((r) => ({ label: `${m} – ${orgName(cat, r.orgId)}`, q: `${m} ${orgName(cat, r.orgId)} ${periodText(r.period, lang)}` })),
    };
  }
  const note = say.rank(lang, orgName(cat, winner.orgId), f.extreme ?? 'max', listText(ordered.map((r) => `${orgName(cat, r.orgId)} ${fmt(r, lang)}`), lang));
  const kpi = cat.kpis.get(winner.kpiId) ?? c.kpi;
  return figureAnswer(ctx, { ...c, kpi, org: winner.orgId }, winner, [note], []);
}


async function noMatch(ctx: Ctx): Promise<Answer> {
  const { cat, lang, f } = ctx;
  const words = [...f.measure, ...f.optional, ...f.extra];
  // Suggestions stay inside what the question names: a question about Herning's UE 09a is offered UE 09a's measures,
  // never Aabenraa's budget lines that share a word with it.
  const caseIds = f.cases.length ? new Set(f.cases.flatMap((c) => [...caseFamily(cat, c)])) : undefined;
  const orgs = new Set(f.orgs.flat());
  const inScope = (k: Kpi) => (!caseIds || (!!k.caseId && caseIds.has(k.caseId))) && (!orgs.size || orgs.has(k.orgId));
  const hits = words.length ? cat.index.search(words.join(' '), { type: 'kpi', ...(caseIds ? { caseIds } : {}) }, 12) : [];
  // … and in the unit asked first: a budget asked of a proposal is offered its money lines.
  const wanted = new Set<string>(f.units.length ? f.units : f.strict?.othersOnlyIn ? [f.strict.othersOnlyIn] : []);
  const unitFirst = (list: Kpi[]) => (wanted.size ? [...list.filter((k) => wanted.has(unitFamily(k.unit))), ...list.filter((k) => !wanted.has(unitFamily(k.unit)))] : list);
  // … and only measures with figures: a row the source leaves blank is nothing to offer.
  const firstWithFigures = async (list: Kpi[]) => {
    const out: Kpi[] = [];
    for (const k of list) if (out.length < 3 && (await figureIndex(ctx.store, cat, k)).all.length) out.push(k);
    return out;
  };
  const suggestions = await firstWithFigures(unitFirst(hits.map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k && inScope(k))));
  const scoped = suggestions.length || !(caseIds || orgs.size) ? [] : await firstWithFigures(unitFirst([...cat.kpis.values()].filter(inScope)));
  const fallback = suggestions.length ? suggestions : scoped.length ? scoped : [...cat.kpis.values()].filter((k) => k.orgId === ctx.home).slice(0, 3);
  const names = offeredNames(cat, fallback, lang);
  return {
    ...refusal(lang, 'no-match', say.noMatch(lang, fallback.map((k, i) => `${names[i]} (${orgName(cat, k.orgId)})`))),
    alternatives: fallback.map((k, i) => ({ label: names[i]!, q: `${askName(cat, k, lang)} ${orgName(cat, k.orgId)}` })),
  };
}

function clarify(ctx: Ctx, options: Candidate[]): Answer {
  const { cat, lang, f } = ctx;
  const period = f.periods[0] && !f.periods[0].includes('@') ? ` ${periodText(f.periods[0], lang)}` : '';
  const names = offeredNames(cat, options.map((c) => c.kpi), lang);
  return {
    ...refusal(lang, 'clarify', say.clarify(lang, options.map((c, i) => `«${names[i]}» (${orgName(cat, c.org)})`))),
    alternatives: options.map((c, i) => ({ label: `${names[i]} – ${orgName(cat, c.org)}`, q: `${askName(cat, c.kpi, lang)} ${orgName(cat, c.org)}${period}` })),
    confidence: options[0]?.hit.coverage ?? 0,
  };
}

function unitWords(f: Frame, lang: Lang): string {
  const da: Record<string, string> = { money: 'kroner', percent: 'procent', rank: 'en placering', ratio: 'et forholdstal', count: 'et antal', hours: 'timer', days: 'dage', weeks: 'uger', months: 'måneder', years: 'år' };
  const en: Record<string, string> = { money: 'money', percent: 'a percentage', rank: 'a rank', ratio: 'a ratio', count: 'a count', hours: 'hours', days: 'days', weeks: 'weeks', months: 'months', years: 'years' };
  return f.units.map((u) => (lang === 'da' ? da[u] : en[u])).join('/');
}

/** "Aabenraa, Hedensted, Herning, Skanderborg og Viborg": the municipalities with figures, by their short names. */
function knownMunicipalities(cat: Catalogue, lang: Lang): string {
  // A municipality a document does not name ("Ikke navngivet kommune") cannot be asked about by name.
  const names = [...cat.orgs.values()].filter((o) => o.kind === 'municipality' && o.name.endsWith(' Kommune')).map((o) => o.name.slice(0, -' Kommune'.length));
  // In Danish order "Aa" is "Å", last.
  return listText(names.sort((a, b) => a.localeCompare(b, lang)), lang);
}
