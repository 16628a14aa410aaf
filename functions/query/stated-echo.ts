/**
 * "How many jobs did the 500 company contacts lead to?", "Hvor mange årsværk kræver UE 09b (45 flere EGU-pladser)?":
 * a number the question writes as what it already knows is its premise, not its answer. A plain lookup whose figure is
 * that number answers nothing the question asks (the measure found is the premise's own): refused, naming it.
 */
import type { Frame } from '../domain/query/index.js';
import { askName, fmt, orgName, refusal, type Ctx } from './answer-kit.js';
import type { Candidate } from './resolve.js';
import type { Answer, ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

/** Below this a number is as likely a group's name ("matchgruppe 2") or a span ("3 måneder") as a figure. */
const PREMISE_MIN = 10;

/** The numbers the question writes among its measure words (not a period, an amount with its unit or a stated whole). */
export function premiseNumbers(f: Pick<Frame, 'measure' | 'optional'>): number[] {
  return [...f.measure, ...f.optional].filter((w) => /^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(w)).map((w) => Number(w.replace(/\./g, ''))).filter((n) => n >= PREMISE_MIN);
}

/** The refusal when a plain lookup would answer with a number the question itself writes; else undefined. */
export function statedEcho(ctx: Ctx, c: Candidate, figure: ResolvedFigure): Answer | undefined {
  const { f, lang, cat } = ctx;
  // Counts only: "inden for 52 uger" is a span, never the premise of a share of 52 %.
  if (f.operation !== 'lookup' || unitFamily(figure.unit) !== 'count' || !premiseNumbers(f).includes(Math.abs(figure.value))) return undefined;
  const measure = c.kpi.name[lang];
  const org = orgName(cat, figure.orgId);
  const text =
    lang === 'da'
      ? `Spørgsmålet nævner selv ${fmt(figure, lang)} (${measure}, ${org}). Noget andet tal for det, der spørges om, har jeg ikke – derfor intet tal.`
      : `The question itself states ${fmt(figure, lang)} (${measure}, ${org}). I have no other figure for what it asks – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${askName(cat, c.kpi, lang)} ${org}` }] };
}
