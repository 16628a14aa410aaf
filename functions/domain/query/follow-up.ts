/**
 * Follow-ups: "og i 2019?", "hvad med Viborg?", "and the target?" reuse the previous question's frame,
 * replacing only what the new question names. The frame travels as a small JSON `context` (from the
 * chat's short-lived memory of a conversation, or from the API caller). Pure.
 */
import { z } from 'zod';
import type { Frame } from './frame.js';

const OPERATIONS = ['lookup', 'change', 'percent-change', 'difference', 'ratio', 'sum', 'rank', 'versus-target', 'versus-budget'] as const;
const KINDS = ['actual', 'budget', 'target', 'expected', 'counterfactual', 'potential', 'difference'] as const;
const UNITS = ['money', 'percent', 'rank', 'ratio', 'count', 'hours', 'days', 'weeks', 'months', 'years'] as const;

const ContextSchema = z.object({
  v: z.literal(1),
  measure: z.array(z.string().max(60)).max(40),
  optional: z.array(z.string().max(60)).max(40),
  extra: z.array(z.string().max(60)).max(40),
  orgs: z.array(z.array(z.string().max(200)).max(20)).max(5),
  cases: z.array(z.string().max(200)).max(5),
  kinds: z.array(z.enum(KINDS)).max(7),
  units: z.array(z.enum(UNITS)).max(5),
  periods: z.array(z.string().max(60)).max(5),
  since: z.string().max(60).optional(),
  /** The case of the measure that answered, when the question named none. */
  within: z.string().max(200).optional(),
  latest: z.boolean(),
  operation: z.enum(OPERATIONS),
});
export type FrameContext = z.infer<typeof ContextSchema>;

/** `within`: the case of the measure that answered a question naming no case, for a follow-up to stay inside. */
export function writeContext(f: Frame, within?: string): string {
  const c: FrameContext = {
    v: 1,
    measure: f.measure,
    optional: f.optional,
    extra: f.extra,
    orgs: f.orgs,
    cases: f.cases,
    kinds: f.kinds,
    units: f.units,
    periods: f.periods,
    latest: f.latest,
    // A share's two sides are not carried: a follow-up reads it as the measure asked.
    operation: f.operation === 'share' || f.operation === 'rest' ? 'lookup' : f.operation,
  };
  if (f.since) c.since = f.since;
  if (within && !f.cases.length) c.within = within;
  return JSON.stringify(c);
}

/** The context, or a message saying what is wrong with it. */
export function readContext(text: string): FrameContext | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'context is not JSON: send back the `context` of a previous answer unchanged' };
  }
  const parsed = ContextSchema.safeParse(json);
  return parsed.success ? parsed.data : { error: `context is not the context of a previous answer (${parsed.error.issues[0]?.path.join('.') || 'shape'})` };
}

const OPENER = /^\s*(?:og|and|men|but|hvad med|hvad så med|hvad saa med|what about|how about|samme for|the same for|same for|også|ogsaa|also|then|så|saa|hvorfor|why)\b/;

/** Words that point back at the people or things of the previous answer. */
const THEM = /\b(?:af dem|af disse|heraf|deraf|blandt dem|of them|of those|of these|among them|among those)\b/;
/** An opener ("og …") with at most this many measure words builds on the previous question ("og hvor mange kom i arbejde eller uddannelse?"). */
const SHORT_FOLLOW_UP = 3;

/**
 * Whether a question builds on the previous one: it opens like a follow-up ("og …", "what about …"), or
 * it names no measure of its own and no case. A full question ("Hvad var budgettet for kontanthjælp i 2019?")
 * stands alone even in a conversation.
 */
export function isFollowUp(f: Frame): boolean {
  const opener = OPENER.test(f.text);
  if ((f.measure.length === 0 || f.unitsOnly) && f.cases.length === 0) return true;
  // "how many of them got ordinary jobs?": the people of the previous answer, whatever is asked of them.
  if (THEM.test(f.text) && !f.cases.length && !f.orgs.length) return true;
  return opener && f.measure.length <= SHORT_FOLLOW_UP;
}

/** The previous frame with what the new question names put in its place. */
export function followUp(previous: FrameContext, f: Frame): Frame {
  const words = f.measure.filter((w) => !/^(?:hvad|med|what|about|how|why|hvorfor|saa|so|then|same|samme|that|later|earlier|senere|tidligere|next|following|previous|naeste|forrige|\d{1,2}[a-z]?)$/.test(w));
  // "and the saving that year?": a measure named anew replaces the old one; the case, organisation and
  // period carry over. A sibling code ("og for 09b?") is not a measure word.
  // Unit words alone ("hvor mange procentpoint") name no measure; a saving or a cost does, a level ("over landsplan") does not.
  const own = words.length > 0 && (!f.unitsOnly || f.contrasts.some((c) => !c.startsWith('n:') && !c.startsWith('scope:')));
  const shift = yearShift(f.text);
  // "hvor mange procentpoint er det over landsplan?": a comparison adds the organisation to the one asked about.
  const compares = f.operation === 'difference' || f.operation === 'ratio';
  const merged: Frame = {
    ...f,
    measure: own ? words : previous.measure,
    // A measure named anew takes none of the old one's synonyms with it, but the small numbers of who is
    // counted ("18-29 år") still hold ("og hvor mange procent af aldersgruppen var det?").
    optional: [...new Set([...(own ? previous.optional.filter((w) => /^\d+$/.test(w)) : previous.optional), ...f.optional])],
    extra: [...new Set([...previous.extra, ...f.extra])],
    orgs: f.orgs.length ? (compares ? [...previous.orgs.filter((o) => !f.orgs.some((n) => n.join() === o.join())), ...f.orgs] : f.orgs) : previous.orgs,
    embedded: f.orgs.length ? f.embedded : [],
    // "… afsluttede Transit-borgere …" → "og hvor mange kom i arbejde?": inside the case that answered, unless another organisation is named.
    cases: f.cases.length ? f.cases : previous.cases.length || f.orgs.length || !previous.within ? previous.cases : [previous.within],
    kinds: f.kinds.length ? f.kinds : previous.kinds,
    units: f.units.length ? f.units : previous.units,
    softUnits: f.units.length ? f.softUnits : [],
    // "and the target?": a target has its own deadline, so the previous period does not carry over.
    periods: f.periods.length || f.latest || f.kinds.includes('target') ? f.periods : shift ? previous.periods.map((p) => shiftYear(p, shift)) : previous.periods,
    latest: f.periods.length ? false : f.latest || previous.latest,
    // "og fra 2019 til 2020?" after a change: the same operation over the new span.
    operation: f.operation !== 'lookup' ? f.operation : twoPeriods(f) && previous.operation !== 'lookup' ? previous.operation : f.kinds.length || f.periods.length || f.orgs.length ? 'lookup' : previous.operation,
  };
  if (!own && !f.contrasts.length) merged.contrasts = [];
  const since = f.since ?? (f.periods.length ? undefined : previous.since);
  if (since) merged.since = since;
  else delete merged.since;
  return merged;
}

/** "a year later", "året efter": +1; "a year earlier", "året før": −1; otherwise 0. */
function yearShift(text: string): number {
  if (/\b(?:(?:a|one|et) (?:year|aar) (?:later|after|senere|efter)|(?:the )?(?:next|following) year|aaret efter|naeste aar)\b/.test(text)) return 1;
  if (/\b(?:(?:a|one|et) (?:year|aar) (?:earlier|before|tidligere|foer)|(?:the )?previous year|aaret foer|aaret inden)\b/.test(text)) return -1;
  return 0;
}

/** The same period n years on: "2015-Q1" → "2016-Q1"; relative tokens stay. */
function shiftYear(period: string, n: number): string {
  return period.replace(/(?<!@)\b((?:19|20)\d{2})/g, (y) => String(Number(y) + n));
}

function twoPeriods(f: Frame): boolean {
  return f.periods.length >= 2 || f.periods.some((p) => p.includes('--'));
}
