/**
 * Reading a KPI's figures (one single-partition query, or the proposal figures held in memory) and
 * choosing among them by organisation, kind and period — never by scanning other KPIs' figures.
 */
import type { FigureKind, Kpi } from '../domain/model.js';
import { granularity, periodEnd, periodStart } from '../domain/period.js';
import type { Store } from '../store/store.js';
import type { Catalogue } from './catalogue.js';
import { byPeriodNewestFirst, figureIndex } from './figure-index.js';
import { byPeriod, contains, endOf, midOf, sameSpan } from './period-keys.js';
import type { ResolvedFigure } from './types.js';

/**
 * Every figure of the KPI, all organisations. The list and its figures are shared with other questions
 * and frozen (figure-index.ts): copy before sorting or changing them.
 */
export async function figuresOf(store: Store, cat: Catalogue, kpi: Kpi): Promise<ResolvedFigure[]> {
  return (await figureIndex(store, cat, kpi)).all as ResolvedFigure[];
}

/** When the question names no kind: what a manager most likely means. */
const KIND_PREFERENCE: FigureKind[] = ['actual', 'budget', 'expected', 'target', 'potential', 'difference', 'counterfactual'];

export function defaultKind(figures: ResolvedFigure[]): FigureKind | undefined {
  return KIND_PREFERENCE.find((k) => figures.some((f) => f.kind === k));
}

export interface PeriodChoice {
  figure?: ResolvedFigure;
  /** Periods that have a figure, nearest first, when the asked one has none. */
  nearest: string[];
  /** The other periods with a figure, newest first, when none was asked. */
  others: string[];
  /** The figure is for a longer period that contains the one asked. */
  wider?: boolean;
}

/**
 * The figure for the period asked: the same period, else the newest figure lying inside it (a status
 * on 31 August 2018 answers "in 2018"). Without a period, the newest figure.
 */
export function choosePeriod(figures: ResolvedFigure[], asked: string | undefined): PeriodChoice {
  const { newestFirst: sorted, periods } = byPeriodNewestFirst(figures);
  if (!asked) {
    // No period asked of a measure with a total column ("I alt", juni 2018 – maj 2022) beside two or more of its years: the
    // total is what "hvor meget investeres i KIK II?" means, not the newest part (januar – maj 2022), nor a column the
    // table adds after the plan ("2023"): only columns after the total's end may lie outside it.
    const whole = sorted.find(
      (f) => granularity(f.period) === 'range' && periods.every((p) => contains(f.period, p) || periodStart(p) > periodEnd(f.period)) && periods.filter((p) => p !== f.period && contains(f.period, p)).length >= 2,
    );
    const figure = periods.length > 2 && whole ? whole : sorted[0];
    return { figure, nearest: [], others: periods.filter((p) => p !== figure?.period) };
  }
  const exact = sorted.find((f) => f.period === asked);
  if (exact) return { figure: exact, nearest: [], others: [] };
  // "januar-marts 2015" is the first quarter of 2015, "the first half of 2016" the months January to June.
  const same = sorted.find((f) => sameSpan(f.period, asked));
  if (same) return { figure: same, nearest: [], others: [] };
  if (granularity(asked) !== 'day' && granularity(asked) !== 'range') {
    const inside = sorted.find((f) => contains(asked, f.period) && f.period !== asked);
    if (inside) return { figure: inside, nearest: [], others: [] };
  }
  // "2018-2022" asked of a total the source counts from June 2018 to May 2022: the same span in years,
  // not a sum of whichever whole years happen to be stored.
  if (granularity(asked) === 'range') {
    const sameYears = sorted.find((f) => granularity(f.period) === 'range' && contains(asked, f.period) && sameYearSpan(asked, f.period));
    if (sameYears) return { figure: sameYears, nearest: [], others: [] };
  }
  // A figure describes the state at the end of its period: "pr. 31. august 2018" or "ultimo 2020" is
  // answered by a figure whose period ends then (a year-end stock, a status over a span ending that day).
  if (granularity(asked) === 'day' || granularity(asked) === 'month') {
    const endsThen = sorted.find((f) => endOf(f.period) === endOf(asked));
    if (endsThen) return { figure: endsThen, nearest: [], others: [] };
  }
  // "i perioden 1. februar til 31. august 2018" of a status counted on 31 August 2018 (KIK II's table: "Status pr. 31.
  // august 2018 … i alt i perioden"): the count on the span's last day, when it is the only figure ending then.
  if (granularity(asked) === 'range') {
    const last = sorted.filter((f) => granularity(f.period) === 'day' && f.period === periodEnd(asked));
    if (last.length === 1) return { figure: last[0], nearest: [], others: [] };
  }
  // A month or day inside a year (or half, quarter) that has a figure: "ved starten af 2019" of a yearly
  // measure. The answer says the figure is for the whole period.
  if (granularity(asked) === 'day' || granularity(asked) === 'month') {
    const around = sorted.find((f) => granularity(f.period) !== 'range' && contains(f.period, asked));
    if (around) return { figure: around, nearest: [], others: [], wider: true };
  }
  const target = midOf(asked);
  const nearest = [...periods].sort((a, b) => Math.abs(midOf(a) - target) - Math.abs(midOf(b) - target)).slice(0, 3);
  return { nearest: nearest.sort(byPeriod), others: [] };
}

function sameYearSpan(a: string, b: string): boolean {
  const years = (p: string) => [periodStart(p).slice(0, 4), periodEnd(p).slice(0, 4)].join();
  return years(a) === years(b);
}

/**
 * A relative period ("@this-year", "@last-month", "@y1") as the period it means for these figures: "i år"
 * is the newest year with figures, "sidste måned" the newest month, "år 1" the first year. Ordinary
 * periods come back as they are. `said` is set when a relative period was read, so the answer can say how.
 */
export function resolvePeriod(period: string, figures: ResolvedFigure[]): { period: string; said?: string } {
  if (!period.includes('@')) return { period };
  const parts = period.split('--').map((p) => resolveOne(p, figures));
  if (parts.some((p) => p === undefined)) return { period, said: period };
  const resolved = parts.join('--');
  return { period: resolved, said: period };
}

function resolveOne(token: string, figures: ResolvedFigure[]): string | undefined {
  if (!token.startsWith('@')) return token;
  const ends = figures.map((f) => endOf(f.period)).sort();
  const newest = ends.at(-1);
  if (!newest) return undefined;
  const year = Number(newest.slice(0, 4));
  if (token === '@this-year') return String(year);
  if (token === '@last-year') return String(year - 1);
  if (token === '@this-month' || token === '@last-month') {
    const monthly = figures.filter((f) => granularity(f.period) === 'month' || granularity(f.period) === 'day').map((f) => endOf(f.period)).sort().at(-1);
    return (monthly ?? newest).slice(0, 7);
  }
  if (token === '@last-quarter') return `${year}-Q${Math.ceil(Number(newest.slice(5, 7)) / 3)}`;
  // "før forandringen": the first figure the measure has, whatever its period.
  if (token === '@first') return [...new Set(figures.map((f) => f.period))].sort(byPeriod)[0];
  // "de 7 måneder af 2022": the one stored span of that many months inside the year (June–December of a plan).
  const months = /^@m(\d{1,2})-(\d{4})$/.exec(token);
  if (months) {
    const inYear = [...new Set(figures.map((f) => f.period))].filter((p) => p.slice(0, 4) === months[2] && endOf(p).slice(0, 4) === months[2] && monthCount(p) === Number(months[1]));
    return inYear.length === 1 ? inYear[0] : undefined;
  }
  const nth = /^@y(\d)$/.exec(token);
  if (nth) {
    const first = Math.min(...figures.map((f) => Number(f.period.slice(0, 4))));
    return String(first + Number(nth[1]) - 1);
  }
  return undefined;
}

/** How many calendar months a period covers, start to end. */
function monthCount(period: string): number {
  const [start, end] = [periodStart(period), endOf(period)];
  return (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
}

/** The figure just before `figure` with the same organisation and kind. */
export function previousOf(figures: ResolvedFigure[], figure: ResolvedFigure): ResolvedFigure | undefined {
  return figures
    .filter((f) => f.orgId === figure.orgId && f.kind === figure.kind && byPeriod(f.period, figure.period) < 0 && !contains(f.period, figure.period))
    .sort((a, b) => byPeriod(b.period, a.period))[0];
}

/** Yearly figures inside a range of years, when every year has one. */
export function yearsInside(figures: ResolvedFigure[], range: string): ResolvedFigure[] | undefined {
  const [from, to] = range.split('--') as [string, string];
  if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to ?? '')) return undefined;
  const out: ResolvedFigure[] = [];
  for (let y = Number(from); y <= Number(to); y++) {
    const f = figures.find((x) => x.period === String(y));
    if (f) out.push(f);
  }
  return out.length >= 2 ? out : undefined;
}
