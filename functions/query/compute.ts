/**
 * Arithmetic on stored figures, with its working: each operand keeps its source, and the result says
 * what was done ("1.869 − 1.959 = −90 fuldtidspersoner"). Never across units or periods that do not line
 * up: then the result is a refusal that says why. Pure.
 */
import { granularity, type Lang } from '../domain/period.js';
import type { Operation } from '../domain/query/index.js';
import type { ResolvedFigure } from './types.js';
import { formatValue, unitFamily, unitLabel } from './units.js';
import { formatNumber } from '../domain/format.js';

export interface Computed {
  operation: Operation;
  value: number;
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
  if (periods === 'alike' && granularity(a.period) !== granularity(b.period)) return { refused: WHY.periods[lang] };
  return undefined;
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

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
const plain = (f: ResolvedFigure, lang: Lang) => formatNumber(f.value, lang, { maxDecimals: 3 });

/**
 * a − b: a change (b earlier), a difference between organisations or measures, the gap to a target or
 * budget. `distance` gives the size of the gap without its sign ("hvor mange mangler").
 */
export function subtract(operation: Operation, a: ResolvedFigure, b: ResolvedFigure, lang: Lang, options: { periods: 'same' | 'alike' | 'any'; distance?: boolean }): Computed | Refusal {
  const bad = lineUp(a, b, options.periods, lang);
  if (bad) return bad;
  let value = round(a.value - inScaleOf(b, a));
  if (options.distance) value = Math.abs(value);
  const pp = a.unit === 'percent';
  const r = resultText(value, a, lang, pp);
  const period = a.period === b.period ? a.period : `${firstPart(b.period < a.period ? b.period : a.period)}--${lastPart(b.period < a.period ? a.period : b.period)}`;
  const expression = options.distance
    ? `|${plain(a, lang)} − ${plain(b, lang)}| = ${r.text}`
    : `${plain(a, lang)} − ${plain(b, lang)} = ${signed(r.text, value)}`;
  return { operation, value, unit: r.unit, valueText: options.distance ? r.text : signed(r.text, value), expression, operands: [a, b], period };
}

/** (a − b) / b in percent: how much a changed relative to b. */
export function percentChange(a: ResolvedFigure, b: ResolvedFigure, lang: Lang): Computed | Refusal {
  const bad = lineUp(a, b, 'alike', lang);
  if (bad) return bad;
  if (b.value === 0) return { refused: WHY.zero[lang] };
  const value = round(((a.value - inScaleOf(b, a)) / inScaleOf(b, a)) * 100);
  const n = formatNumber(value, lang, { maxDecimals: 1 });
  const text = lang === 'da' ? `${n} %` : `${n}%`;
  return {
    operation: 'percent-change',
    value,
    unit: 'percent',
    valueText: signed(text, value),
    expression: `(${plain(a, lang)} − ${plain(b, lang)}) / ${plain(b, lang)} = ${signed(text, value)}`,
    operands: [a, b],
    period: `${firstPart(b.period)}--${lastPart(a.period)}`,
  };
}

/** a / b: "hvor mange gange så høj". */
export function divide(a: ResolvedFigure, b: ResolvedFigure, lang: Lang): Computed | Refusal {
  const bad = lineUp(a, b, 'alike', lang);
  if (bad) return bad;
  if (b.value === 0) return { refused: WHY.zero[lang] };
  const value = round(a.value / inScaleOf(b, a));
  const n = formatNumber(value, lang, { maxDecimals: 2 });
  const text = lang === 'da' ? `${n} gange` : `${n} times`;
  return { operation: 'ratio', value, unit: 'times', valueText: text, expression: `${plain(a, lang)} / ${plain(b, lang)} = ${n}`, operands: [a, b], period: a.period };
}

/** The figures added up: yearly figures over a span. Money, counts; never shares, ranks or caseloads. */
export function sum(figures: ResolvedFigure[], lang: Lang): Computed | Refusal {
  const first = figures[0]!;
  const family = unitFamily(first.unit);
  if (family === 'percent' || family === 'rank' || family === 'ratio') return { refused: lang === 'da' ? 'andele, placeringer og forholdstal kan ikke lægges sammen' : 'shares, ranks and ratios cannot be added up' };
  if (figures.some((f) => f.unit !== first.unit || f.scale !== first.scale)) return { refused: WHY.units[lang] };
  const value = round(figures.reduce((s, f) => s + f.value, 0));
  const r = resultText(value, first, lang, false);
  return {
    operation: 'sum',
    value,
    unit: r.unit,
    valueText: r.text,
    expression: `${figures.map((f) => plain(f, lang)).join(' + ')} = ${r.text}`,
    operands: figures,
    period: `${firstPart(first.period)}--${lastPart(figures[figures.length - 1]!.period)}`,
  };
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
