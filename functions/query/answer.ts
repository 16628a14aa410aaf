/**
 * answerQuestion: a question in the user's words → the figure that answers it, a case, or an honest
 * "no figure". Reads only the catalogue (in memory) and the figures of the few KPIs the search picked,
 * each from its own partition.
 */
import type { FigureKind, Kpi } from '../domain/model.js';
import { granularity, type Lang } from '../domain/period.js';
import { contentWords, fold, type ParsedQuestion, type SearchHit } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import { caseAnswer } from './case-answer.js';
import { caseFamily, getCatalogue, type Catalogue } from './catalogue.js';
import { choosePeriod, defaultKind, figuresOf, previousOf, yearsInside } from './figures.js';
import { goalFor } from './goal-view.js';
import { byPeriod } from './period-keys.js';
import { readQuestion } from './readings.js';
import type { Alternative, Answer, AnswerFigure, QueryInput, ResolvedFigure } from './types.js';
import { formatValue, unitLabel } from './units.js';
import { kindLabel, listText, periodText, say } from './wording.js';

export interface AnswerOptions {
  /** The deployment's own organisation: questions naming none are about it first. */
  homeOrg?: string;
  /** Rebuild the catalogue in the background when older than this. */
  maxAgeMs?: number;
}

/** Below this share of the question's words explained, ask instead of answering. */
const MIN_COVERAGE = 0.6;
/** A second reading this close to the best is offered as an alternative. */
const ALTERNATIVE_RATIO = 0.8;
/** A question for an amount ("hvor mange …", "how much …") wants a figure, never a case description. */
const QUANTITY = /^\s*(?:hvor (?:mange|meget|stor|store|langt|hoej|hoejt|lav)|hvad (?:koster|sparer|er (?:antallet|andelen|budgettet|maalet|vaerdien))|how (?:many|much|big|large|high|far)|what (?:share|percentage|proportion|number|amount))\b/u;
const COUNTING = /\b(?:hvor mange|how many|antal(?:let)?|number of)\b/u;
const SHARE = /\b(?:procent\w*|pct|percent\w*|andel\w*|share|proportion|rate|grad(?:en)?|hvor mange af|how many of)\b|%/u;
/** Words that ask for a place in a ranking. */
const PLACE = /\b(?:nummer|nr|plads\w*|placering\w*|rang\w*|rank\w*|place)\b/u;
/** Words that make a counting question one about money ("hvor mange kroner", "how many millions"). */
const MONEY = /\b(?:kr|kroner|penge|mio|millioner|million\w*|dkk|budget\w*|udgift\w*|besparelse\w*|saving\w*|cost\w*|investering\w*|investment\w*)\b/u;
/** Words that only say "the case as a whole". */
const CASE_WORDS = new Set(
  ['projekt', 'projektet', 'project', 'sag', 'sagen', 'case', 'forslag', 'forslaget', 'proposal', 'strategi', 'strategien', 'strategy',
    'investeringsstrategi', 'investeringsstrategien', 'initiativ', 'initiativet', 'initiative', 'indsats', 'indsatsen', 'om', 'about', 'me', 'mig',
    'lidt', 'more', 'mere', 'details', 'detaljer', 'overview', 'overblik', 'info', 'information', 'hvad', 'gaar', 'ud', 'handler'].map(fold),
);
/** Words of comparison and change: parsed separately, so they do not dilute the measure search. */
const COMPARISON_WORDS = new Set(
  ['faldet', 'steget', 'fald', 'stigning', 'siden', 'since', 'compared', 'sammenlignet', 'sammenlign', 'vs', 'versus', 'mod', 'forhold',
    'ift', 'alt', 'samlet', 'samlede', 'sum', 'summen', 'tilsammen', 'status', 'udvikling', 'udviklingen', 'change', 'changed', 'fallen', 'fell',
    'risen', 'rose', 'dropped', 'against', 'previous', 'forrige', 'sidste', 'last', 'before', 'foer', 'end', 'than', 'combined',
    'altogether', 'cumulative', 'akkumuleret', 'summed', 'summeret', 'uaendret', 'unchanged', 'stayed', 'haft', 'had', 'perioden', 'period', 'track', 'vej', 'naaet', 'reached', 'reach', 'goal', 'target',
    'maalet', 'maal', 'budget', 'budgettet', 'budgetteret', 'budgetterede', 'budgeted', 'faktisk', 'faktiske', 'actual', 'actually',
    'forventet', 'forventede', 'expected', 'forventes', 'forventer', 'expect', 'potentiale', 'potentialet', 'potential', 'forskel',
    'forskellen', 'difference', 'uden', 'without', 'efforts', 'would', 'ville', 'kvartal', 'quarter', 'maaned', 'month', 'aaret', 'aar', 'years',
    'and', 'og', 'with', 'med', 'cluster', 'national',
    // Units say how the answer is given, not what is measured.
    'kroner', 'kr', 'mio', 'millioner', 'million', 'millions', 'dkk'].map(fold),
);

export async function answerQuestion(store: Store, input: QueryInput, options: AnswerOptions = {}): Promise<Answer> {
  const cat = await getCatalogue(store, options.maxAgeMs);
  const parsed = readQuestion(input.q, input.lang, cat.orgRefs, cat.caseRefs);
  const lang = parsed.lang;
  const home = options.homeOrg ?? 'aabenraa';

  // Organisations: the first municipality named is the subject; a group named beside it is only a
  // comparison when the question compares.
  const kindOf = (id: string) => cat.orgs.get(id)?.kind;
  const municipalities = parsed.orgIds.filter((id) => kindOf(id) === 'municipality');
  const subject = municipalities[0] ?? parsed.orgIds[0] ?? (input.org && cat.orgs.has(input.org) ? input.org : undefined);
  // "klyngen" or "landsplan" may mean any group of that kind: the one the measure has figures for.
  const subjectChoices = subject ? (parsed.orgChoices[subject] ?? [subject]) : [];
  const compares = parsed.comparisons.includes('org') || /\b(?:og|and|vs|versus)\b/.test(parsed.text);
  const compareOrg = compares ? parsed.orgIds.find((id) => id !== subject) : undefined;

  // The words left for the measure search.
  const measureWords = contentWords(parsed.searchText).filter((w) => !COMPARISON_WORDS.has(fold(w)));
  const searchWords = measureWords.filter((w) => !CASE_WORDS.has(fold(w)));

  // A case named by code, or a case title that explains every word of the question.
  const codeCase = parsed.caseIds[0];
  if (codeCase && searchWords.length === 0) return caseAnswer(store, cat, codeCase, lang);
  // A case named by its title: only when the question asks for no period or kind, and the case explains
  // it at least as well as any measure does (a little less suffices for "hvad er …" / "show …").
  if (!codeCase && measureWords.length > 0 && parsed.periods.length === 0 && parsed.kinds.length === 0 && !parsed.latest) {
    const top = cat.index.search(measureWords.join(' '), { type: 'case' }, 1)[0];
    const kpiTop = cat.index.search(measureWords.join(' '), { type: 'kpi' }, 1)[0];
    const margin = parsed.describes ? 0.7 : 1;
    if (top && top.coverage === 1 && !QUANTITY.test(parsed.text) && (!kpiTop || top.score >= kpiTop.score * margin) && (!subject || top.orgId === subject)) {
      return caseAnswer(store, cat, top.id, lang);
    }
  }
  if (searchWords.length === 0) return noMatch(cat, lang, parsed, home);

  const scope = codeCase ? caseFamily(cat, codeCase) : undefined;
  const hits = cat.index.search(searchWords.join(' '), { type: 'kpi', ...(scope ? { caseIds: scope } : {}) }, 12, parsed.optionalWords);
  if (hits.length === 0 && !scope) return noMatch(cat, lang, parsed, home);

  const ranked = rank(hits, subject, home, cat, wantedUnits(parsed.text));
  // A case named by code whose measures the words do not pick out: its measures that have the kind
  // and period asked are the candidates, in the library's order, then the rest of the case's measures.
  if (scope) {
    for (const k of cat.kpis.values()) {
      if (k.caseId && scope.has(k.caseId) && !ranked.some((r) => r.hit.id === k.id)) {
        ranked.push({ hit: { type: 'kpi', id: k.id, orgId: k.orgId, caseId: k.caseId, score: 0, coverage: 0 }, score: 0 });
      }
    }
  }
  const best = ranked[0];
  if (!best) return noMatch(cat, lang, parsed, home);
  if (best.hit.coverage < MIN_COVERAGE && !scope) return clarify(cat, lang, ranked, parsed);

  // Read figures of the best few candidates: the first that has a figure for the organisation, kind and
  // period asked wins among the close ones; otherwise the best with figures for the organisation answers.
  if (scope && best.hit.coverage < MIN_COVERAGE) return withinCase(store, cat, parsed, ranked, subjectChoices, compareOrg, home);
  const candidates = ranked.filter((r) => r.score >= best.score * 0.5).slice(0, 5);
  let noOrgFor: { kpi: Kpi; orgs: string[] } | undefined;
  let firstWithOrg: { cand: Ranked; kpi: Kpi; org: string; mine: ResolvedFigure[]; all: ResolvedFigure[] } | undefined;
  let chosen: typeof firstWithOrg;
  for (const cand of candidates) {
    const kpi = cat.kpis.get(cand.hit.id)!;
    const all = await figuresOf(store, cat, kpi);
    const org = subjectChoices.find((o) => all.some((f) => f.orgId === o)) ?? subject ?? kpi.orgId;
    const mine = all.filter((f) => f.orgId === org);
    if (mine.length === 0) {
      noOrgFor ??= { kpi, orgs: [...new Set(all.map((f) => f.orgId))] };
      continue;
    }
    const entry = { cand, kpi, org, mine, all };
    firstWithOrg ??= entry;
    if (cand.score < firstWithOrg.cand.score * ALTERNATIVE_RATIO) break;
    if (fits(parsed, mine, (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org))) {
      chosen = entry;
      break;
    }
  }
  // Within a case named by code, a measure that has the period and kind asked beats a better-named one
  // that has not (when exactly one such measure exists).
  if (!chosen && firstWithOrg && scope) {
    const inCase = await withinCase(store, cat, parsed, ranked, subjectChoices, compareOrg, home);
    if (inCase.kind === 'figure') return inCase;
  }
  chosen ??= firstWithOrg;
  if (chosen) {
    const { cand, kpi, org, mine, all } = chosen;
    const others = ranked.filter((r) => r.hit.id !== cand.hit.id && r.score >= cand.score * ALTERNATIVE_RATIO).slice(0, 2);
    return figureAnswer(cat, parsed, kpi, org, mine, all, compareOrg, others, cand.hit.coverage);
  }
  if (noOrgFor && subject) {
    const m = measureName(noOrgFor.kpi, lang);
    const orgNames = noOrgFor.orgs.map((o) => orgName(cat, o));
    return {
      kind: 'no-figure',
      lang,
      text: say.noOrg(lang, m, orgName(cat, subject), listText(orgNames, lang)),
      figures: [],
      alternatives: noOrgFor.orgs.slice(0, 3).map((o) => ({ label: `${m} – ${orgName(cat, o)}`, q: `${m} ${orgName(cat, o)}` })),
      confidence: best.hit.coverage,
    };
  }
  return noMatch(cat, lang, parsed, home);
}

/**
 * A case named by code, but no measure of it named well enough: if exactly one of the case's measures
 * has a figure of the kind and period asked, that is the answer; if several do, ask which.
 */
async function withinCase(
  store: Store,
  cat: Catalogue,
  parsed: ParsedQuestion,
  ranked: Ranked[],
  subjectChoices: string[],
  compareOrg: string | undefined,
  home: string,
): Promise<Answer> {
  const fitting: { r: Ranked; kpi: Kpi; org: string; mine: ResolvedFigure[]; all: ResolvedFigure[] }[] = [];
  for (const r of ranked.slice(0, 80)) {
    const kpi = cat.kpis.get(r.hit.id)!;
    const all = await figuresOf(store, cat, kpi);
    const org = subjectChoices.find((o) => all.some((f) => f.orgId === o)) ?? kpi.orgId;
    const mine = all.filter((f) => f.orgId === org);
    if (mine.length && fits(parsed, mine, (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org))) fitting.push({ r, kpi, org, mine, all });
  }
  const only = fitting.length === 1 ? fitting[0] : undefined;
  if (only) return figureAnswer(cat, parsed, only.kpi, only.org, only.mine, only.all, compareOrg, [], 0.5);
  if (fitting.length > 1) return clarify(cat, parsed.lang, fitting.map((f) => f.r), parsed);
  return noMatch(cat, parsed.lang, parsed, home);
}

/** Whether the figures hold one of the kind and period asked. */
function fits(parsed: ParsedQuestion, mine: ResolvedFigure[], hasGoal = false): boolean {
  // "hvor mange" / "how many" counts something; a percentage answers "hvor stor en andel" / "what share"
  if (COUNTING.test(parsed.text) && !SHARE.test(parsed.text) && mine[0]?.unit === 'percent') return false;
  if (parsed.comparisons.includes('target') && !hasGoal && !mine.some((f) => f.kind === 'target')) return false;
  const kinds = parsed.kinds.filter((k) => !(parsed.comparisons.includes('target') && k === 'target'));
  const pool = kinds.length ? mine.filter((f) => kinds.includes(f.kind)) : mine;
  if (pool.length === 0) return false;
  const period = parsed.latest ? undefined : parsed.periods[0];
  return !period || !!choosePeriod(pool, period).figure || (period.includes('--') && !!yearsInside(pool, period));
}

interface Ranked {
  hit: SearchHit;
  score: number;
}

/** The library's score, weighed by whether the measure belongs to the organisation in question. */
/**
 * What a counting question can be answered with: "hvor mange var på kontanthjælp" counts people, so a
 * kroner amount, a percentage or a rank with a better-matching name is not its answer — unless the
 * question itself speaks of money, shares or places.
 */
function wantedUnits(text: string): { excludes: ReadonlySet<Kpi['unit']> } {
  if (!COUNTING.test(text)) return { excludes: new Set() };
  const excludes = new Set<Kpi['unit']>();
  if (!SHARE.test(text)) excludes.add('percent');
  if (!MONEY.test(text)) excludes.add('dkk');
  if (!PLACE.test(text)) excludes.add('rank');
  return { excludes };
}

function rank(hits: SearchHit[], subject: string | undefined, home: string, cat: Catalogue, units: { excludes: ReadonlySet<Kpi['unit']> }): Ranked[] {
  return hits
    .filter((h) => cat.kpis.has(h.id))
    .map((hit) => {
      const own = subject ? hit.orgId === subject : hit.orgId === home;
      const unitFits = !units.excludes.has(cat.kpis.get(hit.id)!.unit);
      return { hit, score: hit.score * (own ? 1 : subject ? 0.5 : 0.85) * (unitFits ? 1 : 0.3) };
    })
    .sort((a, b) => b.score - a.score);
}

function figureAnswer(
  cat: Catalogue,
  parsed: ParsedQuestion,
  kpi: Kpi,
  org: string,
  mine: ResolvedFigure[],
  all: ResolvedFigure[],
  compareOrg: string | undefined,
  otherReadings: Ranked[],
  confidence: number,
): Answer {
  const lang = parsed.lang;
  const measure = measureName(kpi, lang);
  const orgLabel = orgName(cat, org);
  const wantsTarget = parsed.comparisons.includes('target');
  const asked = parsed.kinds.filter((k) => !(wantsTarget && k === 'target'));
  const goal = goalFor(cat, kpi, org, lang, all);

  // Kind
  let kind: FigureKind | undefined = asked.find((k) => mine.some((f) => f.kind === k));
  let pool = mine;
  if (asked.length && !kind) {
    if (asked.includes('target') && goal) {
      pool = [goalFigure(kpi, org, goal.deadline, goal.target, goal.source)];
      kind = 'target';
    } else {
      const kinds = [...new Set(mine.map((f) => f.kind))];
      return {
        kind: 'no-figure',
        lang,
        text: say.noKind(lang, measure, orgLabel, kindLabel(asked[0]!, lang), listText(kinds.map((k) => kindLabel(k, lang)), lang)),
        figures: [],
        alternatives: kinds.slice(0, 3).map((k) => ({ label: `${measure}: ${kindLabel(k, lang)}`, q: `${kindLabel(k, lang)} ${measure} ${orgLabel}` })),
        confidence,
      };
    }
  }
  kind ??= defaultKind(mine)!;
  const ofKind = pool.filter((f) => f.kind === kind);

  // Period
  const wantsSum = parsed.comparisons.includes('sum');
  let askedPeriod = parsed.latest ? undefined : parsed.periods[0];
  if (!askedPeriod && wantsSum) askedPeriod = ofKind.filter((f) => granularity(f.period) === 'range').sort((a, b) => byPeriod(b.period, a.period))[0]?.period;
  let choice = choosePeriod(ofKind, askedPeriod);
  let primary = choice.figure;
  let sumOf: ResolvedFigure[] | undefined;
  const summable = kpi.unit !== 'percent' && kpi.unit !== 'rank' && kpi.unit !== 'cases-per-caseworker';
  if (!primary && askedPeriod?.includes('--') && summable) {
    sumOf = yearsInside(ofKind, askedPeriod);
    if (sumOf) primary = { ...sumOf[0]!, period: `${sumOf[0]!.period}--${sumOf[sumOf.length - 1]!.period}`, value: round(sumOf.reduce((s, f) => s + f.value, 0)) };
  }
  if (!primary && !askedPeriod && wantsSum && summable) {
    const years = ofKind.filter((f) => granularity(f.period) === 'year').sort((a, b) => byPeriod(a.period, b.period));
    if (years.length >= 2) {
      sumOf = years;
      primary = { ...years[0]!, period: `${years[0]!.period}--${years[years.length - 1]!.period}`, value: round(years.reduce((s, f) => s + f.value, 0)) };
    }
  }
  if (!primary) {
    const nearest = choice.nearest.map((p) => periodText(p, lang));
    return {
      kind: 'no-figure',
      lang,
      text: say.noPeriod(lang, measure, orgLabel, periodText(askedPeriod!, lang), listText(nearest, lang)),
      figures: [],
      alternatives: choice.nearest.map((p) => ({ label: `${measure} – ${periodText(p, lang)}`, q: `${measure} ${orgLabel} ${periodText(p, lang)}` })),
      nearestPeriods: choice.nearest,
      confidence,
    };
  }

  const lines: string[] = [];
  const figures: ResolvedFigure[] = [primary];
  let answerFigure = primary;

  // Change since a date: the answer is the change itself.
  if (parsed.since) {
    const from = choosePeriod(ofKind, parsed.since).figure;
    if (from && from !== primary) {
      const change = round(primary.value - from.value);
      answerFigure = { ...primary, kind: 'difference', period: `${firstPart(from.period)}--${lastPart(primary.period)}`, value: change };
      figures.unshift(answerFigure);
      figures.push(from);
      lines.push(say.since(lang, periodText(from.period, lang), fmt(from, lang), periodText(primary.period, lang), fmt(primary, lang), signed(fmtValue(change, primary, lang), change)));
    }
  } else if (parsed.comparisons.includes('previous') || (parsed.comparisons.includes('since') && !compareOrg)) {
    const prev = previousOf(ofKind, primary);
    if (prev) {
      const change = round(primary.value - prev.value);
      figures.push(prev);
      lines.push(say.previous(lang, fmt(prev, lang), periodText(prev.period, lang), signed(fmtValue(change, primary, lang), change)));
    }
  }
  if (compareOrg) {
    const theirs = all.filter((f) => f.orgId === compareOrg && f.kind === primary!.kind);
    const match = theirs.find((f) => f.period === primary!.period) ?? choosePeriod(theirs, undefined).figure;
    if (match) {
      figures.push(match);
      lines.push(say.versus(lang, orgName(cat, compareOrg), fmt(match, lang), periodText(match.period, lang)));
    }
  }
  if (sumOf) lines.push(say.sum(lang, listText(sumOf.map((f) => f.period), lang)));
  if (goal && (wantsTarget || kind !== 'target')) {
    lines.push(say.target(lang, goal.targetText, periodText(goal.deadline, lang), goal.status));
    if (wantsTarget) figures.push(goalFigure(kpi, org, goal.deadline, goal.target, goal.source));
  } else if (wantsTarget) {
    const target = choosePeriod(mine.filter((f) => f.kind === 'target'), undefined).figure;
    if (target) {
      figures.push(target);
      lines.push(say.target(lang, fmt(target, lang), periodText(target.period, lang)));
    }
  }

  const head = say.figure(lang, {
    org: orgLabel,
    measure,
    value: fmt(answerFigure, lang),
    period: periodText(answerFigure.period, lang),
    kind: kindLabel(answerFigure.kind, lang),
  });
  const alternatives: Alternative[] = [];
  for (const r of otherReadings) {
    const k = cat.kpis.get(r.hit.id)!;
    const name = measureName(k, lang);
    alternatives.push({ label: `${name} – ${orgName(cat, k.orgId)}`, q: `${name} ${orgName(cat, k.orgId)}${askedPeriod ? ` ${periodText(askedPeriod, lang)}` : ''}` });
  }
  if (!askedPeriod && !parsed.latest) {
    for (const p of choice.others.slice(0, 3 - Math.min(alternatives.length, 3))) {
      alternatives.push({ label: `${measure} – ${periodText(p, lang)}`, q: `${measure} ${orgLabel} ${periodText(p, lang)}` });
    }
  }
  if (!parsed.kinds.length) {
    for (const k of [...new Set(mine.map((f) => f.kind))].filter((k) => k !== kind).slice(0, 2)) {
      alternatives.push({ label: `${measure}: ${kindLabel(k, lang)}`, q: `${kindLabel(k, lang)} ${measure} ${orgLabel}${askedPeriod ? ` ${periodText(askedPeriod, lang)}` : ''}` });
    }
  }
  const reading = alternatives.length
    ? `${measure}, ${orgLabel}, ${periodText(answerFigure.period, lang)}, ${kindLabel(answerFigure.kind, lang)}`
    : undefined;
  const text = [head, ...lines, reading ? say.reading(lang, reading) : '', say.source(lang, primary.document, primary.locator)]
    .filter(Boolean)
    .join(' ');
  const answer: Answer = {
    kind: 'figure',
    lang,
    text,
    figures: figures.map((f) => apiFigure(f)),
    alternatives: alternatives.slice(0, 5),
    headline: {
      valueText: fmt(answerFigure, lang),
      measure,
      org: orgLabel,
      period: periodText(answerFigure.period, lang),
      kind: kindLabel(answerFigure.kind, lang),
      source: `${primary.document}, ${primary.locator}`,
    },
    confidence,
  };
  if (reading) answer.reading = reading;
  if (goal) answer.goal = goal;
  return answer;
}

function goalFigure(kpi: Kpi, org: string, deadline: string, target: number, source?: { document: string; locator: string }): ResolvedFigure {
  return {
    kpiId: kpi.id,
    orgId: org,
    kind: 'target',
    period: deadline,
    value: target,
    unit: kpi.unit,
    scale: kpi.scale ?? 1,
    document: source?.document ?? '',
    locator: source?.locator ?? '',
  };
}

function noMatch(cat: Catalogue, lang: Lang, parsed: ParsedQuestion, home: string): Answer {
  const words = contentWords(parsed.text).filter((w) => !COMPARISON_WORDS.has(fold(w)));
  const hits = words.length ? cat.index.search(words.join(' '), { type: 'kpi' }, 3) : [];
  const suggestions = hits.map((h) => cat.kpis.get(h.id)).filter((k): k is Kpi => !!k);
  const fallback = suggestions.length ? suggestions : [...cat.kpis.values()].filter((k) => k.orgId === home).slice(0, 3);
  const names = fallback.map((k) => `${measureName(k, lang)} (${orgName(cat, k.orgId)})`);
  return {
    kind: 'no-match',
    lang,
    text: say.noMatch(lang, names),
    figures: [],
    alternatives: fallback.map((k) => ({ label: measureName(k, lang), q: `${measureName(k, lang)} ${orgName(cat, k.orgId)}` })),
    confidence: 0,
  };
}

function clarify(cat: Catalogue, lang: Lang, ranked: Ranked[], parsed: ParsedQuestion): Answer {
  const options = ranked.slice(0, 3).map((r) => cat.kpis.get(r.hit.id)!);
  const period = parsed.periods[0] ? ` ${periodText(parsed.periods[0], lang)}` : '';
  return {
    kind: 'clarify',
    lang,
    text: say.clarify(lang, options.map((k) => `«${measureName(k, lang)}» (${orgName(cat, k.orgId)})`)),
    figures: [],
    alternatives: options.map((k) => ({ label: `${measureName(k, lang)} – ${orgName(cat, k.orgId)}`, q: `${measureName(k, lang)} ${orgName(cat, k.orgId)}${period}` })),
    confidence: ranked[0]?.hit.coverage ?? 0,
  };
}

export function measureName(kpi: Kpi, lang: Lang): string {
  return kpi.name[lang];
}

export function orgName(cat: Catalogue, id: string): string {
  return cat.orgs.get(id)?.name ?? id;
}

function fmt(f: ResolvedFigure, lang: Lang): string {
  return formatValue(f.value, f.unit, f.scale, lang);
}

function fmtValue(value: number, like: ResolvedFigure, lang: Lang): string {
  return formatValue(value, like.unit, like.scale, lang);
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function firstPart(p: string): string {
  return p.split('--')[0]!;
}

function lastPart(p: string): string {
  const parts = p.split('--');
  return parts[parts.length - 1]!;
}

export function apiFigure(f: ResolvedFigure): AnswerFigure {
  return {
    kpi: f.kpiId,
    org: f.orgId,
    period: f.period,
    kind: f.kind,
    value: f.value,
    unit: unitLabel(f.unit, f.scale),
    source: f.locator ? `${f.document}, ${f.locator}` : f.document,
  };
}
