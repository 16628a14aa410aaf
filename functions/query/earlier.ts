/**
 * Arithmetic on the last two answers of a conversation: "budget 2018?" → "og i 2021?" → "hvor meget stiger
 * det?" is the change between the two periods asked, "og Skanderborg?" → "what's the gap?" the difference
 * between the two organisations answered. The figures are read again by their references in the context,
 * so a context holds no number of its own and reaches only what a fresh question could.
 */
import { FigureKindSchema, type Kpi } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import { changeAsked, earlierOperation, fold, namesNoMeasure, shiftYear, yearShift, type EarlierOperation, type FigureRef, type Frame, type FrameContext } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import type { Catalogue } from './catalogue.js';
import { divide, isRefusal, ofTotals, percentChange, perUnit, product, rest, share, subtract, sum, type Computed, type Refusal } from './compute.js';
import { statedFigure, statedQuantity, yearsToAdd } from './operands.js';
import { choosePeriod, figuresOf, resolvePeriod } from './figures.js';
import { periodText } from './wording.js';
import { byPeriod } from './period-keys.js';
import type { ResolvedFigure } from './types.js';

/** A net figure is what is saved or won less what it costs: the saving side comes first. */
const GAIN = /\b(?:spar\w*|besparelse\w*|gevinst\w*|saving\w*|saved|save|gain\w*)\b/;
const NET = /\b(?:netto\w*|net)\b/;
const SIZE = /\b(?:hvor stor|how big|how large)\b/;
const MORE = /\b(?:mere|more|higher|hoejere|bigger|stoerre)\b/;

export interface EarlierResult {
  result: Computed | Refusal;
  /** The measure the answer is told as (the first operand's). */
  kpi: Kpi;
}

/** The earlier answers' figures as stored now; undefined when one is gone. */
async function reread(store: Store, cat: Catalogue, refs: FigureRef[]): Promise<{ kpi: Kpi; x: ResolvedFigure }[] | undefined> {
  const out: { kpi: Kpi; x: ResolvedFigure }[] = [];
  for (const ref of refs) {
    const kpi = cat.kpis.get(ref.kpi);
    const x = kpi && (await figuresOf(store, cat, kpi)).find((y) => y.orgId === ref.org && y.period === ref.period && y.kind === ref.kind);
    if (!kpi || !x) return undefined;
    out.push({ kpi, x });
  }
  return out;
}

/** The stored figure the previous turn answered with, as stored now: what "det", "that", "dem" point at. */
export async function previousAnswer(store: Store, cat: Catalogue, previous: FrameContext): Promise<Answered | undefined> {
  const last = previous.said ? previous.answers.at(-1) : undefined;
  return last && (await reread(store, cat, [last]))?.[0];
}

/**
 * The operation on the two earlier answers (`refs`, oldest first). The side the question names (its
 * organisation or case: "how many times higher is Hedensted?") comes first; otherwise the order asked.
 */
export async function fromEarlier(store: Store, cat: Catalogue, refs: FigureRef[], op: EarlierOperation, f: Frame, lang: Lang): Promise<EarlierResult | undefined> {
  const both = await reread(store, cat, refs.slice(-2));
  if (!both || both.length < 2) return undefined;
  let [a, b] = both as [(typeof both)[0], (typeof both)[0]];
  const asked = f.direction ? { asked: f.direction } : {};
  const sameSeries = a.x.kpiId === b.x.kpiId && a.x.orgId === b.x.orgId && a.x.kind === b.x.kind;
  // One measure at two times: a change from the earlier period to the later, whatever order they were asked in.
  if (sameSeries && (op === 'change' || op === 'percent-change' || op === 'difference')) {
    if (a.x.period === b.x.period) return undefined;
    if (byPeriod(a.x.period, b.x.period) > 0) [a, b] = [b, a];
    const result = op === 'percent-change' ? percentChange(b.x, a.x, lang, asked) : subtract('change', b.x, a.x, lang, { periods: 'alike', ...asked });
    return { result, kpi: a.kpi };
  }
  if (op === 'change' || op === 'percent-change') return undefined;
  // A budget or target and the actual figure of one measure: the actual against it, as "over budgettet" says.
  const against = a.x.kpiId === b.x.kpiId && a.x.orgId === b.x.orgId && op === 'difference' ? [a, b].find((s) => s.x.kind !== 'actual') : undefined;
  const actual = against && [a, b].find((s) => s.x.kind === 'actual');
  if (against && actual) {
    const versus = against.x.kind === 'budget' ? 'versus-budget' : 'versus-target';
    // "hvor mange mangler så?", "how far off is it?": the distance to the target, a size.
    return { result: subtract(versus, actual.x, against.x, lang, { periods: 'any', distance: !!f.distance, ...asked }), kpi: actual.kpi };
  }
  if (f.periods[0] && (op === 'difference' || op === 'ratio' || op === 'sum')) return overSpan(store, cat, a, b, f.periods[0], op, lang);
  const names = (s: typeof a) => f.orgs.some((ids) => ids.includes(s.x.orgId)) || (!!s.kpi.caseId && f.cases.includes(s.kpi.caseId));
  const gain = (s: typeof a) => GAIN.test(fold(`${s.kpi.name.da} ${s.kpi.name.en}`));
  if (names(b) && !names(a)) [a, b] = [b, a];
  else if (op === 'difference' && NET.test(f.text) && gain(b) && !gain(a)) [a, b] = [b, a];
  else if ((op === 'ratio' || (op === 'difference' && MORE.test(f.text))) && !names(a) && a.x.value * a.x.scale < b.x.value * b.x.scale) [a, b] = [b, a];
  switch (op) {
    case 'difference':
      // "hvor stor er forskellen?", "how big is the gap?": a size, its direction said in words.
      return { result: subtract('difference', a.x, b.x, lang, { periods: 'any', distance: SIZE.test(f.text), ...asked }), kpi: a.kpi };
    case 'ratio':
      return { result: divide(a.x, b.x, lang), kpi: a.kpi };
    case 'sum':
      return { result: sum([a.x, b.x], lang), kpi: a.kpi };
    case 'share':
      // "… hvor mange af dem …" → "hvor stor en andel er det?": the later answer is the part of the earlier.
      return { result: share(both[1]!.x, both[0]!.x, lang, 'any'), kpi: both[1]!.kpi };
    case 'per':
    case 'heads': {
      // A cost over a count, or a share of a count; other figures are not what the question points at.
      const result = op === 'per' ? perUnit(...moneyFirst(a.x, b.x), lang) : product(a.x, b.x, lang);
      return isRefusal(result) ? undefined : { result, kpi: a.kpi };
    }
    case 'rest': {
      // "and in total?" → "so how many were on other benefits?": the larger is the whole.
      const [whole, part] = a.x.value * a.x.scale >= b.x.value * b.x.scale ? [a, b] : [b, a];
      return { result: rest(whole.x, [part.x], lang, 'any'), kpi: whole.kpi };
    }
  }
}

/**
 * "UE 09b's saving per year?" → "and UE 09a's?" → "how much more does 09b save over 2017-2019?": each earlier
 * answer's series (its measure, organisation and kind) added up over the years asked, then set against the
 * other, the larger first for "more". Undefined when a series lacks a year of the span.
 */
async function overSpan(store: Store, cat: Catalogue, a: Answered, b: Answered, span: string, op: 'difference' | 'ratio' | 'sum', lang: Lang): Promise<EarlierResult | undefined> {
  const years = async (s: Answered) => {
    const all = (await figuresOf(store, cat, s.kpi)).filter((y) => y.orgId === s.x.orgId && y.kind === s.x.kind);
    const found = yearsToAdd(all, span);
    return found && !found.partial.length ? found.figures : undefined;
  };
  const [as, bs] = [await years(a), await years(b)];
  if (!as || !bs) return undefined;
  const total = (xs: ResolvedFigure[]) => xs.reduce((t, x) => t + x.value * x.scale, 0);
  const [first, second, kpi] = op !== 'sum' && total(as) < total(bs) ? [bs, as, b.kpi] : [as, bs, a.kpi];
  const combine = (x: ResolvedFigure, y: ResolvedFigure) => (op === 'ratio' ? divide(x, y, lang) : op === 'sum' ? sum([x, y], lang) : subtract('difference', x, y, lang, { periods: 'same' }));
  return { result: ofTotals(first, second, lang, combine), kpi };
}

export type Answered = { kpi: Kpi; x: ResolvedFigure };

function moneyFirst(a: ResolvedFigure, b: ResolvedFigure): [ResolvedFigure, ResolvedFigure] {
  return b.unit === 'dkk' && a.unit !== 'dkk' ? [b, a] : [a, b];
}

/** The operation a follow-up asks of the earlier answers in `previous`, worked out; undefined when it asks none. */
export async function answerEarlier(store: Store, cat: Catalogue, previous: FrameContext, f: Frame, lang: Lang): Promise<EarlierResult | undefined> {
  const orgs = new Set(previous.answers.map((r) => r.org));
  const cases = new Set(previous.answers.map((r) => cat.kpis.get(r.kpi)?.caseId));
  const named = { orgs: f.orgs.length > 0 && f.orgs.every((ids) => ids.some((id) => orgs.has(id))), cases: f.cases.length > 0 && f.cases.every((id) => cases.has(id)) };
  const answered = previous.answers.flatMap((r) => {
    const kpi = cat.kpis.get(r.kpi);
    // "how much more does 09b save?": the code of an answered case points back at it.
    const code = kpi?.caseId ? cat.cases.get(kpi.caseId)?.code : undefined;
    return kpi ? [kpi.name.da, kpi.name.en, ...(code ? [code] : [])] : [];
  });
  const op = earlierOperation(f, previous, named, answered);
  return op ? fromEarlier(store, cat, previous.answers, op, f, lang) : ((await timesStated(store, cat, previous, f, lang)) ?? toPeriodNamed(store, cat, previous, f, lang));
}

/** An amount each: a measure named per person, place or course, or as an average. */
const EACH = /\b(?:pr|per|each|gennemsnit\w*|average)\b/;
/** "og for de 10 …", "is that of the 153", "ganget med de 634": the turn points back at the answer or opens on it. */
const ON_ANSWER = /^\s*(?:og|and)\b|\b(?:det|that|it)\b/;
const HEADS = /\b(?:personer|persons|people|borgere|citizens|unge|young)\b/;

/**
 * "hvor mange personer er det af de 153?", "and how much is that for the 184 who moved in?", "hvad bliver det ganget med
 * de 634 modtagere?": the figure just answered — a share, or an amount each — times the one number the question
 * states. A total amount times a number is no answer to anything, and is left alone.
 */
async function timesStated(store: Store, cat: Catalogue, previous: FrameContext, f: Frame, lang: Lang): Promise<EarlierResult | undefined> {
  if (f.stated?.length !== 1 || f.operation !== 'lookup' || f.orgs.length || f.cases.length || !ON_ANSWER.test(f.text)) return undefined;
  const said = await previousAnswer(store, cat, previous);
  if (!said) return undefined;
  const { kpi, x } = said;
  const each = x.unit === 'percent' || (x.unit === 'dkk' && EACH.test(fold(`${kpi.name.da} ${kpi.name.en}`)));
  if (!each) return undefined;
  const n = { ...statedFigure(f.stated[0]!, x, lang), value: statedQuantity(f.stated[0]!), unit: x.unit === 'percent' && HEADS.test(f.text) ? ('persons' as const) : ('count' as const), scale: 1 };
  return { result: product(x, n, lang), kpi };
}

/**
 * "budget til kontanthjælp i 2018?" → "hvor meget lavere er det i 2020?", "and how much does it change in 2020?",
 * "how much more is that than the year before?": the series just answered (its measure, organisation and kind) at the
 * one period now named or shifted to, set against the answer, the earlier period first; "og hvad giver det samlet for
 * 2017-2019?": the series added up over the years named, every year of them stored. Only when the question names
 * nothing else (no measure, organisation, case or other kind); without a figure for that period a refusal saying so,
 * never the figure of that period alone.
 */
async function toPeriodNamed(store: Store, cat: Catalogue, previous: FrameContext, f: Frame, lang: Lang): Promise<EarlierResult | undefined> {
  const last = previous.answers.at(-1);
  const kpi = last && cat.kpis.get(last.kpi);
  if (!kpi || previous.operation !== 'lookup' || f.since || f.latest) return undefined;
  if (f.orgs.length || f.cases.length || (f.measure.length && !f.unitsOnly && !namesNoMeasure(f)) || f.kinds.some((k) => k !== last.kind)) return undefined;
  const series = (await figuresOf(store, cat, kpi)).filter((y) => y.orgId === last.org && y.kind === last.kind);
  const then = series.find((y) => y.period === last.period);
  if (!then) return undefined;
  const span = f.periods.length === 1 && YEAR_SPAN.test(f.periods[0]!) ? f.periods[0]! : undefined;
  const added = span && f.operation === 'sum' && previous.said ? yearsAdded(series, span, kpi, lang) : undefined;
  if (span && f.operation === 'sum') return added && { result: added, kpi };
  const asked = changeAsked(f.text);
  // "than the year before", "end året før": the period just answered, shifted.
  const shift = !f.periods.length && previous.said ? yearShift(f.text) : 0;
  const named = f.periods.length === 1 && !f.periods[0]!.includes('--') ? f.periods[0]! : shift ? shiftYear(then.period, shift) : undefined;
  if (!asked || !named) return undefined;
  const wanted = resolvePeriod(named, series).period;
  const now = series.find((y) => y.period === wanted) ?? choosePeriod(series, wanted).figure;
  if (!now || now.period !== wanted) return { result: { refused: noFigure(kpi, wanted, lang) }, kpi };
  if (now.period === then.period) return undefined;
  const [from, to] = byPeriod(then.period, now.period) > 0 ? [now, then] : [then, now];
  const way = f.direction ? { asked: f.direction } : {};
  const result = asked === 'percent-change' ? percentChange(to, from, lang, way) : subtract('change', to, from, lang, { periods: 'alike', ...way });
  return { result, kpi };
}

const YEAR_SPAN = /^\d{4}--\d{4}$/;

/** Every year of the span stored as a whole year, added up; a year missing is said; a part-year column is left to the question's own reading. */
function yearsAdded(series: ResolvedFigure[], span: string, kpi: Kpi, lang: Lang): Computed | Refusal | undefined {
  const found = yearsToAdd(series, span);
  if (found?.partial.length) return undefined;
  const [from, to] = span.split('--').map(Number) as [number, number];
  for (let y = from; y <= to; y++) if (!found?.figures.some((x) => x.period === String(y))) return { refused: noFigure(kpi, String(y), lang) };
  return found && sum(found.figures, lang);
}

function noFigure(kpi: Kpi, period: string, lang: Lang): string {
  return lang === 'da' ? `der ikke er et tal for ${kpi.name.da} for ${periodText(period, lang)}` : `there is no figure for ${kpi.name.en} for ${periodText(period, lang)}`;
}

/** The references to remember after `answer`: its stored figure added to the earlier ones; a computed one adds none. */
export function answeredRefs(previous: FigureRef[], answer: { figures: { kpi: string; org: string; period: string; kind: string }[] }): FigureRef[] {
  const first = answer.figures[0];
  const kind = first && FigureKindSchema.safeParse(first.kind);
  if (!first || !kind?.success) return previous;
  return [...previous, { kpi: first.kpi, org: first.org, period: first.period, kind: kind.data }];
}
