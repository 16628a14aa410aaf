/**
 * A plain lookup on the chosen measure: the figure of the period and kind asked (a total column when no period
 * is), a part-year said to be one, a fall asked as its size, years added up when a sum is asked, or a refusal
 * naming the periods there are. Its own file so that answer.ts and the arithmetic (compute-answer.ts), which
 * falls back to it, both import it without importing each other.
 */
import { granularity, periodEnd, periodStart, type Lang } from '../domain/period.js';
import { apiFigure, askName, computedAnswer, fmt, goalFigure, orgName, pickKind, refusal, shownName, sourceSection, sourceText, sourceTitle, writtenNegativeNote, type Ctx } from './answer-kit.js';
import { boundMismatch } from './bounds.js';
import { complementAnswer } from './complement.js';
import { sum } from './compute.js';
import { statedEcho } from './stated-echo.js';
import { choosePeriod, resolvePeriod } from './figures.js';
import { goalFor } from './goal-view.js';
import { spanOf, tiling, wholeAsked, widest, yearsToAdd } from './operands.js';
import { byPeriod, sameSpan } from './period-keys.js';
import { askedKinds, type Candidate } from './resolve.js';
import type { Alternative, Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';
import { kindLabel, listText, periodText, say } from './wording.js';

export async function lookup(ctx: Ctx, c: Candidate, alternatives: Alternative[]): Promise<Answer> {
  const { f, lang } = ctx;
  const notes: string[] = [];
  // "målet for …": the goal's target when the figures hold none.
  const goal = goalFor(ctx.cat, c.kpi, c.org, lang, c.all);
  if (askedKinds(f).includes('target') && !c.mine.some((x) => x.kind === 'target') && goal?.target !== undefined && goal.deadline) {
    return figureAnswer(ctx, c, goalFigure(c, goal.deadline, goal.target, goal.source), notes, alternatives);
  }
  const picked = pickKind(ctx, c);
  // A target asked of a goal that gives one without a deadline is no missing target: the figure's line says the target.
  if (picked.note && !(askedKinds(f)[0] === 'target' && goal?.target !== undefined)) notes.push(picked.note);
  const pool = c.mine.filter((x) => x.kind === picked.kind);
  // "i alt i 2017, 2018 og 2019": several periods named for a sum are the span they make up.
  let asked = f.latest ? undefined : f.operation === 'sum' && f.periods.length >= 2 ? spanOf(f.periods) : f.periods[0];
  if (asked) {
    const r = resolvePeriod(asked, pool);
    if (r.said === '@first') notes.push(say.first(lang, periodText(r.period, lang)));
    else if (r.said?.startsWith('@m')) notes.push(say.months(lang, relativeWords(r.said, lang), periodText(r.period, lang)));
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
  // "hele 2022" stored as January–May and June–December: the parts added up, when the whole is asked for.
  const tiles = asked && wholeAsked(f) ? tiling(pool, asked) : undefined;
  if (tiles) return computedAnswer(ctx, c, sum(tiles, lang, { size: f.units.includes('count') }), alternatives);
  let choice = choosePeriod(pool, asked);
  // "hele 2018": a figure for part of it (or for a longer span around it) is not the answer, only where to look.
  if (f.wholePeriod && asked && choice.figure && choice.figure.period !== asked) choice = { nearest: [choice.figure.period], others: [] };
  if (choice.figure) {
    if (asked && choice.figure.period !== asked && covers(asked, choice.figure.period)) notes.push(say.partial(lang, periodText(asked, lang), periodText(choice.figure.period, lang)));
    if (asked && choice.wider) notes.push(say.wider(lang, periodText(asked, lang), periodText(choice.figure.period, lang)));
    // "Hvor mange kontaktforløb går til selvforsørgelse": a count a table gives as a fall (−120) is asked as its size.
    const figure = choice.figure;
    // "vender tilbage" of a measure of those who "ikke vender tilbage": its complement, or nothing.
    const opposite = complementAnswer(ctx, c, figure);
    if (opposite) return opposite;
    const bound = boundMismatch(ctx, c, figure) ?? statedEcho(ctx, c, figure);
    if (bound) return bound;
    // "den reelle forskel": a stored difference asked as one, with no direction word, is its size ("230 færre"), as the document writes it.
    const differenceAsked = f.kinds.includes('difference') && figure.kind === 'difference' && f.direction !== 'up';
    if ((f.units.includes('count') || differenceAsked) && figure.value < 0 && unitFamily(figure.unit) === 'count') {
      notes.push(say.storedAsFall(lang, fmt(figure, lang)));
      return figureAnswer(ctx, c, { ...figure, value: -figure.value }, notes, alternatives, asked ? [] : choice.others);
    }
    const sign = signMeaning(c.kpi.name[lang], figure, lang) ?? writtenNegativeNote(ctx.cat, [figure.kpiId], figure.value, lang);
    if (sign) notes.push(sign);
    return figureAnswer(ctx, c, figure, notes, alternatives, asked ? [] : choice.others);
  }
  // Yearly figures added up over a span asked ("2019-2021 i alt"), or all years when a sum is asked.
  const allYears = pool.filter((x) => granularity(x.period) === 'year').map((x) => x.period).sort(byPeriod);
  // Stocks counted in a month are never added up: only years, or a sum asked.
  // (A single period asked that the measure lacks is refused, never answered with the sum of the years it has.)
  const years = asked?.includes('--') && (f.operation === 'sum' || /^\d{4}--\d{4}$/.test(asked)) ? yearsToAdd(pool, asked) : f.operation === 'sum' && !asked && allYears.length ? yearsToAdd(pool, `${allYears[0]}--${allYears.at(-1)}`) : undefined;
  if (years) {
    const result = sum(years.figures, lang, { size: f.units.includes('count') });
    const partial = years.partial.map((x) => say.partOfYear(lang, periodText(x.period, lang)));
    return computedAnswer(ctx, c, result, alternatives, undefined, partial);
  }
  const nearest = choice.nearest.map((p) => periodText(p, lang));
  const measure = c.kpi.name[lang];
  return {
    ...refusal(lang, 'no-figure', say.noPeriod(lang, measure, orgName(ctx.cat, c.org), asked?.includes('@') ? relativeWords(asked, lang) : periodText(asked ?? '', lang), listText(nearest, lang))),
    alternatives: choice.nearest.map((p) => ({ label: `${measure} – ${periodText(p, lang)}`, q: `${askName(ctx.cat, c.kpi, lang)} ${orgName(ctx.cat, c.org)} ${periodText(p, lang)}` })),
    nearestPeriods: choice.nearest,
    confidence: c.hit.coverage,
  };
}

export function figureAnswer(ctx: Ctx, c: Candidate, figure: ResolvedFigure, notes: string[], alternatives: Alternative[], otherPeriods: string[] = []): Answer {
  const { lang, cat } = ctx;
  const measure = shownName(cat, c.kpi, lang);
  const org = orgName(cat, figure.orgId);
  const period = periodText(figure.period, lang);
  const valueText = fmt(figure, lang);
  const goal = goalFor(cat, c.kpi, c.org, lang, c.all);
  const lines = [say.figure(lang, { org, measure, value: valueText, period, kind: kindLabel(figure.kind, lang) }), ...notes];
  if (goal?.target !== undefined && figure.kind !== 'target') lines.push(say.target(lang, goal.targetText, goal.deadline && periodText(goal.deadline, lang), goal.status));
  const alts = [...alternatives];
  const asked = askName(cat, c.kpi, lang);
  for (const p of otherPeriods.slice(0, Math.max(0, 3 - alts.length))) alts.push({ label: `${measure} – ${periodText(p, lang)}`, q: `${asked} ${org} ${periodText(p, lang)}` });
  if (!ctx.f.kinds.length) {
    // The goal's target is on the answer already (its own line): offering it again as "did you mean" repeats it.
    const shown = goal?.target !== undefined && figure.kind !== 'target' ? 'target' : figure.kind;
    for (const k of [...new Set(c.mine.map((x) => x.kind))].filter((k) => k !== figure.kind && k !== shown).slice(0, 2)) alts.push({ label: `${measure}: ${kindLabel(k, lang)}`, q: `${kindLabel(k, lang)} ${asked} ${org}` });
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

/** "(nettoudgift; negativ = gevinst)", "(net cost; negative = gain)": what a positive and a negative value of a measure mean. */
const SIGN_CONVENTION = /\(([^;()]+);\s*(?:negativ|negative)\s*=\s*([^()]+)\)/;

/**
 * A stored net whose name says what its sign means ("KIK II: Gevinst (nettoudgift; negativ = gevinst)"): the value
 * keeps the table's sign, and the answer says which way it goes ("Det er gevinst på 11,3 mio. kr."), so a question
 * asking how much is saved is never left to read a minus.
 */
function signMeaning(name: string, figure: ResolvedFigure, lang: Lang): string | undefined {
  const m = SIGN_CONVENTION.exec(name);
  if (!m || !figure.value) return undefined;
  return say.signMeaning(lang, (figure.value < 0 ? m[2]! : m[1]!).trim(), fmt({ ...figure, value: Math.abs(figure.value) }, lang));
}

/** Whether `asked` is a longer period than the figure's, which lies inside it (7 months of a year). */
function covers(asked: string, figurePeriod: string): boolean {
  return periodStart(asked) <= periodStart(figurePeriod) && periodEnd(figurePeriod) <= periodEnd(asked) && (periodStart(asked) !== periodStart(figurePeriod) || periodEnd(asked) !== periodEnd(figurePeriod)) && granularity(figurePeriod) === 'range';
}

/** "@m7-2022" → "de 7 måneder af 2022" / "the 7 months of 2022". */
function monthsWords(token: string, lang: Lang): string | undefined {
  const m = /^@m(\d{1,2})-(\d{4})$/.exec(token);
  if (!m) return undefined;
  return lang === 'da' ? `de ${m[1]} måneder af ${m[2]}` : `the ${m[1]} months of ${m[2]}`;
}

function relativeWords(token: string, lang: Lang): string {
  const da: Record<string, string> = { '@this-year': 'i år', '@last-year': 'sidste år', '@this-month': 'denne måned', '@last-month': 'sidste måned', '@last-quarter': 'sidste kvartal' };
  const en: Record<string, string> = { '@this-year': 'this year', '@last-year': 'last year', '@this-month': 'this month', '@last-month': 'last month', '@last-quarter': 'last quarter' };
  return token
    .split('--')
    .map((t) => (lang === 'da' ? da[t] : en[t]) ?? (/^@y(\d)$/.test(t) ? `${lang === 'da' ? 'år' : 'year'} ${t.slice(2)}` : monthsWords(t, lang) ?? t))
    .join(lang === 'da' ? ' til ' : ' to ');
}
