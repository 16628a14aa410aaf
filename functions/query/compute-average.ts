/**
 * Averages: the same measure across the organisations named ("snit af Hedensted og Skanderborg"), over the
 * years of a span ("2017-2019 gns pr. år"), or one figure for a span spread over its months or years
 * ("on average per month from September 2016 to August 2017"). Every term must be there: an organisation or
 * year without a figure refuses the average, naming it, since a mean of the figures that happen to exist is
 * a confident wrong number. A measure that is itself an average ("Gennemsnitlig nettoudgift …") is looked up.
 */
import { MONTH_NAMES } from '../domain/months.js';
import { granularity, periodEnd, periodStart } from '../domain/period.js';
import { fold, rateAsked, type Frame } from '../domain/query/index.js';
import { findNumbers, type NumberMention } from '../domain/query/numbers.js';
import { computedAnswer, fmt, namesakes, orgName, pickKind, refusal, type Ctx } from './answer-kit.js';
import { average, isRefusal, spread } from './compute.js';
import { twoFigures } from './compute-answer.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { lookup } from './lookup-answer.js';
import { yearsToAdd } from './operands.js';
import { sameSpan } from './period-keys.js';
import { decide, resolve, type Candidate } from './resolve.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { formatValue, unitFamily } from './units.js';
import { periodText, say } from './wording.js';

/** A measure that is itself a mean; not "niveau med klyngens gennemsnit", "cluster-average level": a level it is measured against. */
const AVERAGE_NAME = /(?<!\b(?:klyngens|landets|cluster|national)[- ])\b(?:gennemsnit\w*|average|mean)\b/;
/** "kun", "only", "fra august", "from March": the question says a year's figure covers part of the year. */
const PART_SAID = new RegExp(`\\b(?:kun|only|${[...MONTH_NAMES.da, ...MONTH_NAMES.en].map((m) => m.toLowerCase()).filter((m) => m !== 'may').join('|')})\\b`);
/** A mean said in words, as against a rate alone ("pr. måned"). */
const MEAN_SAID = /\b(?:gns|gnsn|snit\w*|gennemsnit\w*|average\w*|mean)\b/;
/** A measure that is a rate per unit of time. */
const RATE_NAME = /\b(?:pr\.? (?:maaned|md|aar|uge)|per (?:month|year|week)|om (?:maaneden|aaret|ugen)|(?<!\b(?:within|in|for|after|under|over|than) )a (?:month|year|week)|aarlig\w*|maanedlig\w*|ugentlig\w*|annual\w*|yearly|monthly|weekly)\b/;
/** People on support (full-time or full-year persons) or anything counted at a date: a level, not a flow over time. */
function isLevel(x: ResolvedFigure): boolean {
  return x.unit === 'full-time-persons' || x.unit === 'full-year-persons' || granularity(x.period) === 'day';
}
/** How many of each time unit a year holds (a year is 52 weeks, as the documents count). */
const IN_A_YEAR = { month: 12, quarter: 4, week: 52, year: 1 } as const;
type Per = keyof typeof IN_A_YEAR;
/** The time unit a measure's own name is a rate in: "Årlig reduktion …" a year, "timer pr. uge" a week; 'other' for one not told. */
function rateOfName(name: string): Per | 'other' | undefined {
  if (/\b(?:aarlig\w*|annual\w*|yearly)\b/.test(name)) return 'year';
  if (/\b(?:ugentlig\w*|weekly)\b/.test(name)) return 'week';
  return rateAsked(name) ?? (RATE_NAME.test(name) ? 'other' : undefined);
}
/** How many time units a figure of whole months spans: 36 months are 36 months, 12 quarters, 156 weeks (whole years only) or 3 years. */
function unitsIn(months: number, per: Per): number | undefined {
  if (per === 'month') return months;
  if (per === 'quarter') return months % 3 === 0 ? months / 3 : undefined;
  if (months % 12 !== 0) return undefined;
  return (months / 12) * IN_A_YEAR[per];
}

export async function averageAnswer(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const name = fold(`${c.kpi.name.da} ${c.kpi.name.en}`);
  const asLookup = () => lookup({ ...ctx, f: { ...f, operation: 'lookup' } }, c, alternatives);
  const per = f.per;
  if (AVERAGE_NAME.test(name)) return asLookup();
  const kind = pickKind(ctx, c).kind;
  const pool = c.mine.filter((x) => x.kind === kind);
  // "jobkonsulenttimer pr. uge", "Årlig reduktion …": a measure that is itself a rate is looked up when only its rate is
  // asked; a yearly rate asked per month, quarter or week is divided by the units of a year ("50 / 4 kvartaler").
  const own = rateOfName(name);
  if (own && !MEAN_SAID.test(f.text)) {
    const asked = f.periods[0] && resolvePeriod(f.periods[0], pool).period;
    // A yearly rate over a span ("om året i perioden 2015-2018") is one rate when every year of it gives the same.
    const years = asked && /^\d{4}--\d{4}$/.test(asked) ? yearsToAdd(pool, asked)?.figures : undefined;
    const steady = years?.every((y) => y.value === years[0]!.value) ? years[0] : undefined;
    const x = own === 'year' && per && per !== 'year' ? (choosePeriod(pool, asked).figure ?? steady) : undefined;
    const family = x && unitFamily(x.unit);
    if (!x || !per || (family !== 'count' && family !== 'money')) return asLookup();
    const wrong = misstated(f, x);
    if (wrong) return refusal(lang, 'no-figure', say.notRestated(lang, formatValue(wrong.value, 'dkk', wrong.scale, lang), c.kpi.name[lang], fmt(x, lang)));
    return computedAnswer(ctx, c, spread([x], IN_A_YEAR[per], per, lang), alternatives);
  }
  const missing = (what: string) => refusal(lang, 'no-figure', say.missingOperand(lang, `${c.kpi.name[lang]} (${what})`));
  if (f.orgs.length >= 2) {
    const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], pool).period;
    const first = choosePeriod(pool, asked).figure;
    if (!first) return missing(`${orgName(ctx.cat, c.org)}${asked ? `, ${periodText(asked, lang)}` : ''}`);
    // Each organisation's figure of the same measure, kind and period: on this KPI or its namesake for that organisation.
    const all = [c.all, ...(await namesakes(ctx, c.kpi)).map((x) => x.all)].flat().filter((x) => x.kind === kind && x.period === first.period);
    const figures: ResolvedFigure[] = [];
    for (const ids of f.orgs) {
      const x = all.find((y) => ids.includes(y.orgId));
      if (!x) return missing(`${orgName(ctx.cat, ids[0]!)}, ${periodText(first.period, lang)}`);
      if (!figures.includes(x)) figures.push(x);
    }
    return computedAnswer(ctx, c, average(figures, lang), alternatives);
  }
  const span = f.periods.length >= 2 ? undefined : f.periods[0] && resolvePeriod(f.periods[0], pool).period;
  // "2017, 2018 og 2019": each period named; "2017-2019": each year of the span, whole years only.
  const named = f.periods.length >= 2 ? f.periods.map((p) => resolvePeriod(p, pool).period) : undefined;
  if (named) {
    const figures: ResolvedFigure[] = [];
    for (const p of named) {
      const x = pool.find((y) => sameSpan(y.period, p));
      if (!x) return missing(periodText(p, lang));
      figures.push(x);
    }
    return computedAnswer(ctx, c, average(figures, lang), alternatives);
  }
  // No period named ("ca. 10 mio. kr. årligt … pr. måned"): the measure's own figure, the newest, is spread.
  if (!span && !(per && !f.periods.length)) return asLookup();
  // "for de 10 måneder af 2017" of a figure kept for the whole year: the question says how many months it covers.
  const said = span ? /^@m(\d{1,2})-(\d{4})$/.exec(span) : null;
  const whole = span ? pool.find((x) => sameSpan(x.period, said ? said[2]! : span)) : choosePeriod(pool, undefined).figure;
  const monthsSaid = said ? Number(said[1]) : f.monthsSaid;
  const years = span && /^\d{4}--\d{4}$/.test(span) ? yearsToAdd(pool, span) : undefined;
  if (span && years && !whole) {
    const from = Number(span.slice(0, 4));
    const to = Number(span.slice(6, 10));
    const gap = Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).find((y) => !years.figures.some((x) => x.period === y));
    if (gap) return missing(periodText(gap, lang));
    // "2018 (pr. 31. maj)": a mean per year over a year kept only in part would be a wrong number.
    if (years.partial.length) return refusal(lang, 'no-figure', say.partYearInMean(lang, c.kpi.name[lang], periodText(years.partial[0]!.period, lang)));
    // A flow per year ("1.125 t.kr. pr. år"); a share or caseload averaged over years is just its mean.
    const flow = ['count', 'money'].includes(unitFamily(years.figures[0]!.unit));
    // "i gennemsnit pr. måned over 2017-2019": the years' sum over their months, never the mean per year.
    if (flow && per && per !== 'year') {
      if (isLevel(years.figures[0]!)) return refusal(lang, 'no-figure', say.levelNotFlow(lang, c.kpi.name[lang], periodText(span, lang)));
      return computedAnswer(ctx, c, spread(years.figures, years.figures.length * IN_A_YEAR[per], per, lang), alternatives);
    }
    return computedAnswer(ctx, c, average(years.figures, lang, flow ? (lang === 'da' ? 'år' : 'year') : undefined), alternatives);
  }
  // One figure for the span, spread evenly over its months or years: a flow of heads or kroner, never a share or a rank.
  const months = whole && wholeMonths(whole.period);
  const family = whole && unitFamily(whole.unit);
  if (whole && months && (family === 'count' || family === 'money')) {
    const within = per && per !== 'year';
    // Fewer months (or weeks) said than the figure's period has: the figure is for those (a post filled from 1 March).
    const counted = per === 'month' && monthsSaid && monthsSaid < months ? monthsSaid : undefined;
    const weeks = per === 'week' && f.weeksSaid && f.weeksSaid < months * 5 ? f.weeksSaid : undefined;
    // "covers only the months from August": the year's figure is for fewer months than the year, and the question does not say how many.
    if (within && !counted && !weeks && /^\d{4}$/.test(whole.period) && PART_SAID.test(f.text)) return refusal(lang, 'no-figure', say.monthsUnsaid(lang, periodText(whole.period, lang)));
    const n = counted ?? weeks ?? unitsIn(months, per ?? 'year');
    // People on support (full-time persons, a count at a date) are a level: spread over months it means nothing.
    if (n && n >= 2 && isLevel(whole)) return refusal(lang, 'no-figure', say.levelNotFlow(lang, c.kpi.name[lang], periodText(whole.period, lang)));
    const wrong = n && n >= 2 ? misstated(f, whole) : undefined;
    if (wrong) return refusal(lang, 'no-figure', say.notRestated(lang, formatValue(wrong.value, 'dkk', wrong.scale, lang), c.kpi.name[lang], fmt(whole, lang)));
    if (n && n >= 2) {
      const notes = counted || weeks ? [say.monthsSaid(lang, (counted ?? weeks)!, periodText(whole.period, lang), !!weeks)] : [];
      return computedAnswer(ctx, c, spread([whole], n, per ?? 'year', lang), alternatives, undefined, notes);
    }
    // "pr. år i 2018" of a yearly figure: the figure itself.
    if (n === 1) return asLookup();
  }
  // "hvor mange unge på forsørgelse pr. måned": people on support are a level, whatever periods are stored.
  const level = pool.find(isLevel);
  if (level && !MEAN_SAID.test(f.text)) return refusal(lang, 'no-figure', say.levelNotFlow(lang, c.kpi.name[lang], periodText(span ?? level.period, lang)));
  if (!span) return asLookup();
  return missing(lang === 'da' ? `tal for hvert år i ${periodText(span, lang)}` : `figures for each year of ${periodText(span, lang)}`);
}

/** Documents round what they restate: "ca. 15,6 mio. kr." is a stored 15.62 mio., "about 140" a stored 140. */
export const RESTATED_MARGIN = 0.01;
/** "18-29", "104 uger", "2015": an age range, a time span or a year said beside the rate, never the figure restated. */
const NOT_RESTATED_AFTER = /^\s*(?:[-–]\s*\d|-?\s*(?:aar\w*|years?|uger?|weeks?|maaned\w*|months?|mdr\w*|kvartal\w*|quarters?)\b)/;

/**
 * "KL's langsigtede potentiale på ca. 25 mio. kr. om året – pr. måned?", "an in-flow of about 140 a year – per week?": a
 * rate asked of a figure the question restates is spread from the measure holding that number (kroner stated against
 * money, a bare number against a count); when no measure holds it, the ranking stands as it was.
 */
export function restatedFirst(ranked: Candidate[], f: Pick<Frame, 'operation' | 'per' | 'text' | 'lang'>, codes: string[] = []): Candidate[] {
  if (f.operation !== 'average' || !f.per) return ranked;
  // "UE 02", "BIC 07" (codes of the cases named, folded): a case's code is no number said.
  const text = codes.flatMap((code) => [code, code.replace(/\s+/g, '')]).reduce((t, code) => t.split(code).join(' '), f.text);
  const said = restated({ text, lang: f.lang });
  const holders = said.length ? ranked.filter((c) => c.mine.some((x) => said.some((n) => sameAmount(n, x)))) : [];
  return holders.length ? holders : ranked;
}

/** The numbers a rate question restates as the figure: not an age range, a year, nor a span of time. */
function restated(f: Pick<Frame, 'text' | 'lang'>): NumberMention[] {
  return findNumbers(f.text, f.lang).filter(
    (n) => !(n.value >= 1900 && n.value <= 2100 && !n.unit) && !NOT_RESTATED_AFTER.test(f.text.slice(n.end)) && !/[-–]\s*$/.test(f.text.slice(0, n.start)),
  );
}

/** Kroner stated against money, a bare number against a count, within RESTATED_MARGIN. */
function sameAmount(n: NumberMention, x: ResolvedFigure): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * RESTATED_MARGIN;
  const family = unitFamily(x.unit);
  return family === 'money' ? n.unit === 'dkk' && near(n.value * n.scale, x.value * x.scale) : !n.unit && family === 'count' && near(n.value, x.value);
}

/** An amount in kroner the question restates that the figure to spread is not ("ca. 25 mio. kr." of a 10 mio. kr. figure). */
function misstated(f: Pick<Frame, 'text' | 'lang'>, x: ResolvedFigure): NumberMention | undefined {
  if (unitFamily(x.unit) !== 'money') return undefined;
  const kroner = restated(f).filter((n) => n.unit === 'dkk');
  return kroner.some((n) => sameAmount(n, x)) ? undefined : kroner[0];
}

/** How many whole calendar months a period covers: "2016-09--2017-08" is 12; undefined unless it starts on a 1st and ends on a month's last day. */
function wholeMonths(period: string): number | undefined {
  const start = periodStart(period);
  const end = periodEnd(period);
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (!start.endsWith('-01') || next.getUTCDate() !== 1) return undefined;
  const months = (next.getUTCFullYear() - Number(start.slice(0, 4))) * 12 + (next.getUTCMonth() + 1 - Number(start.slice(5, 7)));
  return months > 0 ? months : undefined;
}

/**
 * "gennemsnittet af de tre kommuner": the measure the question names, in every municipality that has it for
 * the same kind and period (never a cluster or the national level). A number said must be the number found:
 * "de tre kommuner" with figures for two refuses. Asked before the usual choice, which would ask which
 * municipality is meant.
 */
export async function averageOverAll(ctx: Ctx): Promise<Answer | undefined> {
  const { f, lang, cat } = ctx;
  if (f.operation !== 'average' || f.everyOrg === undefined || f.orgs.length) return undefined;
  const d = decide(await resolve(ctx.store, cat, f, { home: ctx.home }), f);
  const one = d.kind === 'ask' && d.options.every((o) => o.kpi.name.da === d.options[0]!.kpi.name.da) ? d.options[0] : undefined;
  const c = d.kind === 'answer' ? d.best : one;
  if (!c || AVERAGE_NAME.test(fold(`${c.kpi.name.da} ${c.kpi.name.en}`))) return undefined;
  const kind = pickKind(ctx, c).kind;
  const all = [c.all, ...(await namesakes(ctx, c.kpi)).map((x) => x.all)].flat().filter((x) => x.kind === kind && cat.orgs.get(x.orgId)?.kind === 'municipality');
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], all).period;
  const first = choosePeriod(all, asked).figure;
  const figures = first ? all.filter((x) => x.period === first.period) : [];
  if (!first || (f.everyOrg && figures.length !== f.everyOrg)) {
    return refusal(lang, 'no-figure', say.missingOperand(lang, lang === 'da' ? `tal for ${f.everyOrg || 'alle'} kommuner for ${c.kpi.name.da} (jeg har ${figures.length})` : `figures for ${f.everyOrg || 'all'} municipalities for ${c.kpi.name.en} (I have ${figures.length})`));
  }
  return computedAnswer(ctx, c, average(figures, lang), []);
}

/**
 * "Hvor mange procentpoint ligger gennemsnittet af Hedensted og Skanderborg over landsplan?" (frame.averaged): the
 * municipalities' mean, then set against the reference level's figure of the same measure, kind and period —
 * "(51 + 52) / 2 = 51,5; 51,5 − 39 = +12,5 procentpoint". A term or the level without that figure refuses.
 */
export async function meanAgainstReference(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang, cat } = ctx;
  const terms = f.averaged!;
  const reference = f.orgs.find((ids) => !terms.includes(ids));
  const kind = pickKind(ctx, c).kind;
  const all = [c.all, ...(await namesakes(ctx, c.kpi)).map((x) => x.all)].flat().filter((x) => x.kind === kind);
  const missing = (ids: string[], period?: string) => refusal(lang, 'no-figure', say.missingOperand(lang, `${c.kpi.name[lang]} (${orgName(cat, ids[0]!)}${period ? `, ${periodText(period, lang)}` : ''})`));
  if (!reference) return missing(terms[0]!);
  const theirs = all.filter((x) => reference.includes(x.orgId));
  const asked = f.latest ? undefined : f.periods[0] && resolvePeriod(f.periods[0], theirs).period;
  const level = choosePeriod(theirs, asked).figure;
  if (!level) return missing(reference, asked);
  const figures: ResolvedFigure[] = [];
  for (const ids of terms) {
    const x = all.find((y) => ids.includes(y.orgId) && y.period === level.period);
    if (!x) return missing(ids, level.period);
    figures.push(x);
  }
  const mean = average(figures, lang);
  if (isRefusal(mean)) return computedAnswer(ctx, c, mean, alternatives);
  const result = twoFigures(f, { ...figures[0]!, value: mean.value }, level, lang);
  if (isRefusal(result)) return computedAnswer(ctx, c, result, alternatives);
  return computedAnswer(ctx, c, { ...result, expression: `${mean.expression}; ${result.expression}`, operands: [...figures, level] }, alternatives);
}
