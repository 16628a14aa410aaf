/**
 * Kind and unit words anywhere in a question (kinds are preferences unless insisted on, units filters),
 * the kinds negated, and the synonyms that may name the measure.
 */
import type { FigureKind } from '../model.js';
import { DURATIONS, type Lexicon, type StrictKind, type UnitFamily } from './lexicon.js';
import type { Span } from './period-parse.js';
import { inside, type Token } from './frame-tokens.js';

/** A question phrase asking for a share: the unit asked, wherever in the question it stands. */
const SHARE_ASKED = /\b(?:hvor stor (?:en )?(?:andel|del)|hvor mange procent|what (?:share|percentage|proportion)|how (?:large|big|high) a (?:share|proportion|percentage))\b/;
/** How many tokens from the start of a question may name the unit asked for. */
const HEAD_TOKENS = 6;
/** A word before a kind that says the kind is not what is asked ("no actual figure", "ingen faktiske tal"; "uden" is a counterfactual). */
const NEGATOR = /^(?:no|ingen|intet|ikke|not)$/;
/** Between two kind words: they are offered as alternatives ("et budget eller en beregnet besparelse", "a result or a target"). */
const OFFERED = /^\s+(?:\w+\s+){0,2}(?:eller|or)\s+(?:\w+\s+){0,2}$/;

export interface KindsAndUnits {
  kinds: FigureKind[];
  units: UnitFamily[];
  kindSpans: Span[];
  synonyms: string[];
  unitSpans: Span[];
  strict: StrictKind | undefined;
  /** Phrases of several words read as their synonym ("flyttede ud" → "fraflyttede"). */
  phraseSynonyms: (Span & { words: string[] })[];
  excludedKinds: FigureKind[];
}

export function readKindsAndUnits(text: string, tokens: Token[], lex: Lexicon, negated: Span[]): KindsAndUnits {
  const words = tokens.map((t) => t.word);
  const kinds: FigureKind[] = [];
  const units: UnitFamily[] = [];
  const kindSpans: Span[] = [];
  const synonyms: string[] = [];
  const unitSpans: Span[] = [];
  const phraseSynonyms: (Span & { words: string[] })[] = [];
  const excludedKinds: FigureKind[] = [];
  const kindHits: (Span & { values: FigureKind[] })[] = [];
  const insisted: (StrictKind & { start: number })[] = [];
  // A kind word inside a name of a thing measured ("other target groups") names no kind asked: its words are left to the measure.
  let plainUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const notKind = i >= plainUntil ? lex.notKinds.match(words, i) : undefined;
    if (notKind) plainUntil = i + notKind.length;
    const kindless = i < plainUntil;
    if (inside(tokens[i]!, negated)) {
      // A kind negated rules out figures of that kind, not measures whose aliases mention it.
      const nk = lex.kinds.match(words, i);
      for (const v of nk?.values ?? []) if (!excludedKinds.includes(v)) excludedKinds.push(v);
      if (nk) kindSpans.push({ start: tokens[i]!.start, end: tokens[i + nk.length - 1]!.end });
      continue;
    }
    // "for which no actual figure exists yet", "hvor der ingen faktiske tal er": a kind right after a negator is not asked.
    if (NEGATOR.test(words[i - 1] ?? '') && !kindless) {
      const nk = lex.kinds.match(words, i);
      if (nk) {
        for (const v of nk.values) if (!excludedKinds.includes(v)) excludedKinds.push(v);
        kindSpans.push({ start: tokens[i]!.start, end: tokens[i + nk.length - 1]!.end });
        continue;
      }
    }
    // "budgetopfølgning" matches "budget*" and the phrase that says it insists on nothing: nothing wins.
    const sk = kindless ? undefined : lex.strictKinds.match(words, i)?.values;
    if (sk && !sk.some((v) => !v.accepts.length)) insisted.push({ ...sk[0]!, start: tokens[i]!.start });
    const k = kindless ? undefined : lex.kinds.match(words, i);
    if (k) {
      kindHits.push({ start: tokens[i]!.start, end: tokens[i + k.length - 1]!.end, values: k.values });
      kindSpans.push({ start: tokens[i]!.start, end: tokens[i + k.length - 1]!.end });
    }
    // The unit asked stands at the head of the question ("hvor mange kroner", "what share of"); further in,
    // "andel" or "kr." are part of what is measured ("… med en uændret andel").
    const u = lex.units.match(words, i);
    // Money and rank are asked wherever named ("what does X cost in 2017", "where does Hedensted rank on …"); shares and counts only at the
    // head — or after a question phrase that asks a share wherever it stands ("Af dem, der …, hvor stor en andel gik i arbejde?").
    // "… hvor mange pct?": a unit right after "hvor mange" is the one asked, wherever it stands.
    // A unit phrase that is itself a question ("… for less than how many years") is asked wherever it stands.
    const asked = i < HEAD_TOKENS || /^(?:mange|many|hvor|how)$/.test(words[i - 1] ?? '') || /^(?:hvor|how)$/.test(words[i] ?? '') || u?.values.includes('money') || u?.values.includes('rank') || (u?.values.includes('percent') && SHARE_ASKED.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.end)));
    // "pr. plads", "per place": what an amount is divided by, never the unit asked (a rank).
    const divides = /^(?:pr|per|each|hver)$/.test(words[i - 1] ?? '');
    if (u && !divides && (asked || unitAtTail(words, i, u.length))) for (const v of u.values) if (!units.includes(v)) units.push(v);
    if (u) unitSpans.push({ start: tokens[i]!.start, end: tokens[i + u.length - 1]!.end });
    const syn = lex.synonyms.match(words, i);
    if (syn) for (const v of syn.values) synonyms.push(...v.flatMap((x) => x.split(/[^a-z0-9]+/)).filter(Boolean));
    // "flyttede ud" is "fraflyttede": a phrase of several words names the measure by its synonym instead.
    if (syn && syn.length > 1) phraseSynonyms.push({ start: tokens[i]!.start, end: tokens[i + syn.length - 1]!.end, words: syn.values.flat().flatMap((x) => x.split(/[^a-z0-9]+/)).filter(Boolean) });
  }
  // "et budget eller en beregnet besparelse?", "an achieved result or a goal?": kinds offered as alternatives ask
  // which kind a figure is, never for one of them (the answer names its kind).
  const offered = kindHits.filter((h, j) => OFFERED.test(text.slice(h.end, kindHits[j + 1]?.start ?? h.end)) || (j > 0 && OFFERED.test(text.slice(kindHits[j - 1]!.end, h.start))));
  for (const h of kindHits) if (!offered.includes(h)) for (const v of h.values) if (!kinds.includes(v)) kinds.push(v);
  const first = insisted.find((x) => !offered.some((h) => x.start >= h.start && x.start < h.end));
  const strict: StrictKind | undefined = first && { kind: first.kind, accepts: first.accepts, ...(first.othersOnlyIn ? { othersOnlyIn: first.othersOnlyIn } : {}) };
  return { kinds, units, kindSpans, synonyms, unitSpans, strict, phraseSynonyms, excludedKinds };
}

/** A question word at the head ("hvor", "what"): without one, a question is a string of keywords. */
const INTERROGATIVE = /^(?:hvor|hvad|hvilk\w*|hvem|hvornaar|hvordan|er|var|kan|how|what|which|who|when|is|was|does|did|can)$/;

/**
 * "… i procent?", "in percent", and the last word of keywords with no question word ("viborg unge sep 2017
 * procent?"): the unit asked, though not at the head. (A unit ending a worded question, "… med en uændret
 * andel?", is part of what is measured.)
 */
function unitAtTail(words: string[], i: number, length: number): boolean {
  if (i + length !== words.length) return false;
  return /^(?:i|in|som|as)$/.test(words[i - 1] ?? '') || !words.some((w) => INTERROGATIVE.test(w));
}

/** A count of heads said in so many words: a share never answers it. */
const HEADS_ASKED = /\b(?:personer|persons|people|ppl|mennesker|individer|individuals)\b/;
/** "hvor mange af (de) …", "how many of the …": part of a group, which a share may answer. */
const PART_OF_GROUP = /\b(?:hvor mange|how many)\b(?: [^ ?]+){0,6}? (?:af|of)\b/;

/**
 * What unit the question asks for. "hvor mange" counts unless money, shares or places are named;
 * "hvor mange sager pr. sagsbehandler" is a count per caseworker, which a count question also accepts.
 */
export function unitsAsked(text: string, named: UnitFamily[]): { units: UnitFamily[]; softUnits: UnitFamily[] } {
  // The first unit named is the one asked ("hvor mange kroner … placering": kroner).
  const strong = named.filter((u) => u !== 'count');
  // "hvor længe" names every duration: any of them answers.
  const durations = strong.filter((u) => (DURATIONS as readonly string[]).includes(u));
  if (strong.length) return { units: durations.length && durations[0] === strong[0] ? durations : [strong[0]!], softUnits: [] };
  if (named.includes('count')) return { units: ['count', 'ratio'], softUnits: [] };
  // "how many %", "how many points above": percentages, or their difference in points.
  if (/\b(?:hvor mange|how many) ?(?:%|(?:percentage )?points?\b)/.test(text)) return { units: ['percent'], softUnits: [] };
  // "hvor mange af de unge …" may be answered by a share of them; "hvor mange personer …" asks heads.
  if (/\b(?:hvor mange|how many)\b/.test(text)) return { units: ['count', 'ratio'], softUnits: HEADS_ASKED.test(text) && !PART_OF_GROUP.test(text) ? [] : ['percent'] };
  return { units: [], softUnits: [] };
}
