/**
 * "How many jobs did the 500 company contacts lead to?", "Hvor mange årsværk kræver UE 09b (45 flere EGU-pladser)?":
 * a number the question writes as what it already knows is its premise, not its answer. A plain lookup whose figure is
 * that number answers nothing the question asks (the measure found is the premise's own): refused, naming it.
 */
import type { Frame } from '../domain/query/index.js';
import { findNumbers } from '../domain/query/numbers.js';
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

/** A count written bare among the measure words ("inden for 52 uger" is a span, never the premise of a share of 52 %). */
function countPremise(f: Frame, figure: ResolvedFigure): boolean {
  return unitFamily(figure.unit) === 'count' && premiseNumbers(f).includes(Math.abs(figure.value));
}

/** "Er de 95 pct. et resultat eller et mål?", "Is the 64 % …": a question about the figure it states, which it may answer. */
const ABOUT_STATED = /^\s*(?:er|var|is|was|are|were)\b/;

/**
 * "Hedensteds 64 pct. … beskrives som dobbelt så højt som på landsplan. Hvilken landsandel svarer det til?": a share the
 * question writes with its per cent sign is its premise, unless the question asks about that figure itself.
 */
function percentPremise(f: Frame, figure: ResolvedFigure): boolean {
  if (figure.unit !== 'percent' || ABOUT_STATED.test(f.text)) return false;
  return findNumbers(f.text, f.lang).some((n) => n.unit === 'percent' && n.value === figure.value);
}

/** The refusal when a plain lookup would answer with a number the question itself writes; else undefined. */
export function statedEcho(ctx: Ctx, c: Candidate, figure: ResolvedFigure): Answer | undefined {
  const { f, lang, cat } = ctx;
  if (f.operation !== 'lookup' || !(countPremise(f, figure) || percentPremise(f, figure))) return undefined;
  const measure = c.kpi.name[lang];
  const org = orgName(cat, figure.orgId);
  const text =
    lang === 'da'
      ? `Spørgsmålet nævner selv ${fmt(figure, lang)} (${measure}, ${org}). Noget andet tal for det, der spørges om, har jeg ikke – derfor intet tal.`
      : `The question itself states ${fmt(figure, lang)} (${measure}, ${org}). I have no other figure for what it asks – so no figure.`;
  return { ...refusal(lang, 'no-figure', text), alternatives: [{ label: `${measure} – ${org}`, q: `${askName(cat, c.kpi, lang)} ${org}` }] };
}
