/**
 * Follow-ups: "og i 2019?", "hvad med Viborg?", "and the target?" reuse the previous question's frame,
 * replacing only what the new question names. The frame travels as a small JSON `context` (from the
 * chat's short-lived memory of a conversation, or from the API caller). Pure.
 */
import { z } from 'zod';
import { FigureKindSchema } from '../model.js';
import type { Frame, ShareSide } from './frame-types.js';
import { contrastsIn, type Lexicon } from './lexicon.js';
import { fold, words } from './text.js';

const OPERATIONS = ['lookup', 'change', 'percent-change', 'difference', 'ratio', 'sum', 'rank', 'versus-target', 'versus-budget', 'average'] as const;
const KINDS = ['actual', 'budget', 'target', 'expected', 'counterfactual', 'potential', 'difference'] as const;
const UNITS = ['money', 'percent', 'rank', 'ratio', 'count', 'hours', 'days', 'weeks', 'months', 'years'] as const;

/** How many earlier answers a context remembers: the two sides of a comparison. */
const EARLIER_ANSWERS = 2;

const FigureRefSchema = z.object({
  kpi: z.string().max(200),
  org: z.string().max(200),
  period: z.string().max(60),
  kind: FigureKindSchema,
});

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
  /** The language the question was answered in: the next one keeps it unless it shows its own. */
  lang: z.enum(['da', 'en']).optional(),
  /**
   * The stored figures that answered the last questions, oldest first: what "hvad er forskellen?" or "hvor
   * meget stiger det?" works on. References only: the figures are read again, so a context cannot bring a
   * number of its own, nor one a fresh question could not reach.
   */
  answers: z.array(FigureRefSchema).max(EARLIER_ANSWERS).default([]),
  /** The newest of `answers` is the previous turn's own answer (not a refusal's or computation's older one): what "det" / "that" is. */
  said: z.boolean().optional(),
});
export type FrameContext = z.infer<typeof ContextSchema>;
export type FigureRef = z.infer<typeof FigureRefSchema>;

/**
 * `within`: the case of the measure that answered a question naming no case, for a follow-up to stay inside.
 * `answers`: the stored figures of the earlier answers, the newest last (a computed answer adds none); `said`: the
 * newest is this answer's own.
 */
export function writeContext(f: Frame, within?: string, answers: FigureRef[] = [], said = false): string {
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
    lang: f.lang,
    answers: answers.slice(-EARLIER_ANSWERS),
  };
  if (f.since) c.since = f.since;
  if (within && !f.cases.length) c.within = within;
  if (said && answers.length) c.said = true;
  return JSON.stringify(c);
}

/** The context, or what is wrong with it: a message and the path of the field inside the context. */
export function readContext(text: string): FrameContext | { error: string; path: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'context is not JSON: send back the `context` of a previous answer unchanged', path: [] };
  }
  const parsed = ContextSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const path = (parsed.error.issues[0]?.path ?? []).map(String);
  return { error: `${['context', ...path].join('.')} is not as a previous answer wrote it: send back the \`context\` of a previous answer unchanged`, path };
}

const OPENER = /^\s*(?:og|and|men|but|hvad med|hvad så med|hvad saa med|what about|how about|samme for|the same for|same for|også|ogsaa|also|then|så|saa|hvorfor|why)\b/;

/** "hvad er gevinsten så?", "and the total then?": a closing "så" / "then" builds on what was just said. */
const THEN = /\b(?:saa|then)\s*[?.!]*\s*$/;

/** Words that point back at the people or things of the previous answer. */
const THEM = /\b(?:af dem|af disse|heraf|deraf|blandt dem|of them|of those|of these|among them|among those)\b/;
const PER = /\b(?:per|pr|each|hver|apiece)\b/;
/** Words of a comparison's size and direction ("hvor mange procentpoint over"): no thing measured of their own. */
const COMPARING = /^(?:procentpoint|points?|pp|percentage|procent|percent|pct|above|below|over|under|higher|lower|hoejere|lavere|more|less|mere|mindre|ahead|behind|foran|bagud)$/;
/** A pronoun pointing back at what was just answered: "… er det?", "is that of the 153?", "hvad koster det i 2019?", "is that for the 184" (not "det samlede"). */
const POINTS_BACK = /\b(?:det|dette|that|it)\s*(?:[?.!]|$|(?:af|of|i|in|for|ud af|out of)\b)/;
/** A word that may point back at what was just answered, where a share's side names nothing else ("af den", "is that"). */
const BACK_WORD = /\b(?:det|dette|den|dem|disse|that|it|this|them|those|these)\b/;

/**
 * "hvor stor en andel af udvalgets samlede budget er det?", "what share of them …", "hvor stor en del af den dækkes …":
 * the one side of a share (part or whole) that names nothing — no measure, number or contrast — in a question with a
 * word pointing back: in a conversation it is the figure just answered. Undefined when there is no such side.
 */
export function sideBack(f: Frame): ShareSide | undefined {
  if (f.share?.parts.length !== 1 || !BACK_WORD.test(f.text)) return undefined;
  const empty = [f.share.whole, ...f.share.parts].filter((s) => !s.measure.length && !s.stated.length && !s.contrasts.length && !s.kinds.length);
  return empty.length === 1 ? empty[0] : undefined;
}

/** An opener ("og …") with at most this many measure words builds on the previous question ("og hvor mange kom i arbejde eller uddannelse?"). */
const SHORT_FOLLOW_UP = 3;

/**
 * Whether a question builds on the previous one: it opens like a follow-up ("og …", "what about …"), or
 * it names no measure of its own and no case. A full question ("Hvad var budgettet for kontanthjælp i 2019?")
 * stands alone even in a conversation.
 */
export function isFollowUp(f: Frame, previous?: Pick<FrameContext, 'measure' | 'optional' | 'extra'>): boolean {
  const opener = OPENER.test(f.text) || THEN.test(f.text);
  const back = POINTS_BACK.test(f.text) || SAME_PERIOD.test(f.text);
  // "How many percent higher is Hedensted's share than the national average?" after KIK II's investment: an
  // organisation, what to do with it and a thing of its own ("share") the previous question did not ask, said
  // without a word leaning on what came before, is a question of its own ("hvor mange procentpoint over ligger
  // Hedensted?" names no thing of its own, and takes the previous measure).
  const own = f.measure.filter((w) => !COMPARING.test(w));
  const asked = previous ? [...previous.measure, ...previous.optional, ...previous.extra] : [];
  if (!opener && !back && f.orgs.length && f.operation !== 'lookup' && own.length && !own.every((w) => asked.some((a) => sameStem(w, a)))) return false;
  if ((f.measure.length === 0 || f.unitsOnly) && f.cases.length === 0) return true;
  // "hvad er driftsudgiften det år?", "how many persons is that?": a short turn pointing back that names no
  // organisation or case lacks them, and takes them (and the period) from the previous question. One asking
  // "per" of what was answered is worked out from the answers (earlier.ts) or not at all, never looked up anew.
  if (back && !f.cases.length && !f.orgs.length && f.measure.length <= SHORT_FOLLOW_UP && !PER.test(f.text)) return true;
  // "how many of them got ordinary jobs?": the people of the previous answer, whatever is asked of them.
  if ((THEM.test(f.text) || sideBack(f)) && !f.cases.length && !f.orgs.length) return true;
  // "and what is the net effect that year after the operating cost?": words of the operation name no measure.
  return opener && f.measure.filter((w) => !CARRIER.test(w) && !PLACING.test(w)).length <= SHORT_FOLLOW_UP;
}

/** "and Herning, same month?", "samme år": the period of the previous question, named by a noun that names no measure. */
const SAME_PERIOD = /\b(?:same|samme|that|this|den|det|dette|denne)\s+(?:month|maaned|year|aar|quarter|kvartal|period|periode|date|dato|day|dag)\b/;
const PERIOD_NOUN = /^(?:month|maaned|year|aar|quarter|kvartal|period|periode|date|dato|day|dag)$/;

/**
 * "and AU?" after ØK's investment: the new question's words each name a member of a contrast family (a
 * committee, a benefit) that the previous measure words named too; that member takes the old one's place and
 * the rest of the measure stays. The previous words left, or undefined when it is no such swap.
 */
function swapped(previous: FrameContext, words: string[], lex: Lexicon): string[] | undefined {
  const families = (w: string) => contrastsIn(w, lex).filter((x) => !x.startsWith('n:') && !x.startsWith('scope:')).map((x) => x.split(':')[0]!);
  const asked = words.map(families);
  if (!asked.length || asked.some((fs) => !fs.length)) return undefined;
  const named = new Set(asked.flat());
  const kept = previous.measure.filter((w) => !families(w).some((x) => named.has(x)));
  return kept.length && kept.length < previous.measure.length ? kept : undefined;
}

/** The previous frame with what the new question names put in its place. */
export function followUp(previous: FrameContext, f: Frame, lex?: Lexicon): Frame {
  const words = f.measure.filter((w) => !/^(?:hvad|med|what|about|how|why|hvorfor|saa|so|then|same|samme|that|personer|persons|people|later|earlier|after|before|senere|tidligere|next|following|previous|naeste|forrige|\d{1,2}[a-z]?)$/.test(w) && !(PERIOD_NOUN.test(w) && SAME_PERIOD.test(f.text)));
  // "and the saving that year?": a measure named anew replaces the old one; the case, organisation and
  // period carry over. A sibling code ("og for 09b?") is not a measure word.
  // Unit words alone ("hvor mange procentpoint") name no measure; a saving or a cost does, a level ("over landsplan") does not.
  const own = words.length > 0 && (!f.unitsOnly || f.contrasts.some((c) => !c.startsWith('n:') && !c.startsWith('scope:')));
  const shift = yearShift(f.text);
  // "hvor mange procentpoint er det over landsplan?": a comparison adds the organisation to the one asked about.
  const compares = f.operation === 'difference' || f.operation === 'ratio';
  const kept = own && lex ? swapped(previous, words, lex) : undefined;
  const merged: Frame = {
    ...f,
    measure: kept ? [...kept, ...words] : own ? words : previous.measure,
    // A measure named anew takes none of the old one's synonyms with it, but the small numbers of who is
    // counted ("18-29 år") still hold ("og hvor mange procent af aldersgruppen var det?").
    optional: [...new Set([...(own ? previous.optional.filter((w) => /^\d+$/.test(w)) : previous.optional), ...f.optional])],
    extra: [...new Set([...previous.extra, ...f.extra])],
    orgs: f.orgs.length ? (compares ? [...previous.orgs.filter((o) => !f.orgs.some((n) => n.join() === o.join())), ...f.orgs] : f.orgs) : previous.orgs,
    embedded: f.orgs.length ? f.embedded : [],
    // "… afsluttede Transit-borgere …" → "og hvor mange kom i arbejde?": inside the case that answered, unless another organisation is named.
    cases: f.cases.length ? f.cases : previous.cases.length || f.orgs.length || !previous.within ? previous.cases : [previous.within],
    kinds: f.kinds.length ? f.kinds : previous.kinds,
    // The unit asked goes with the measure asked: "hvor mange årsstillinger …?" → "hvad er driftsudgiften det år?" asks
    // no count; "… how much is that for the 184?" asks the amount just answered.
    units: f.units.length ? f.units : own && !POINTS_BACK.test(f.text) ? [] : previous.units,
    softUnits: f.units.length ? f.softUnits : [],
    // "and the target?": a target has its own deadline, so the previous period does not carry over.
    periods: f.periods.length || f.latest || f.kinds.includes('target') ? f.periods : shift ? previous.periods.map((p) => shiftYear(p, shift)) : previous.periods,
    latest: f.periods.length ? false : f.latest || previous.latest,
    // "og fra 2019 til 2020?" after a change: the same operation over the new span.
    operation: f.operation !== 'lookup' ? f.operation : twoPeriods(f) && previous.operation !== 'lookup' ? previous.operation : f.kinds.length || f.periods.length || f.orgs.length ? 'lookup' : previous.operation,
  };
  if (!own && !f.contrasts.length) merged.contrasts = [];
  // The rest of the old measure keeps what it named ("invest": a cost).
  if (kept && lex) merged.contrasts = [...new Set([...contrastsIn(kept.join(' '), lex), ...f.contrasts])];
  const since = f.since ?? (f.periods.length ? undefined : previous.since);
  if (since) merged.since = since;
  else delete merged.since;
  return merged;
}

/** "a year later", "året efter": +1; "a year earlier", "året før": −1; otherwise 0. */
export function yearShift(text: string): number {
  if (/\b(?:(?:a|one|et|the) (?:year|aar) (?:later|after|senere|efter)|(?:the )?(?:next|following) year|aaret efter|naeste aar)\b/.test(text)) return 1;
  if (/\b(?:(?:a|one|et|the) (?:year|aar) (?:earlier|before|tidligere|foer)|(?:the )?previous year|aaret foer|aaret inden)\b/.test(text)) return -1;
  return 0;
}

/** The same period n years on: "2015-Q1" → "2016-Q1"; relative tokens stay. */
export function shiftYear(period: string, n: number): string {
  return period.replace(/(?<!@)\b((?:19|20)\d{2})/g, (y) => String(Number(y) + n));
}

function twoPeriods(f: Frame): boolean {
  return f.periods.length >= 2 || f.periods.some((p) => p.includes('--'));
}

/** Arithmetic on the figures of the last two answers. */
export type EarlierOperation = 'change' | 'percent-change' | 'difference' | 'ratio' | 'sum' | 'share' | 'rest' | 'per' | 'heads';

/**
 * Words that ask for an operation without naming its sides, in the folded text; the first that fits wins.
 * "heads": how many people a share of a count is ("hvor mange personer er det?" after 24 % of 153).
 */
const ASKS: [EarlierOperation, RegExp][] = [
  // "hvor stor en andel er det?" ("hvor mange procent af dem gik i job?" names its part: a question of its own).
  ['share', /\b(?:andel\w*|share|proportion|hvor mange procent|what percent\w*)\b/],
  ['rest', /\b(?:andre|oevrige|resten|other|others|the rest)\b/],
  ['difference', /\b(?:forskel\w*|gap|difference|netto\w*|net|mere|more|mindre|less|fewer|flere|faerre|hoejere|lavere|stoerre|higher|lower|larger|bigger|smaller)\b/],
  ['per', /\b(?:per|pr|each|hver|apiece)\b/],
  ['heads', /^(?!.*\b(?:af|of)\b).*\b(?:hvor mange|how many)\b/],
];
/** Words that only carry an operation or point back ("det", "so"): not a measure of the question's own. */
const CARRIER = /^(?:per|pr|each|hver|apiece|personer|persons|people|cirka|ca|about|roughly|omtrent|approximately|andel\w*|share|proportion|procent|percent\w*|andre|oevrige|resten|other|others|rest|forskel\w*|gap|difference|netto\w*|net|mere|more|mindre|less|fewer|higher|hoejere|lower|lavere|bigger|stoerre|times|gange|stiger|steg|falder|faldt|fald|faldet|stigning\w*|vaekst\w*|rise|rises|rose|fall|falls|fell|drop|drops|dropped|big|stor|stort|large|size|grow|grows|growth|increase\w*|decrease\w*|change|changed|aendring\w*|tilsammen|together|total|alt|two|both|begge|so|saa|then|that|it|det|dem|them|those|de|der|there)$/;
/**
 * "og hvad giver det samlet for 2017-2019?", "how much more is that than the year before?": words that only carry an
 * operation, point back or place a period name no measure of the question's own.
 */
export function namesNoMeasure(f: Pick<Frame, 'measure'>): boolean {
  return f.measure.every((w) => CARRIER.test(w) || PLACING.test(w));
}
const PLACING = /^(?:giver|gives|give|add|adds|up|amount\w*|beloeb\w*|udgoer|samlet|samlede|before|earlier|later|after|foer|efter|senere|tidligere|year|aar|aaret|previous|following|forrige|naeste)$/;

/** "… af dem", "… of those": the question names the part of a share itself. */
const NAMES_PART = /\b(?:af|of)\b/;
/** Words pointing back at what was just answered. */
const BACK = /\b(?:det|dem|disse|so|saa|that|it|them|those|these)\b/;

/**
 * "hvad er forskellen?", "hvor meget stiger det?", "hvor stor en andel er det?" after two answers: an
 * operation on the figures that answered, when the question names nothing else to work on — no measure
 * words but those of the answered measures' names (`answered`) beyond a word or two with a word pointing
 * back, no organisation, case or period but those of the earlier answers (`named` tells whether one is
 * named). Pure; undefined when it is not such a question.
 */
export function earlierOperation(f: Frame, previous: FrameContext, named: { orgs: boolean; cases: boolean }, answered: string[] = []): EarlierOperation | undefined {
  if (previous.answers.length < 2 || f.periods.length > 1 || f.latest || f.since) return undefined;
  // An organisation or case the earlier answers lack makes it a question of its own ("og Viborgs?").
  if ((f.orgs.length && !named.orgs) || (f.cases.length && !named.cases)) return undefined;
  const op = fromFrame(f) ?? ASKS.find(([, words]) => words.test(f.text))?.[0];
  // "how much more does 09b save over the three years 2017-2019?": a span of years is each answer's series added up over it.
  const span = /^\d{4}--\d{4}$/.test(f.periods[0] ?? '') && (op === 'difference' || op === 'ratio' || op === 'sum');
  if (f.periods.length && !span) return undefined;
  if (!op || (op === 'share' && NAMES_PART.test(f.text))) return undefined;
  // Words of the answered measures' names ("investeret" of "Byrådets investering") point back too.
  const names = answered.flatMap((n) => words(fold(n)));
  const own = f.measure.filter((w) => !CARRIER.test(w) && !names.some((n) => sameStem(w, n)));
  if (own.length === 0) return op;
  return own.length <= 2 && BACK.test(f.text) ? op : undefined;
}

/** One word inflected or compounded from the other: "investeret" and "investering" share "invest". */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n === a.length || n === b.length ? n >= 3 : n >= 5;
}

function fromFrame(f: Frame): EarlierOperation | undefined {
  switch (f.operation) {
    case 'change':
    case 'percent-change':
    case 'difference':
    case 'ratio':
    case 'sum':
    case 'share':
    case 'rest':
      return f.operation;
    default:
      return undefined;
  }
}
