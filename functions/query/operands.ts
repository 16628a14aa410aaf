/**
 * Which stored figures an operation works on: the years a sum adds up, a plan's total column, and the
 * order of the two sides of a comparison. Pure: the arithmetic itself is in compute.ts.
 */
import { granularity, periodEnd, periodStart, type Lang } from '../domain/period.js';
import { fold } from '../domain/query/index.js';
import { byPeriod, contains, sameSpan } from './period-keys.js';
import type { ResolvedFigure } from './types.js';

/**
 * The figures to add up over a span of years, one per year: the year's own figure, else the one part of
 * that year the source gives ("2018 pr. 31.05.2018": January–May), named in `partial` so the answer can
 * say so. Undefined when fewer than `least` years (two unless said) have a figure.
 */
export function yearsToAdd(figures: ResolvedFigure[], span: string, least = 2): { figures: ResolvedFigure[]; partial: ResolvedFigure[] } | undefined {
  const from = Number(periodStart(span).slice(0, 4));
  const to = Number(periodEnd(span).slice(0, 4));
  const out: ResolvedFigure[] = [];
  const partial: ResolvedFigure[] = [];
  for (let y = from; y <= to; y++) {
    const year = String(y);
    const whole = figures.find((x) => x.period === year);
    const parts = figures.filter((x) => x.period !== year && contains(year, x.period));
    if (whole) out.push(whole);
    else if (parts.length === 1) {
      out.push(parts[0]!);
      partial.push(parts[0]!);
    }
  }
  return out.length >= least ? { figures: out.sort((a, b) => byPeriod(a.period, b.period)), partial } : undefined;
}

/** The span of several periods named ("2017, 2018 og 2019"): from the first one's start to the last one's year. */
export function spanOf(periods: string[]): string {
  // A relative period ("de 7 måneder af 2022": @m7-2022, "år 1") is placed only against a measure: it bounds no span.
  const placed = periods.filter((p) => !p.startsWith('@'));
  if (!placed.length) return periods[0]!;
  const starts = placed.map(periodStart).sort();
  const ends = placed.map(periodEnd).sort();
  return `${starts[0]!.slice(0, 4)}--${ends.at(-1)!.slice(0, 4)}`;
}

/** A plan's total: the stored span that covers the most ("I alt, juni 2018 – maj 2022"). */
export function widest(figures: ResolvedFigure[]): ResolvedFigure | undefined {
  const length = (p: string) => Date.parse(periodEnd(p)) - Date.parse(periodStart(p));
  return figures.filter((x) => granularity(x.period) === 'range').sort((a, b) => length(b.period) - length(a.period))[0];
}

/** "Which is higher, A or B?": the higher one first (the lower for "which is lower"), so the working reads as the answer. */
export function winnerFirst(a: ResolvedFigure, b: ResolvedFigure, extreme: 'max' | 'min' | undefined): [ResolvedFigure, ResolvedFigure] {
  if (!extreme) return [a, b];
  const aWins = extreme === 'max' ? a.value * a.scale >= b.value * b.scale : a.value * a.scale <= b.value * b.scale;
  return aWins ? [a, b] : [b, a];
}

/**
 * Whether a stored value is the number the question states. "1,869" in a question read as Danish is
 * 1,869 to the parser, but a whole of heads or kroner with exactly three decimals is a thousands comma.
 */
export function isStated(stated: number[], value: number): boolean {
  return stated.some((n) => n === value || statedQuantity(n) === value);
}

/** The number read as a quantity: 1.869 heads (exactly three decimals) is 1.869 written with an English thousands comma. */
export function statedQuantity(n: number): number {
  const thousandths = Math.round(n * 1000);
  const threeDecimals = Math.abs(n * 1000 - thousandths) < 1e-6 && thousandths % 10 !== 0;
  return threeDecimals && n < 1000 ? thousandths : n;
}

/**
 * A number the question states, as an operand lined up with the stored figure it is set against: same
 * unit, scale, organisation and period. Its source is the question ("dit tal").
 */
export function statedFigure(value: number, like: ResolvedFigure, lang: Lang): ResolvedFigure {
  const title = lang === 'da' ? 'dit tal i spørgsmålet' : 'your figure in the question';
  return { title, kpiId: '', orgId: like.orgId, kind: like.kind, period: like.period, value: like.unit === 'percent' ? value : statedQuantity(value), unit: like.unit, scale: like.scale, document: '', locator: '', stated: true };
}

/**
 * The whole a share is of (100 %), as the first operand of a complement or a rest of shares: lined up with the
 * share, with no source of its own, named so the working reads "100 % – hele gruppen".
 */
export function wholeGroup(like: ResolvedFigure, lang: Lang): ResolvedFigure {
  const { section: _section, ...plain } = like;
  return { ...plain, kpiId: '', value: 100, stated: true, title: lang === 'da' ? 'hele gruppen' : 'the whole group', document: '', locator: '' };
}

/** "hele 2022", "the whole year", "begge kolonner lagt sammen": the question asks for a whole period, not its newest part. */
const WHOLE = /\b(?:hele|whole|full|entire|i alt|samlet|samlede|tilsammen|laegges sammen|lagt sammen|in total|total|altogether|combined)\b/;

export function wholeAsked(f: { text: string; operation: string; wholePeriod?: boolean }): boolean {
  return !!f.wholePeriod || f.operation === 'sum' || WHOLE.test(f.text);
}

/**
 * Stored parts that make up the period asked, end to end and nothing left over ("hele 2022" kept as
 * January–May and June–December): the figures to add up. Undefined when the period itself is stored or
 * the parts leave a gap or overlap.
 */
export function tiling(figures: ResolvedFigure[], asked: string): ResolvedFigure[] | undefined {
  if (figures.some((x) => sameSpan(x.period, asked))) return undefined;
  const parts = figures.filter((x) => contains(asked, x.period)).sort((a, b) => byPeriod(a.period, b.period));
  if (parts.length < 2 || new Set(parts.map((x) => x.period)).size !== parts.length) return undefined;
  let next = periodStart(asked);
  for (const p of parts) {
    if (periodStart(p.period) !== next) return undefined;
    next = dayAfter(periodEnd(p.period));
  }
  return next === dayAfter(periodEnd(asked)) ? parts : undefined;
}

export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

type Named = { kpi: { name: { da: string; en: string } } };
const nameWords = (n: Named, lang: 'da' | 'en') => fold(n.kpi.name[lang]).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
/** "tilgang" is named by "tilgangen": one word inflected from the other. */
const sameWord = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * "af de borgere, der kom til efter 1. februar, var stadig kontanthjælpsmodtagere": the part counted inside
 * the whole. Among `others`, the measure that names everything the part's measure names and also the words of
 * the whole's name the part lacks ("… fra tilgangen …, kontanthjælpsmodtagere" inside "tilgang af borgere"),
 * else none. Read in Danish, the language the documents name their measures in.
 */
export function partWithin<T extends Named>(part: T, whole: Named, others: T[]): T | undefined {
  const own = nameWords(part, 'da');
  const extra = nameWords(whole, 'da').filter((w) => w.length >= 4 && !/^\d+$/.test(w) && !own.some((o) => sameWord(o, w)));
  if (!extra.length) return undefined;
  return others.find((c) => {
    if (c === part) return false;
    const words = nameWords(c, 'da');
    return [...own, ...extra].every((o) => words.some((w) => sameWord(w, o)));
  });
}
