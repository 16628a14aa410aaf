/**
 * "Hvilket af Hernings forslag har den største sparede forsørgelsesudgift i 2018?": the cases the question's
 * noun can name (of the organisation, the case and the units it names) ranked by the measure their forms
 * share, for the year asked. The answer is the winning case with its figure and the runners-up with theirs;
 * a refusal saying why when the cases' figures are in different units, when a case lacks the year inside its
 * own years (so the order could be wrong), or when two share the top. With no year asked, a case that wins
 * every year it shares with each other case is the answer; otherwise the year is asked.
 */
import type { Case, FigureKind, Kpi } from '../domain/model.js';
import { periodContains, periodEnd, periodStart } from '../domain/period.js';
import type { CaseQuestion, CaseRanking } from '../domain/query/case-question.js';
import { askName, fmt, offeredNames, orgName, refusal, type Ctx } from './answer-kit.js';
import { fold, words } from '../domain/query/text.js';
import { caseAnswer } from './case-answer.js';
import { nameOf } from './case-index.js';
import { below, caseName, FITS, namedAncestors, numbered, ownedBy, shortCaseName, wordsNaming } from './case-nouns.js';
import { rankSay } from './case-wording.js';
import type { Catalogue } from './catalogue.js';
import { defaultKind, figuresOf } from './figures.js';
import { figureAnswer } from './lookup-answer.js';
import { beats, byExtreme } from './ranking.js';
import { askedKinds, decide, resolve, type Candidate } from './resolve.js';
import { asksCost } from './resolve-decision.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { unitFamily, unitLabel } from './units.js';
import { listText, periodText, say } from './wording.js';

/** The measure must explain at least this share of the words left after the case noun, names and ranking words. */
const MEASURE_COVERAGE = 0.5;
/** Another measure scoring this share of the best, explaining as much: which one is meant is not clear. */
const MEASURE_LEAD = 0.9;
/**
 * A case's own measure, named otherwise than the best one, must score at least this share of it and explain the
 * words nearly as fully: one word in four less (a verb such as "fået" that matched the best one's "gået").
 */
const OWN_MEASURE_SHARE = 0.5;
const OWN_MEASURE_SLACK = 0.25;
/** How many cases the answer lists with their figures. */
const LISTED = 4;

interface Series {
  c: Case;
  kpi: Kpi;
  /** The case's figures of the measure, of the kind compared and of the sign asked. */
  figures: ResolvedFigure[];
  /** Every figure of the measure, for the answer's card. */
  all: ResolvedFigure[];
}
interface Row {
  s: Series;
  figure: ResolvedFigure;
  value: number;
}

/**
 * The measure the question's words name in each case in the running (measuresOf), an answer asking which measure
 * when that is unclear, or undefined when no measure is named.
 */
export async function caseMeasures(ctx: Ctx, q: CaseQuestion): Promise<Kpi[] | Answer | undefined> {
  const { cat, f, lang } = ctx;
  const { ids, measureWords } = measureScope(ctx, q);
  // Two measures of one case naming the words as well ("KIK: Byrådets investering", "KIK: økonomien i investeringen"):
  // the resolver, asked about that case alone, says which one a question about it means.
  const settle = async (caseId: string) => {
    const one = { ...f, cases: [caseId], measure: measureWords };
    const d = decide(await resolve(ctx.store, cat, one, { home: ctx.home }), one);
    if (d.kind === 'answer') return d.best.kpi.caseId === caseId ? d.best.kpi : undefined;
    return d.kind === 'ask' ? d.options.map((c) => c.kpi) : undefined;
  };
  // "den største investering" ranks amounts: a measure in years that names the investment it pays back is not one.
  const unitFits = asksCost(f) ? (k: Kpi) => unitFamily(k.unit) === 'money' : () => true;
  const kpis = measureWords.length && ids.size ? await measuresOf(cat, measureWords, ids, settle, unitFits) : undefined;
  if (!kpis) return undefined;
  // Which measure ranks the cases is unclear: asked, never guessed (and never answered with another question's reading).
  if ('ask' in kpis) {
    const names = offeredNames(cat, kpis.ask, lang);
    return {
      ...refusal(lang, 'clarify', say.clarify(lang, names.map((n) => `«${n}»`))),
      alternatives: kpis.ask.map((k, i) => ({ label: names[i]!, q: `${askName(cat, k, lang)} ${orgName(cat, k.orgId)}` })),
    };
  }
  return kpis;
}

/** The cases in the running and the question's words that may name their measure. */
export function measureScope(ctx: Ctx, q: CaseQuestion): { ids: Set<string>; measureWords: string[] } {
  const { cat, f } = ctx;
  const { scope, unitWords, parentsNamed } = runningCases(cat, q, f.text, new Set(f.orgs.flat()), f.cases);
  const said = new Set([...f.measure, ...f.optional, ...f.extra]);
  // The words naming the case the answer lies within ("i Voksen Business Casen") say nothing of the measure.
  const tokens = new Set(words(fold(f.text)));
  const scopeWords = new Set([...f.cases.flatMap((id) => cat.cases.get(id) ?? []), ...parentsNamed].flatMap((c) => wordsNaming(c, tokens)));
  const measureWords = q.about.filter((w) => said.has(w) && !unitWords.has(w) && !scopeWords.has(w) && !/^\d+$/.test(w));
  return { ids: new Set(scope.map((c) => c.id)), measureWords };
}

/** The answer to "which case has the highest / lowest …", or undefined when no measure the cases share is what the words name. */
export async function rankCases(ctx: Ctx, q: CaseQuestion, rank: CaseRanking): Promise<Answer | undefined> {
  const { cat, f, lang } = ctx;
  const kpis = await caseMeasures(ctx, q);
  if (!kpis || !Array.isArray(kpis)) return kpis;
  const measure = kpis[0]!.name[lang];
  // Money in any scale is one unit: values are compared in kroner (rowsOf).
  const units = [...new Set(kpis.map((k) => (k.unit === 'dkk' ? 'dkk' : unitLabel(k.unit, k.scale ?? 1))))];
  if (units.length > 1) return refusal(lang, 'no-figure', rankSay.units(lang, measure, q.noun, listText(units, lang)));
  const figured = await Promise.all(kpis.map(async (kpi) => ({ kpi, c: cat.cases.get(kpi.caseId!)!, all: await figuresOf(ctx.store, cat, kpi) })));

  // A kind asked is compared in every case that has it; with none asked each case's own (a plan of one, a budget of another).
  const asked = askedKinds(f).find((k) => figured.some((r) => r.all.some((x) => x.kind === k)));
  const read = figured.flatMap((r) => {
    const kind = asked ?? defaultKind(r.all);
    return kind ? [{ ...r, kind }] : [];
  });
  const kind = read[0]?.kind;
  if (!kind) return undefined;
  const series = read.map((r) => ({ ...r, figures: r.all.filter((x) => x.orgId === r.c.orgId && x.kind === r.kind && signed(x, rank)) })).filter((s) => s.figures.length);
  if (!series.length) return undefined;

  const period = f.latest ? undefined : f.periods[0];
  const periods = [...new Set(series.flatMap((s) => s.figures.map((x) => x.period)))].sort();
  const year = period ?? (periods.length === 1 ? periods[0] : undefined);
  if (year) {
    // A case with figures before and after the year but none for it may be the one that wins: no order is given.
    const gaps = read.filter((r) => !r.all.some((x) => x.period === year && x.kind === r.kind) && r.all.some((x) => x.kind === r.kind && x.period < year) && r.all.some((x) => x.kind === r.kind && x.period > year));
    if (gaps.length) return refusal(lang, 'no-figure', rankSay.gap(lang, measure, periodText(year, lang), listText(gaps.map((g) => shortCaseName(g.c)), lang), q.noun));
    const rows = rowsOf(series, year);
    if (!rows.length) return undefined;
    const without = read.filter((r) => !r.all.some((x) => x.period === year && x.kind === r.kind) && r.all.some((x) => x.kind === r.kind)).map((r) => r.c);
    return ranked(ctx, q, rank, rows, { period: year, without, kind });
  }
  // Each case's total over its own span ("Byrådet investerer 68 mio. kr.", KIK II's "I alt" 60,6), or its one figure:
  // with no year asked those are compared, each with its period.
  const totals = series.length > 1 ? series.map((s) => totalOf(s.figures)) : [];
  if (totals.length && totals.every(Boolean)) return ranked(ctx, q, rank, series.map((s, i) => ({ s, figure: totals[i]!, value: totals[i]!.value * totals[i]!.scale })), { without: [], kind });
  const winner = series.find((w) => series.every((o) => o === w || wins(w, o, rank)));
  if (!winner) return byYear(ctx, series, periods, rank);
  // The year the most cases have a figure for shows the comparison (the newest of equals).
  const shown = periods
    .filter((p) => winner.figures.some((x) => x.period === p))
    .reduce((best, p) => (rowsOf(series, p).length >= rowsOf(series, best).length ? p : best));
  return ranked(ctx, q, rank, rowsOf(series, shown), { shown, without: [], kind });
}

/**
 * The cases in the running: those the noun can name, of the organisations asked, below a case named that has
 * such parts ("hvilken indsats i spor 2 …"), and of the owning units the question names ("af BIC's forslag",
 * "which unit – BIC or CEB – …"). Also the words naming those units, which say nothing of the measure.
 */
function runningCases(cat: Catalogue, q: CaseQuestion, text: string, orgs: Set<string>, named: string[]): { scope: Case[]; unitWords: Set<string>; parentsNamed: Case[] } {
  let scope = [...cat.cases.values()].filter((c) => FITS[q.noun](c) && (!orgs.size || orgs.has(c.orgId)));
  const said = namedAncestors(cat, scope, text);
  const above = [...new Set([...named, ...said.map((c) => c.id)])].filter((id) => scope.some((c) => below(cat, id, c.id)));
  // "i Viborgs ungeindsats, spor 2": the innermost case named.
  const parents = above.filter((id) => !above.some((o) => below(cat, id, o)));
  if (parents.length) scope = scope.filter((c) => parents.some((p) => below(cat, p, c.id)));
  // "hvilken spor 2-indsats …": the parts of the case the noun and number name.
  const within = q.within ? numbered(cat, q.within, (id) => !orgs.size || orgs.has(cat.cases.get(id)?.orgId ?? '')) : [];
  if (within.length) scope = scope.filter((c) => within.some((w) => below(cat, w, c.id)));
  return { ...ownedBy(scope, text), parentsNamed: said };
}

/**
 * The measure the words name in each case, when one clearly does: the best measure and its namesakes (the forms'
 * shared rows), and in a case without one, that case's own measure explaining the words as fully and scoring near
 * it in the same unit ("Projekt Superb: borgere gået i ordinært arbejde" beside "Afklaringsværksteder: borgere
 * afsluttet til ordinært arbejde"). Another measure of the best one's own case scoring as well makes it unclear.
 */
async function measuresOf(
  cat: Catalogue,
  measureWords: string[],
  caseIds: Set<string>,
  settle: (caseId: string) => Promise<Kpi | Kpi[] | undefined>,
  unitFits: (k: Kpi) => boolean,
): Promise<Kpi[] | { ask: Kpi[] } | undefined> {
  const hits = cat.index.search(measureWords.join(' '), { type: 'kpi', caseIds }, 100).filter((h) => {
    const k = cat.kpis.get(h.id);
    return !k || unitFits(k);
  });
  const top = hits[0];
  let best = top && cat.kpis.get(top.id);
  if (!top || !best?.caseId || top.coverage < MEASURE_COVERAGE || onlyNamesItsCase(cat, best, measureWords)) return undefined;
  const rival = hits.find((h) => {
    const k = cat.kpis.get(h.id);
    return !!k && k.caseId === best!.caseId && k.name.da !== best!.name.da;
  });
  if (rival && rival.coverage >= top.coverage && rival.score >= top.score * MEASURE_LEAD) {
    const settled = await settle(best.caseId);
    if (Array.isArray(settled)) return { ask: settled };
    best = settled;
  }
  if (!best) return undefined;
  const chosen = new Map<string, Kpi>();
  for (const k of cat.kpis.values()) if (k.name.da === best.name.da && k.caseId && caseIds.has(k.caseId)) chosen.set(k.caseId, k);
  for (const h of hits) {
    const k = cat.kpis.get(h.id);
    if (!k?.caseId || chosen.has(k.caseId) || k.unit !== best.unit) continue;
    if (h.coverage >= Math.max(MEASURE_COVERAGE, top.coverage - OWN_MEASURE_SLACK) && h.score >= top.score * OWN_MEASURE_SHARE) chosen.set(k.caseId, k);
  }
  return [...chosen.values()];
}

/**
 * The measure holds no word of the question but those naming its own case ("Quick wins (spor 1): antal indsatser"
 * for "which quick-win initiative …"): the words name the case, and no measure of it is asked. What a measure's name
 * says after the case it belongs to ("…: antal indsatser") is the measure itself.
 */
function onlyNamesItsCase(cat: Catalogue, kpi: Kpi, measureWords: string[]): boolean {
  const c = kpi.caseId ? cat.cases.get(kpi.caseId) : undefined;
  if (!c) return false;
  const near = (a: string, b: string) => a.slice(0, 5) === b.slice(0, 5) && Math.min(a.length, b.length) >= 3;
  const own = [kpi.name.da, kpi.name.en].flatMap((n) => words(fold(n.includes(':') ? n.slice(n.lastIndexOf(':') + 1) : n)));
  const named = words(fold(nameOf(c)));
  const held = measureWords.filter((w) => own.some((o) => near(o, w)));
  return held.length === 0 && measureWords.some((w) => named.some((n) => near(n, w)));
}

/** A case's one figure, or its figure over the widest span (a total column): what "the case's investment" is. */
function totalOf(figures: ResolvedFigure[]): ResolvedFigure | undefined {
  if (figures.length === 1) return figures[0];
  const spans = figures.filter((x) => x.period.includes('--'));
  const widest = spans.sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)) || periodEnd(b.period).localeCompare(periodEnd(a.period)))[0];
  return widest && figures.every((x) => periodContains(widest.period, x.period)) ? widest : undefined;
}

function signed(x: ResolvedFigure, rank: CaseRanking): boolean {
  return !rank.sign || (rank.sign === 'positive' ? x.value > 0 : x.value < 0);
}

function rowsOf(series: Series[], period: string): Row[] {
  return series.flatMap((s) => {
    const figure = s.figures.find((x) => x.period === period);
    return figure ? [{ s, figure, value: figure.value * figure.scale }] : [];
  });
}

/** `w` beats `o` in every year both have a figure for, and they share one. */
function wins(w: Series, o: Series, rank: CaseRanking): boolean {
  const shared = w.figures.flatMap((x) => {
    const y = o.figures.find((z) => z.period === x.period);
    return y ? [[x.value * x.scale, y.value * y.scale] as const] : [];
  });
  return shared.length > 0 && shared.every(([a, b]) => beats(a, b, rank.extreme));
}

async function ranked(
  ctx: Ctx,
  q: CaseQuestion,
  rank: CaseRanking,
  rows: Row[],
  how: { period?: string; shown?: string; without: Case[]; kind: FigureKind },
): Promise<Answer> {
  const { lang, cat } = ctx;
  const { ordered, tie } = byExtreme(rows, rank.extreme);
  const first = ordered[0]!;
  const measure = first.s.kpi.name[lang];
  const period = how.period ? periodText(how.period, lang) : undefined;
  const show = (r: Row) => ({ label: caseName(r.s.c), q: `${lang === 'da' ? 'vis' : 'show'} ${shortCaseName(r.s.c)}` });
  if (tie) {
    const top = ordered.filter((r) => r.value === first.value);
    return {
      ...refusal(lang, 'clarify', rankSay.tie(lang, listText(top.map((r) => shortCaseName(r.s.c)), lang), measure, period ?? '', fmt(first.figure, lang))),
      alternatives: top.slice(0, 3).map(show),
    };
  }
  // Measures named apart, or figures of different periods, are named beside each figure.
  const own = (r: Row) => {
    const named = new Set(rows.map((x) => x.s.kpi.name.da)).size > 1 ? [r.s.kpi.name[lang]] : [];
    const dated = !how.period && !how.shown ? [periodText(r.figure.period, lang)] : [];
    return named.length || dated.length ? ` (${[...named, ...dated].join(', ')})` : '';
  };
  const listed = ordered.slice(0, LISTED).map((r) => `${shortCaseName(r.s.c)} ${fmt(r.figure, lang)}${own(r)}`);
  const list = [...listed, ...(ordered.length > LISTED ? [rankSay.more(lang, ordered.length - LISTED)] : [])].join('; ');
  const notes = [
    ...(rank.owner && first.s.c.ownerUnit ? [rankSay.owner(lang, first.s.c.ownerUnit)] : []),
    rankSay.lead(lang, {
      winner: shortCaseName(first.s.c),
      extreme: rank.extreme,
      measure,
      ...(period ? { period } : {}),
      ...(how.shown ? { shown: periodText(how.shown, lang) } : {}),
      count: ordered.length,
      noun: q.noun,
      ...(rank.sign ? { sign: rank.sign } : {}),
      list,
    }),
    ...(how.without.length && period ? [rankSay.without(lang, period, listText(how.without.map(shortCaseName), lang))] : []),
  ];
  const runnersUp: Alternative[] = ordered.slice(1, 4).map(show);
  if (rank.value) {
    const c: Candidate = {
      kpi: first.s.kpi,
      hit: { type: 'kpi', id: first.s.kpi.id, orgId: first.s.c.orgId, caseId: first.s.c.id, score: 1, coverage: 1 },
      all: first.s.all,
      org: first.s.c.orgId,
      mine: first.s.all.filter((x) => x.orgId === first.s.c.orgId),
      score: 1,
      fitsKind: true,
      fitsPeriod: true,
      named: [],
    };
    return figureAnswer(ctx, c, first.figure, notes, runnersUp);
  }
  const answer = await caseAnswer(ctx.store, cat, first.s.c.id, lang);
  // The card shows the case's summary, not the text: the comparison leads it there too.
  const view = answer.case && { ...answer.case, summary: [...notes, answer.case.summary ?? ''].filter(Boolean).join(' ') };
  return { ...answer, text: `${notes.join(' ')} ${answer.text}`, alternatives: runnersUp, ...(view ? { case: view } : {}) };
}

/** No case wins every year: which year is meant is asked, with each year's winner shown. */
function byYear(ctx: Ctx, series: Series[], periods: string[], rank: CaseRanking): Answer {
  const { lang } = ctx;
  const years = periods.filter((p) => rowsOf(series, p).length >= 2);
  const lines = years.map((p) => {
    const { ordered, tie } = byExtreme(rowsOf(series, p), rank.extreme);
    const top = tie ? ordered.filter((r) => r.value === ordered[0]!.value) : [ordered[0]!];
    return `${periodText(p, lang)}: ${listText(top.map((r) => shortCaseName(r.s.c)), lang)}`;
  });
  const asked = ctx.question.trim().replace(/[?.!\s]+$/, '');
  return {
    ...refusal(lang, 'clarify', rankSay.byYear(lang, lines.join('; '))),
    alternatives: years.slice(-3).map((p) => ({ label: periodText(p, lang), q: `${asked} ${lang === 'da' ? 'i' : 'in'} ${periodText(p, lang)}?` })),
  };
}
