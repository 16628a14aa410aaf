/**
 * Arithmetic on stored figures, with its working: each operand keeps its source, and the result says
 * what was done ("1.869 − 1.959 = −90 fuldtidspersoner"). Never across units or periods that do not line
 * up: then the result is a refusal that says why. Pure.
 */
import { granularity, periodEnd, type Lang } from '../domain/period.js';
import type { Operation } from '../domain/query/index.js';
import type { ResolvedFigure } from './types.js';
import { formatValue, unitFamily, unitLabel } from './units.js';
import { formatNumber } from '../domain/format.js';

export type Direction = 'up' | 'down' | 'none';

/**
 * What was done: the frame's operations, plus two that only arise from what the question states
 * alongside the stored figures: a product (a share of a whole in heads, a count times a cost each) and a
 * per-unit figure (a cost over the places, participants or positions it pays for); and a whole less a part
 * asked as "ekskl." / "excluding", which is the rest by another name.
 */
export type ComputedOperation = Operation | 'product' | 'per-unit' | 'excluding' | 'percent-difference';

export interface Computed {
  operation: ComputedOperation;
  /**
   * Signed (a − b; for a rank's change the places gained, b − a), or its size when the question asked for a distance or
   * for the direction it went ("hvor meget faldt").
   */
  value: number;
  /** Which way a − b goes: above or below, more or fewer, a rise or a fall. */
  direction?: Direction;
  /** The result's unit as the API names it: "percentage points", "percent", "times", or the operands'. */
  unit: string;
  valueText: string;
  /** "1.869 − 1.959 = −90 fuldtidspersoner". */
  expression: string;
  /** The operands in the order of the expression. */
  operands: ResolvedFigure[];
  period: string;
}

export interface Refusal {
  refused: string;
}

const WHY: Record<'units' | 'periods' | 'zero', Record<Lang, string>> = {
  units: { da: 'tallene har ikke samme enhed', en: 'the figures are not in the same unit' },
  periods: { da: 'tallene dækker ikke samme slags periode', en: 'the figures do not cover the same kind of period' },
  zero: { da: 'der kan ikke deles med nul', en: 'it cannot be divided by zero' },
};

/** The same unit (money in any scale); periods the same, alike (a year against a year) or any (a status against a target). */
function lineUp(a: ResolvedFigure, b: ResolvedFigure, periods: 'same' | 'alike' | 'any', lang: Lang): Refusal | undefined {
  // Persons against full-time persons is as wrong as kroner against persons; only money's scale converts.
  if (a.unit !== b.unit) return { refused: WHY.units[lang] };
  if (periods === 'same' && a.period !== b.period) return { refused: WHY.periods[lang] };
  if (periods === 'alike' && granularity(a.period) !== granularity(b.period) && !isLevel(a.unit)) return { refused: WHY.periods[lang] };
  return undefined;
}

/**
 * A share, a ratio (a caseload) or a rank is a level, never summed over its period: "ca. 80 sager" in 2015
 * and "ca. 50" in September 2017 line up. A count or an amount for a year may be the year's total, so it
 * does not line up with a month's.
 */
function isLevel(unit: string): boolean {
  const family = unitFamily(unit);
  return family === 'percent' || family === 'ratio' || family === 'rank';
}

/** b expressed in a's scale (both money: 1.000 kr. against mio. kr.). */
function inScaleOf(b: ResolvedFigure, a: ResolvedFigure): number {
  return (b.value * b.scale) / a.scale;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function resultText(value: number, like: ResolvedFigure, lang: Lang, percentagePoints: boolean): { text: string; unit: string } {
  if (percentagePoints) {
    const n = formatNumber(value, lang, { maxDecimals: 1 });
    return { text: lang === 'da' ? `${n} procentpoint` : `${n} percentage points`, unit: 'percentage points' };
  }
  return { text: formatValue(value, like.unit, like.scale, lang), unit: unitLabel(like.unit, like.scale) };
}

/** The result in the operands' own scale, so the working reads as one sum: "275.246 − 274.778 = +468 t.kr.". */
function workingText(value: number, like: ResolvedFigure, lang: Lang, percentagePoints: boolean): string {
  if (like.unit !== 'dkk' || like.scale === 1) return resultText(value, like, lang, percentagePoints).text;
  const n = formatNumber(value, lang, { maxDecimals: 3 });
  const scale = like.scale === 1000 ? (lang === 'da' ? 't.kr.' : 'DKK thousand') : like.scale === 1_000_000 ? (lang === 'da' ? 'mio. kr.' : 'DKK million') : lang === 'da' ? 'kr.' : 'DKK';
  return `${n} ${scale}`;
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text.replace(/^-/, '−'));
const plain = (f: ResolvedFigure, lang: Lang) => formatNumber(f.value, lang, { maxDecimals: 3 });

/**
 * a − b: a change (b earlier), a difference between organisations or measures, the gap to a target or
 * budget. The result always says its direction ("et fald på 90 fuldtidspersoner", "382 personer over
 * målet"). Its value is signed, but the size alone when the question asked for a distance ("hvor langt",
 * "mangler") or for the direction it went ("hvor meget faldt" of a fall).
 */
export function subtract(
  operation: Operation,
  a: ResolvedFigure,
  b: ResolvedFigure,
  lang: Lang,
  options: { periods: 'same' | 'alike' | 'any'; distance?: boolean; asked?: 'up' | 'down' },
): Computed | Refusal {
  const bad = lineUp(a, b, options.periods, lang);
  if (bad) return bad;
  const signedValue = round(a.value - inScaleOf(b, a));
  // A place in a ranking moves up as its number falls: from nr. 10 to nr. 4 is six places up.
  const rank = unitFamily(a.unit) === 'rank';
  const way = rank ? -signedValue : signedValue;
  const direction: Direction = way > 0 ? 'up' : way < 0 ? 'down' : 'none';
  const size = options.distance || (!!options.asked && options.asked === direction);
  // A move in a ranking over time is counted as places gained ("climbed by how many places" of nr. 10 → nr. 4
  // is 6), not as the rank number's change; between two organisations a − b is the places behind.
  const value = size ? Math.abs(signedValue) : rank && operation === 'change' ? way : signedValue;
  const pp = a.unit === 'percent';
  const r = rank ? { text: places(Math.abs(signedValue), lang), unit: unitLabel(a.unit, a.scale) } : resultText(Math.abs(signedValue), a, lang, pp);
  const period = spanOfTwo(a, b);
  const said = rank ? rankText(operation, direction, r.text, lang) : directionText(operation, direction, r.text, unitFamily(a.unit), lang);
  const working = rank ? `${signedValue < 0 ? '−' : signedValue > 0 ? '+' : ''}${r.text}` : signed(workingText(signedValue, a, lang, pp), signedValue);
  const expression = `${plain(a, lang)} − ${plain(b, lang)} = ${working} (${said})`;
  return { operation, value, direction, unit: r.unit, valueText: said, expression, operands: [a, b], period };
}

const WAY: Record<string, Record<Lang, Record<'up' | 'down' | 'none', (x: string) => string>>> = {
  change: {
    da: { up: (x) => `en stigning på ${x}`, down: (x) => `et fald på ${x}`, none: () => 'uændret' },
    en: { up: (x) => `an increase of ${x}`, down: (x) => `a decrease of ${x}`, none: () => 'unchanged' },
  },
  'versus-target': {
    da: { up: (x) => `${x} over målet`, down: (x) => `${x} under målet`, none: () => 'præcis på målet' },
    en: { up: (x) => `${x} above the target`, down: (x) => `${x} below the target`, none: () => 'exactly on target' },
  },
  'versus-budget': {
    da: { up: (x) => `${x} over budgettet`, down: (x) => `${x} under budgettet`, none: () => 'præcis som budgetteret' },
    en: { up: (x) => `${x} above the budget`, down: (x) => `${x} below the budget`, none: () => 'exactly as budgeted' },
  },
};

const places = (n: number, lang: Lang) => `${formatNumber(n, lang)} ${lang === 'da' ? (n === 1 ? 'plads' : 'pladser') : n === 1 ? 'place' : 'places'}`;

/** A move in a ranking: "6 pladser frem", "2 places behind". */
function rankText(operation: Operation, direction: Direction, size: string, lang: Lang): string {
  if (direction === 'none') return lang === 'da' ? 'samme placering' : 'the same place';
  const change = operation === 'change';
  if (lang === 'da') return `${size} ${direction === 'up' ? (change ? 'frem' : 'foran') : change ? 'tilbage' : 'bagefter'}`;
  return `${size} ${direction === 'up' ? (change ? 'up' : 'ahead') : change ? 'down' : 'behind'}`;
}

/** The result in words with its direction: "et fald på 90 fuldtidspersoner", "12 procentpoint højere". */
export function directionText(operation: Operation, direction: Direction, size: string, family: string, lang: Lang): string {
  const way = WAY[operation]?.[lang];
  if (way) return way[direction](size);
  if (direction === 'none') return lang === 'da' ? 'ingen forskel' : 'no difference';
  const count = family === 'count';
  const word = lang === 'da' ? (direction === 'up' ? (count ? 'flere' : 'højere') : count ? 'færre' : 'lavere') : direction === 'up' ? (count ? 'more' : 'higher') : count ? 'fewer' : 'lower';
  return `${size} ${word}`;
}

/**
 * (a − b) / b in percent: how much a changed relative to b. Signed, but its size when the question asked
 * for the way it went ("hvor mange procent faldt" of a fall is 4,6, "et fald på 4,6 %").
 */
export function percentChange(a: ResolvedFigure, b: ResolvedFigure, lang: Lang, options: { asked?: 'up' | 'down'; compared?: boolean; periods?: 'same' | 'any' } = {}): Computed | Refusal {
  // Two organisations or measures compared ("procent højere end landsplan") are set side by side: the same period
  // (an actual against a target: any, as the gap to a target is).
  const bad = lineUp(a, b, options.periods ?? (options.compared ? 'same' : 'alike'), lang);
  if (bad) return bad;
  if (b.value === 0) return { refused: WHY.zero[lang] };
  const value = round(((a.value - inScaleOf(b, a)) / inScaleOf(b, a)) * 100);
  const n = formatNumber(value, lang, { maxDecimals: 1 });
  const text = lang === 'da' ? `${n} %` : `${n}%`;
  const size = formatNumber(Math.abs(value), lang, { maxDecimals: 1 });
  const direction: Direction = value > 0 ? 'up' : value < 0 ? 'down' : 'none';
  const said = directionText(options.compared ? 'difference' : 'change', direction, lang === 'da' ? `${size} %` : `${size}%`, 'percent', lang);
  return {
    operation: options.compared ? 'percent-difference' : 'percent-change',
    value: options.asked === 'down' && direction === 'down' ? -value : value,
    direction,
    unit: 'percent',
    valueText: said,
    expression: `(${plain(a, lang)} − ${plain(b, lang)}) / ${plain(b, lang)} = ${signed(text, value)} (${said})`,
    operands: [a, b],
    period: options.compared ? a.period : `${firstPart(b.period)}--${lastPart(a.period)}`,
  };
}

/** part / whole in percent: "4 / 51 = 7,8 %". One unit; the periods as the caller says they must line up. */
export function share(part: ResolvedFigure, whole: ResolvedFigure, lang: Lang, periods: 'same' | 'any'): Computed | Refusal {
  // "af dem, der kom til fra februar til august, var stadig … pr. 31. august": a status on the last day of the whole's span counts within it.
  const cohort = granularity(part.period) === 'day' && granularity(whole.period) === 'range' && periodEnd(whole.period) === part.period;
  const bad = lineUp(part, whole, cohort ? 'any' : periods, lang);
  if (bad) return bad;
  if (whole.value === 0) return { refused: WHY.zero[lang] };
  const value = round((part.value / inScaleOf(whole, part)) * 100);
  const n = formatNumber(value, lang, { maxDecimals: 1 });
  const text = lang === 'da' ? `${n} %` : `${n}%`;
  return { operation: 'share', value, unit: 'percent', valueText: text, expression: `${plain(part, lang)} / ${plain(whole, lang)} = ${text}`, operands: [part, whole], period: part.period };
}

/** Parts added up over their whole: "(4 + 12) / 150 = 10,7 %" (in work or in a placement, of those planned). */
export function shareOfParts(parts: ResolvedFigure[], whole: ResolvedFigure, lang: Lang, periods: 'same' | 'any'): Computed | Refusal {
  if (parts.length === 1) return share(parts[0]!, whole, lang, periods);
  const total = sum(parts, lang);
  if (isRefusal(total)) return total;
  const r = share({ ...parts[0]!, value: total.value }, whole, lang, periods);
  if (isRefusal(r)) return r;
  for (const p of parts.slice(1)) if (isRefusal(share(p, whole, lang, periods))) return share(p, whole, lang, periods);
  return { ...r, expression: `(${parts.map((x) => plain(x, lang)).join(' + ')}) / ${plain(whole, lang)} = ${r.valueText}`, operands: [...parts, whole] };
}

/** Stored shares of one whole for outcomes that exclude each other, added up: "24 % + 22 % = 46 %". Same period only. */
export function sharesTogether(shares: ResolvedFigure[], lang: Lang): Computed | Refusal {
  const first = shares[0]!;
  if (shares.some((x) => x.unit !== 'percent')) return { refused: WHY.units[lang] };
  if (shares.some((x) => x.period !== first.period)) return { refused: WHY.periods[lang] };
  const value = round(shares.reduce((s, x) => s + x.value, 0));
  if (value > 100) return { refused: lang === 'da' ? 'andelene er tilsammen over 100 %, så de udelukker ikke hinanden' : 'the shares add up to more than 100%, so they overlap' };
  const pct = (n: number) => (lang === 'da' ? `${formatNumber(n, lang, { maxDecimals: 1 })} %` : `${formatNumber(n, lang, { maxDecimals: 1 })}%`);
  return { operation: 'share', value, unit: 'percent', valueText: pct(value), expression: `${shares.map((x) => pct(x.value)).join(' + ')} = ${pct(value)}`, operands: shares, period: first.period };
}

/** The whole less its parts: "180 − 22 − 45 = 113 personer" (neither in work nor job-ready). */
export function rest(whole: ResolvedFigure, parts: ResolvedFigure[], lang: Lang, periods: 'same' | 'any'): Computed | Refusal {
  for (const p of parts) {
    const bad = lineUp(whole, p, periods, lang);
    if (bad) return bad;
  }
  const value = round(parts.reduce((left, p) => left - inScaleOf(p, whole), whole.value));
  if (value < 0) return { refused: lang === 'da' ? 'delene er tilsammen større end helheden' : 'the parts add up to more than the whole' };
  const r = resultText(value, whole, lang, false);
  return { operation: 'rest', value, unit: r.unit, valueText: r.text, expression: `${[whole, ...parts].map((x) => plain(x, lang)).join(' − ')} = ${r.text}`, operands: [whole, ...parts], period: whole.period };
}

/**
 * A ratio as the card says it, to two decimals ("0,73 gange"; a small one to two significant digits): the number
 * answered is the number shown, never a longer one the working does not show.
 */
function shownRatio(raw: number): number {
  return Math.abs(raw) >= 0.1 ? Math.round(raw * 100) / 100 : Number(raw.toPrecision(2));
}

/** a / b: "hvor mange gange så høj". */
export function divide(a: ResolvedFigure, b: ResolvedFigure, lang: Lang, periods: 'alike' | 'same' | 'any' = 'alike'): Computed | Refusal {
  const bad = lineUp(a, b, periods, lang);
  if (bad) return bad;
  if (b.value === 0) return { refused: WHY.zero[lang] };
  const value = shownRatio(a.value / inScaleOf(b, a));
  const n = formatNumber(value, lang, { maxDecimals: 4 });
  const text = lang === 'da' ? `${n} gange` : `${n} times`;
  return { operation: 'ratio', value, unit: 'times', valueText: text, expression: `${plain(a, lang)} / ${plain(b, lang)} = ${n}`, operands: [a, b], period: spanOfTwo(a, b) };
}

/**
 * The figures added up: yearly figures over a span. Money, counts; never shares, ranks or caseloads.
 * A count asked "hvor mange" is a size: flows a table gives as negative (−120 kontaktforløb, fewer) add
 * up to their size, said as fewer.
 */
export function sum(figures: ResolvedFigure[], lang: Lang, options: { size?: boolean } = {}): Computed | Refusal {
  const first = figures[0]!;
  const family = unitFamily(first.unit);
  if (family === 'percent' || family === 'rank' || family === 'ratio') return { refused: lang === 'da' ? 'andele, placeringer og forholdstal kan ikke lægges sammen' : 'shares, ranks and ratios cannot be added up' };
  if (figures.some((f) => f.unit !== first.unit || f.scale !== first.scale)) return { refused: WHY.units[lang] };
  const total = round(figures.reduce((s, f) => s + f.value, 0));
  const fewer = !!options.size && family === 'count' && total < 0;
  const value = fewer ? -total : total;
  const r = resultText(value, first, lang, false);
  return {
    operation: 'sum',
    value,
    ...(fewer ? { direction: 'down' as const } : {}),
    unit: r.unit,
    valueText: r.text,
    expression: `${figures.map((f) => plain(f, lang)).join(' + ')} = ${signed(workingText(total, first, lang, false), fewer ? total : 0)}${fewer ? ` (${directionText('sum', 'down', r.text, family, lang)})` : ''}`,
    operands: figures,
    period: figures.every((f) => f.period === first.period) ? first.period : `${firstPart(first.period)}--${lastPart(figures[figures.length - 1]!.period)}`,
  };
}

/** Each group's figures added, then the groups: "(225 + 225) + (450 + 450 + 450) + 475 = 2.275 t.kr.". */
export function sumOfGroups(groups: ResolvedFigure[][], lang: Lang, options: { size?: boolean } = {}): Computed | Refusal {
  const r = sum(groups.flat(), lang, options);
  if (isRefusal(r)) return r;
  const terms = groups.map((g) => (g.length > 1 ? `(${g.map((x) => plain(x, lang)).join(' + ')})` : plain(g[0]!, lang))).join(' + ');
  return { ...r, expression: `${terms}${r.expression.slice(r.expression.indexOf(' = '))}` };
}

/**
 * The mean of figures in one unit and scale: "(844 + 1.688 + 844) / 3 = 1.125,3 t.kr.", "(42 + 34) / 2 = 38 %".
 * Shares average like any other figure (each organisation weighs the same); places in a ranking do not.
 * `per` is what one of the n stands for when the mean is per period ("år"), said after the value.
 */
export function average(figures: ResolvedFigure[], lang: Lang, per?: string): Computed | Refusal {
  const first = figures[0]!;
  if (figures.length < 2) return { refused: lang === 'da' ? 'et gennemsnit kræver mindst to tal' : 'an average needs at least two figures' };
  if (unitFamily(first.unit) === 'rank') return { refused: lang === 'da' ? 'placeringer kan ikke lægges sammen til et gennemsnit' : 'ranks cannot be averaged' };
  if (figures.some((f) => f.unit !== first.unit || f.scale !== first.scale)) return { refused: WHY.units[lang] };
  const value = round(figures.reduce((s, f) => s + f.value, 0) / figures.length);
  const r = resultText(value, first, lang, false);
  // A mean of millions keeps the decimals its working shows ("17,95 mio. kr.", not "18,0").
  const said = first.unit === 'dkk' && first.scale === 1_000_000 ? workingText(round(value * 100) / 100, first, lang, false) : r.text;
  const text = per ? `${said} ${lang === 'da' ? 'pr.' : 'per'} ${per}` : said;
  const periods = [...new Set(figures.map((f) => f.period))].sort();
  return {
    operation: 'average',
    value,
    unit: r.unit,
    valueText: text,
    expression: `(${figures.map((f) => plain(f, lang)).join(' + ')}) / ${figures.length} = ${workingText(value, first, lang, false)}`,
    operands: figures,
    period: periods.length === 1 ? periods[0]! : `${firstPart(periods[0]!)}--${lastPart(periods.at(-1)!)}`,
  };
}

/** The words of a time unit: what a rate is "per" and what its divisor counts ("550 t.kr. / 12 mdr."). */
const TIME_UNIT: Record<'month' | 'quarter' | 'week' | 'year', Record<Lang, [string, string]>> = {
  month: { da: ['måned', 'mdr.'], en: ['month', 'months'] },
  quarter: { da: ['kvartal', 'kvartaler'], en: ['quarter', 'quarters'] },
  week: { da: ['uge', 'uger'], en: ['week', 'weeks'] },
  year: { da: ['år', 'år'], en: ['year', 'years'] },
};

/**
 * The figures of a span added up and spread evenly over its n months, quarters, weeks or years: "184 / 12 mdr. =
 * 15,3 personer pr. måned", "(1.400 + 1.400 + 1.400) / 36 mdr. = 116,7 t.kr. pr. måned".
 */
export function spread(terms: ResolvedFigure[], n: number, per: keyof typeof TIME_UNIT, lang: Lang): Computed {
  const first = terms[0]!;
  const total = terms.reduce((s, x) => s + x.value, 0);
  const value = round(total / n);
  const [unit, count] = TIME_UNIT[per][lang];
  const text = `${formatValue(value, first.unit, first.scale, lang)} ${lang === 'da' ? 'pr.' : 'per'} ${unit}`;
  const said = terms.length > 1 ? `(${terms.map((x) => plain(x, lang)).join(' + ')})` : plain(first, lang);
  const periods = [...new Set(terms.map((x) => x.period))].sort();
  const period = periods.length === 1 ? periods[0]! : `${firstPart(periods[0]!)}--${lastPart(periods.at(-1)!)}`;
  return { operation: 'average', value, unit: unitLabel(first.unit, first.scale), valueText: text, expression: `${said} / ${n} ${count} = ${text}`, operands: terms, period };
}

/**
 * Each side's figures added up, then set against each other by `combine` (a difference, sum or ratio of the
 * two totals): "(290 + 1.161 + 1.161) − (500 + 500 + 500) = 2.612 − 1.500 = +1.112 t.kr.". Both sides must
 * cover the same span; a side of one figure stands as it is.
 */
export function ofTotals(
  as: ResolvedFigure[],
  bs: ResolvedFigure[],
  lang: Lang,
  combine: (a: ResolvedFigure, b: ResolvedFigure) => Computed | Refusal,
): Computed | Refusal {
  const total = (xs: ResolvedFigure[]): ResolvedFigure | Refusal => {
    if (xs.length === 1) return xs[0]!;
    const t = sum(xs, lang);
    return isRefusal(t) ? t : { ...xs[0]!, value: t.value, period: t.period };
  };
  const a = total(as);
  const b = total(bs);
  if ('refused' in a) return a;
  if ('refused' in b) return b;
  if ((as.length > 1 || bs.length > 1) && a.period !== b.period) return { refused: WHY.periods[lang] };
  const r = combine(a, b);
  if (isRefusal(r)) return r;
  if (as.length === 1 && bs.length === 1) return r;
  const side = (xs: ResolvedFigure[]) => (xs.length > 1 ? `(${xs.map((x) => plain(x, lang)).join(' + ')})` : plain(xs[0]!, lang));
  const sign = r.operation === 'sum' ? '+' : r.operation === 'ratio' ? '/' : '−';
  return { ...r, expression: `${side(as)} ${sign} ${side(bs)} = ${r.expression}`, operands: [...as, ...bs] };
}

/**
 * A share of a whole in heads ("24 % af 153 = ca. 37 personer"), rounded to whole heads and said as
 * "ca." since the share itself is rounded; or a count times a cost each ("10 × 337.417 kr."), exact.
 */
export function product(a: ResolvedFigure, b: ResolvedFigure, lang: Lang): Computed | Refusal {
  const [share, whole] = a.unit === 'percent' ? [a, b] : [b, a];
  if (share.unit === 'percent') {
    if (whole.unit === 'percent' || unitFamily(whole.unit) !== 'count') return { refused: WHY.units[lang] };
    const exact = (share.value / 100) * whole.value;
    const value = Math.round(exact);
    const r = resultText(value, whole, lang, false);
    const about = lang === 'da' ? `ca. ${r.text}` : `about ${r.text}`;
    const pct = lang === 'da' ? `${plain(share, lang)} %` : `${plain(share, lang)}%`;
    return { operation: 'product', value, unit: r.unit, valueText: about, expression: `${pct} × ${plain(whole, lang)} = ${formatNumber(exact, lang, { maxDecimals: 1 })} ≈ ${r.text}`, operands: [share, whole], period: whole.period };
  }
  const [each, count] = a.unit === 'dkk' ? [a, b] : [b, a];
  if (each.unit !== 'dkk' || unitFamily(count.unit) !== 'count' || count.unit === 'dkk') return { refused: WHY.units[lang] };
  const value = round(each.value * count.value);
  const r = resultText(value, each, lang, false);
  return { operation: 'product', value, unit: r.unit, valueText: r.text, expression: `${plain(count, lang)} × ${plain(each, lang)} = ${workingText(value, each, lang, false)}`, operands: [count, each], period: each.period };
}

/**
 * Money over a count: "1.600 t.kr. / 45 pladser = 35.556 kr. pr. plads". Always in kr., whatever scale the
 * cost is kept in, since a cost each is read in kroner. The periods must be alike (a year's cost over a
 * year's places), or the count a status (a number of places, positions) without a span of its own.
 * `unitName` says what one unit is ("ny egu-plads"), as the question named it.
 */
export function perUnit(cost: ResolvedFigure, count: ResolvedFigure, lang: Lang, unitName?: string): Computed | Refusal {
  if (cost.unit !== 'dkk' || count.unit === 'dkk' || unitFamily(count.unit) !== 'count') return { refused: WHY.units[lang] };
  if (count.value === 0) return { refused: WHY.zero[lang] };
  const value = round((cost.value * cost.scale) / count.value);
  const text = formatValue(value, 'dkk', 1, lang);
  const each = unitName ? `${text} ${lang === 'da' ? 'pr.' : 'per'} ${unitName}` : lang === 'da' ? `${text} pr. enhed` : `${text} each`;
  return { operation: 'per-unit', value, unit: 'kr.', valueText: each, expression: `${workingText(cost.value, cost, lang, false)} / ${plain(count, lang)} = ${text}`, operands: [cost, count], period: cost.period };
}

/** The period two operands cover together: the one they share, else from the earlier's start to the later's end. */
function spanOfTwo(a: ResolvedFigure, b: ResolvedFigure): string {
  if (a.period === b.period) return a.period;
  const [early, late] = b.period < a.period ? [b, a] : [a, b];
  return `${firstPart(early.period)}--${lastPart(late.period)}`;
}

export function isRefusal(x: Computed | Refusal): x is Refusal {
  return 'refused' in x;
}

function firstPart(p: string): string {
  return p.split('--')[0]!;
}

function lastPart(p: string): string {
  const parts = p.split('--');
  return parts[parts.length - 1]!;
}
