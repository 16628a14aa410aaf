/**
 * How long between two dates: "hvor mange måneder fra 1/1-17 til 30/6-18?" (the dates the question writes),
 * "how long did KIK II run?" (the case's own period, when the source gives it to the month). The span is counted
 * in whole months when it runs from a month's first day to a month's last (1 January 2017 – 30 June 2018 is 18
 * months, 1,5 years), else in days; a span given only in years or coarser is not counted ("2016–2019" may be four
 * years or a little more than two), and a question naming something else to measure is left to the figures.
 */
import { granularity, periodEnd, periodStart } from '../domain/period.js';
import { formatNumber } from '../domain/format.js';
import type { Frame } from '../domain/query/index.js';
import type { Ctx } from './answer-kit.js';
import { dayAfter } from './operands.js';
import type { Answer } from './types.js';
import { periodText } from './wording.js';

/** "hvor længe", "how many months": a duration asked, and in which unit. */
const HOW_LONG = /\b(?:hvor laenge|how long|(?:hvor mange|how many) (maaneder|aar|uger|dage|months|years|weeks|days))\b/;
/** Words that only say a duration is asked of a case's run: anything else names a measure to look up. */
const RUN_WORDS = /^(?:varer|varede|vare|loeber|loeb|loebet|koerte|koerer|stod|staar|paa|projekt\w*|periode\w*|investeringsperiode\w*|project|period|run|ran|runs|running|last|lasted|lasts|go|going|went|it|did|does|the|its|in|i|alt|total|hele|whole|hvor|how|long|laenge|maaneder|aar|uger|dage|months|years|weeks|days|er|der|is|are|there|mellem|between)$/;

type DurationUnit = 'months' | 'years' | 'weeks' | 'days';
const UNIT_OF: Record<string, DurationUnit> = { maaneder: 'months', months: 'months', aar: 'years', years: 'years', uger: 'weeks', weeks: 'weeks', dage: 'days', days: 'days' };
const NOUN: Record<DurationUnit, Record<'da' | 'en', string>> = {
  months: { da: 'måneder', en: 'months' },
  years: { da: 'år', en: 'years' },
  weeks: { da: 'uger', en: 'weeks' },
  days: { da: 'dage', en: 'days' },
};

/** The span between two days the question writes itself, when only its length is asked. */
function writtenSpan(f: Frame): string | undefined {
  if (!HOW_LONG.test(f.text) || !f.measure.every((w) => RUN_WORDS.test(w))) return undefined;
  return f.periods.length === 1 && /^\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}$/.test(f.periods[0]!) ? f.periods[0] : undefined;
}

/** "hvor mange måneder fra 1/1-17 til 30/6-18?" asks nothing of an earlier question: its own dates are all it counts. */
export function countsOwnDates(f: Frame): boolean {
  return writtenSpan(f) !== undefined;
}

export function durationAnswer(ctx: Ctx): Answer | undefined {
  const { f, lang, cat } = ctx;
  const asked = HOW_LONG.exec(f.text);
  if (!asked) return undefined;
  if (!f.measure.every((w) => RUN_WORDS.test(w))) return undefined;
  const written = writtenSpan(f);
  const ofCase = !f.periods.length && f.cases.length === 1 ? cat.cases.get(f.cases[0]!) : undefined;
  const span = written ?? (ofCase?.period && monthExact(ofCase.period) ? ofCase.period : undefined);
  if (!span) return undefined;
  const start = periodStart(span);
  const next = dayAfter(periodEnd(span));
  const days = Math.round((Date.parse(next) - Date.parse(start)) / 86_400_000);
  if (days <= 0) return undefined;
  // Whole months when the span starts and ends on the same day of the month (1 January – 30 June).
  const months = start.slice(8) === next.slice(8) ? (Number(next.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(next.slice(5, 7)) - Number(start.slice(5, 7)) : undefined;
  const unit: DurationUnit = asked[1] ? UNIT_OF[asked[1]]! : months !== undefined ? 'months' : 'days';
  const value = unit === 'months' ? months : unit === 'years' ? (months !== undefined ? months / 12 : undefined) : unit === 'weeks' ? days / 7 : days;
  // Months of a span that is not whole months are no count of months.
  if (value === undefined) return undefined;
  const n = (v: number) => formatNumber(v, lang, { maxDecimals: 2 });
  const valueText = `${n(value)} ${NOUN[unit][lang]}`;
  const also = unit === 'months' && months! >= 12 ? ` (${n(months! / 12)} ${NOUN.years[lang]})` : unit !== 'days' ? ` (${n(days)} ${NOUN.days[lang]})` : '';
  const from = periodText(start, lang);
  const to = periodText(periodEnd(span), lang);
  const expression = `${from} – ${to} = ${valueText}${also}`;
  const whose = ofCase ? `${ofCase.code ?? ofCase.title}: ` : '';
  const said = ofCase ? (lang === 'da' ? 'sagens egen periode' : "the case's own period") : lang === 'da' ? 'datoerne i spørgsmålet' : 'the dates in the question';
  const text =
    lang === 'da'
      ? `${whose}Fra ${from} til ${to} er ${valueText}${also}. Udregning: ${expression} (${said}).`
      : `${whose}From ${from} to ${to} is ${valueText}${also}. Working: ${expression} (${said}).`;
  const kind = lang === 'da' ? 'Varighed' : 'Duration';
  return {
    kind: 'figure',
    lang,
    text,
    figures: [{ kpi: '', org: ofCase?.orgId ?? '', period: span, kind: 'duration', value, unit, source: `${kind}: ${expression}` }],
    alternatives: [],
    headline: { valueText, measure: kind, org: ofCase?.code ?? ofCase?.title ?? '', period: periodText(span, lang), kind, source: said },
    calculation: { expression, operands: [] },
    confidence: 1,
  };
}

/** A case period known to the month at both ends ("2018-06--2022-05"), not a year ("2016--2019", "2016-09--2017"). */
function monthExact(period: string): boolean {
  const [a, b] = period.split('--');
  const fine = (p: string | undefined) => !!p && (granularity(p) === 'month' || granularity(p) === 'day');
  return fine(a) && fine(b);
}
