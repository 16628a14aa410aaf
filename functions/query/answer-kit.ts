/**
 * What every answer path shares: the context of one question, the kind asked, and how a stored or
 * computed figure becomes an Answer (its working, operands and sources). Used by answer.ts (lookups,
 * ranks) and compute-answer.ts (arithmetic).
 */
import { formatNumber } from '../domain/format.js';
import type { FigureKind, Kpi } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import type { Frame } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import type { Catalogue } from './catalogue.js';
import { isRefusal, type Computed } from './compute.js';
import { choosePeriod, defaultKind, figuresOf } from './figures.js';
import { askedKinds, type Candidate } from './resolve.js';
import type { Alternative, Answer, AnswerFigure, ResolvedFigure } from './types.js';
import { formatValue, unitLabel } from './units.js';
import { kindLabel, listText, operationLabel, periodText, say } from './wording.js';

export interface Ctx {
  store: Store;
  cat: Catalogue;
  f: Frame;
  /** The question as written: what a computed answer quotes back ("pr. ny EGU-plads"), where f.text is folded. */
  question: string;
  lang: Lang;
  home: string;
  inputOrg?: string;
  /** A follow-up naming no measure of its own ("og i december 2018?"): the name of the measure that answered before. */
  sameMeasure?: string;
  /** In a conversation, the stored figure the previous turn answered with: the side a share's "det" / "dem" points at. */
  previous?: { kpi: Kpi; x: ResolvedFigure };
}

/** The asked kind among the figures, else the usual one, with a note when the asked one is missing. */
export function pickKind(ctx: Ctx, c: Candidate): { kind: FigureKind; note?: string } {
  const asked = askedKinds(ctx.f);
  const have = asked.find((k) => c.mine.some((x) => x.kind === k));
  if (have) return { kind: have };
  const kind = defaultKind(c.mine)!;
  const only = onlyKindOfPeriod(ctx, c, kind);
  if (!asked.length) return only ?? { kind };
  // "the expected number … on 31 January 2019", where that day has only a target: the target, named as such.
  const other = only?.kind ?? kind;
  return { kind: other, note: say.kindFallback(ctx.lang, kindLabel(asked[0]!, ctx.lang), kindLabel(other, ctx.lang)) };
}

/**
 * "Hvor mange selvforsørgende pr. 31. januar 2019?" with no kind asked, of a measure whose only figure for that day is
 * the target: the target, saying so, not a refusal pointing at other days. Only for a lookup of one day, month, quarter
 * or year, when the usual kind has nothing for it, inside it or around it, and one other kind has a figure for exactly it.
 */
function onlyKindOfPeriod(ctx: Ctx, c: Candidate, usual: FigureKind): { kind: FigureKind; note: string } | undefined {
  // (A span asked keeps its own rules: a change over it, or the difference stored for just it.)
  const asked = ctx.f.operation === 'lookup' && ctx.f.periods.length === 1 && !ctx.f.latest ? ctx.f.periods[0]! : undefined;
  if (!asked || asked.startsWith('@') || asked.includes('--') || choosePeriod(c.mine.filter((x) => x.kind === usual), asked).figure) return undefined;
  const kinds = [...new Set(c.mine.filter((x) => x.period === asked).map((x) => x.kind))];
  return kinds.length === 1 ? { kind: kinds[0]!, note: say.onlyKind(ctx.lang, kindLabel(kinds[0]!, ctx.lang), periodText(asked, ctx.lang)) } : undefined;
}

/** KPIs with the same name for other organisations (KL's benchmark indicators are one KPI per municipality). */
export async function namesakes(ctx: Ctx, kpi: Kpi): Promise<{ kpi: Kpi; all: ResolvedFigure[] }[]> {
  const out: { kpi: Kpi; all: ResolvedFigure[] }[] = [];
  for (const k of ctx.cat.kpis.values()) if (k.id !== kpi.id && k.name.da === kpi.name.da) out.push({ kpi: k, all: await figuresOf(ctx.store, ctx.cat, k) });
  return out;
}

export function goalFigure(c: Candidate, deadline: string, target: number, source?: { document: string; locator: string }): ResolvedFigure {
  const figure: ResolvedFigure = { kpiId: c.kpi.id, orgId: c.org, kind: 'target', period: deadline, value: target, unit: c.kpi.unit, scale: c.kpi.scale ?? 1, document: source?.document ?? '', locator: source?.locator ?? '' };
  // The goal names its document by file; the figures of the same document carry its title.
  const title = c.all.find((x) => x.document === figure.document && x.title)?.title;
  if (title) figure.title = title;
  return figure;
}

export function computedAnswer(ctx: Ctx, c: Pick<Candidate, 'kpi'> & { hit: { coverage: number } }, result: Computed | { refused: string }, alternatives: Alternative[], goal?: Answer['goal'], notes: string[] = []): Answer {
  const { lang, cat } = ctx;
  if (isRefusal(result)) return refusal(lang, 'no-figure', say.cannotCompute(lang, result.refused));
  // A sum of two budget lines names both: the result is neither line alone.
  const stored = result.operands.filter((x) => !x.stated);
  const measure = listText([...new Set(stored.map((x) => cat.kpis.get(x.kpiId)?.name[lang] ?? c.kpi.name[lang]))], lang);
  const what = operationLabel(result.operation, lang);
  const org = listText([...new Set(result.operands.map((x) => orgName(cat, x.orgId)))], lang);
  const period = periodText(result.period, lang);
  const operands = result.operands.map((x) => ({
    label: x.stated ? sourceTitle(x) : `${cat.kpis.get(x.kpiId)?.name[lang] ?? measure}, ${orgName(cat, x.orgId)}, ${periodText(x.period, lang)} (${kindLabel(x.kind, lang)})`,
    valueText: fmt(x, lang),
    period: periodText(x.period, lang),
    source: sourceText(x),
  }));
  const negative = result.operation === 'sum' || result.operation === 'average' ? writtenNegativeNote(cat, stored.map((x) => x.kpiId), result.value, lang) : undefined;
  const text = [
    say.figure(lang, { org, measure, value: result.valueText, period, kind: what.toLowerCase() }),
    say.computed(lang, lang === 'da' ? 'Udregning' : 'Working', `${result.expression} (${operands.map((o) => `${o.valueText}: ${o.label}`).join('; ')})`),
    ...notes,
    ...(negative ? [negative] : []),
    say.source(lang, listText([...new Set(stored.map(sourceTitle))], lang), listText([...new Set(stored.map(sourceSection))], lang)),
  ].join(' ');
  const first = stored[0] ?? result.operands[0]!;
  const answer: Answer = {
    kind: 'figure',
    lang,
    text,
    figures: [
      {
        kpi: first.kpiId,
        org: first.orgId,
        period: result.period,
        kind: result.operation,
        value: result.value,
        unit: result.unit,
        source: `${what}: ${result.expression}`,
        ...(result.direction ? { direction: result.direction } : {}),
      },
      ...result.operands.map(apiFigure),
    ],
    alternatives,
    // A number the question states, or the whole group (100 %), is no source: the headline cites the stored figures.
    headline: { valueText: result.valueText, measure, org, period, kind: what, source: listText([...new Set((stored.length ? stored : result.operands).map(sourceText))], lang) },
    calculation: { expression: result.expression, operands },
    confidence: c.hit.coverage,
  };
  if (goal) answer.goal = goal;
  return answer;
}

/** The direction the question asks about, for the computation. */
export function askedWay(f: Frame): { asked?: 'up' | 'down' } {
  return f.direction ? { asked: f.direction } : {};
}

/** A measure whose description says the source writes it with a minus ("tabellen skriver besparelser med minus"). */
const WRITTEN_NEGATIVE = /\b(?:tabellen|skemaet|formen) skriver besparelser med minus\b/i;

/**
 * "samlet besparelse 2019-2021": a saving stored as a positive amount, where the table writes −37, says so, so the
 * sign of the answer is never a surprise beside the document. Undefined unless every measure is written that way.
 */
export function writtenNegativeNote(cat: Catalogue, kpiIds: string[], value: number, lang: Lang): string | undefined {
  if (value <= 0 || !kpiIds.length || !kpiIds.every((id) => WRITTEN_NEGATIVE.test(cat.kpis.get(id)?.description?.da ?? ''))) return undefined;
  // The number as the table prints it, in the table's own scale: "−37,0", "−32.002".
  return say.writtenNegative(lang, formatNumber(value, lang, { maxDecimals: 2 }));
}

export function refusal(lang: Lang, kind: Answer['kind'], text: string): Answer {
  return { kind, lang, text, figures: [], alternatives: [], confidence: 0 };
}

/**
 * Measures' names as offered side by side: one several cases share ("Ændring i driftsudgifter" in each of Herning's
 * forms) carries its case's code ("BIC 01: Ændring i driftsudgifter"), or the options could not be told apart.
 */
export function offeredNames(cat: Catalogue, kpis: Kpi[], lang: Lang): string[] {
  const names = kpis.map((k) => k.name[lang]);
  return kpis.map((k, i) => {
    const code = k.caseId ? cat.cases.get(k.caseId)?.code : undefined;
    const shared = names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!) || (namesOf(cat).get(names[i]!) ?? 0) > 1;
    return code && shared && !names[i]!.includes(code) ? `${code}: ${names[i]}` : names[i]!;
  });
}

/**
 * A measure's name as a button asks it again: with its case's code when another measure of the catalogue bears the same
 * name, so "Ændring i driftsudgifter" offered for UE 09a asks UE 09a's line, not BIC 01's namesake.
 */
export function askName(cat: Catalogue, kpi: Kpi, lang: Lang): string {
  const code = sharedNameCode(cat, kpi, lang);
  return code ? `${code} ${kpi.name[lang]}` : kpi.name[lang];
}

/** A measure's name as an answer shows it: "UE 08: Change in operating cost", not a name 13 proposals share. */
export function shownName(cat: Catalogue, kpi: Kpi, lang: Lang): string {
  const code = sharedNameCode(cat, kpi, lang);
  return code ? `${code}: ${kpi.name[lang]}` : kpi.name[lang];
}

function sharedNameCode(cat: Catalogue, kpi: Kpi, lang: Lang): string | undefined {
  const name = kpi.name[lang];
  const code = kpi.caseId ? cat.cases.get(kpi.caseId)?.code : undefined;
  return code && !name.includes(code) && (namesOf(cat).get(name) ?? 0) > 1 ? code : undefined;
}

const nameCounts = new WeakMap<Catalogue, Map<string, number>>();
function namesOf(cat: Catalogue): Map<string, number> {
  let counts = nameCounts.get(cat);
  if (!counts) {
    counts = new Map();
    for (const k of cat.kpis.values()) for (const n of new Set([k.name.da, k.name.en])) counts.set(n, (counts.get(n) ?? 0) + 1);
    nameCounts.set(cat, counts);
  }
  return counts;
}

export function orgName(cat: Catalogue, id: string): string {
  return cat.orgs.get(id)?.name ?? id;
}

/** The value as written, with "mindst" / "at least" for a lower bound. */
export function fmt(f: ResolvedFigure, lang: Lang): string {
  const text = formatValue(f.value, f.unit, f.scale, lang);
  if (f.qualifier && /least|lower|min|mindst/i.test(f.qualifier)) return `${lang === 'da' ? 'mindst' : 'at least'} ${text}`;
  if (f.qualifier && /most|upper|max|hoejst|højst/i.test(f.qualifier)) return `${lang === 'da' ? 'højst' : 'at most'} ${text}`;
  return text;
}

export const sourceTitle = (f: ResolvedFigure) => f.title ?? f.document;
export const sourceSection = (f: ResolvedFigure) => f.section ?? f.locator;
export const sourceText = (f: ResolvedFigure) => (sourceSection(f) ? `${sourceTitle(f)}, ${sourceSection(f)}` : sourceTitle(f));

export function apiFigure(f: ResolvedFigure): AnswerFigure {
  const out: AnswerFigure = { kpi: f.kpiId, org: f.orgId, period: f.period, kind: f.kind, value: f.value, unit: unitLabel(f.unit, f.scale), source: sourceText(f) };
  if (f.qualifier) out.qualifier = f.qualifier;
  return out;
}
