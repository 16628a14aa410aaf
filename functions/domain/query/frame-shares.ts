/**
 * Parts of a whole: a share ("hvor stor en andel af de 1.485 borgere …"), the rest ("hvor mange af de 180
 * var hverken …") and a whole less a part ("ekskl. overførselsudgifter"), each side with its own measure
 * words, kinds, contrasts and stated numbers.
 */
import type { Lang } from '../period.js';
import { contrastPhrases, smallNumbers, type Lexicon } from './lexicon.js';
import { findNumbers } from './numbers.js';
import type { Span } from './period-parse.js';
import type { Frame, ShareSide } from './frame-types.js';
import type { Token } from './frame-tokens.js';

/** "hvor stor en andel af …", "what share of …": a part of a whole. */
const SHARE_OF = /\b(?:hvor stor(?:e)? (?:en )?(?:andel|del|procentdel)|hvilken andel|hvor mange procent|what share|what proportion|what percentage|what percent|what part|how many percent|how large a share|how big a share)\b|(?:\b(?:i|as|in|som)\s+(?:%|pct\b\.?|procent\b|percent\b|a percentage\b|andel\b|a share\b))(?=\s+(?:af|of)\b)/;
/** The question words of a share ("hvor stor en andel", "what share"), as against "X i % af Y". */
const PERCENT_QUESTION = /^(?:hvor|hvilken|what|how)\b/;
/** Where the whole named after "af" / "of" ends: the verb of the part (after any relative clause, up to its comma). */
const RELATIVE = /^(?:der|som|who|that|which)$/;
const CLAUSE = /^(?:er|var|har|havde|have|has|had|is|was|were|are|blev|become|became|gik|gaar|goes|go|kom|went|got|gone|forventes|expected|endte|ended|fik|svarer|udgoer|udgjorde|falder|falls|fall|staar|stod|lands|land|accounts|account|bears|bear|bruges|anvendes|spent|daekkes|finansieres|betales|covered|financed|funded|paid|vil|kan|skal|will|would|can|should|did|do|does)$/;
/** A pronoun standing for the whole: "af dem", "of them", "of it". */
const PRONOUN = /^(?:dem|them|it)$/;
const QUALIFYING = /^(?:med|with|i|in|paa|on|over|under|fra|from|uden|without|af|of|til|to|hvor|where)$/;
/** "af de 1.485 borgere", "of the 274", "de planlagte 150", "de ca. 350": a number the question states as known. */
const STATED = /\b(?:de|the|alle|all|disse|these|those)\s+(?:\p{L}+\.?\s+)?$/u;
/** "de unge 18-29-årige": the first number of a range is an age or a span, never a quantity. */
const RANGE_AFTER = /^\s*[-–]\s*\d/;

/** Numbers the question states as known quantities: a stored figure to find, never part of a measure's name. */
export function statedNumbers(text: string, lang: Lang): (Span & { value: number })[] {
  return findNumbers(text, lang).filter((n) => !n.unit && STATED.test(text.slice(0, n.start)) && !RANGE_AFTER.test(text.slice(n.end)));
}

/**
 * "Hvor stor en andel af de 1.485 borgere i KIK II var overgået til selvforsørgelse?": the whole is what is
 * named after "af" / "of" up to a relative clause or verb, the part is the rest. Each side keeps its own
 * measure words, contrasts and stated numbers.
 */
export function readShare(f: Frame, lex: Lexicon, tokens: Token[]): Span | undefined {
  const m = SHARE_OF.exec(f.text);
  const of = m && /\b(?:af|of)\b/.exec(f.text.slice(m.index + m[0].length));
  if (!m || !of) return undefined;
  const from = m.index + m[0].length + of.index;
  // "hvor stor en del af", "how large a share of": the words asking for a share name no measure.
  const asking = new Set(tokens.filter((t) => t.start >= m.index && t.end <= m.index + m[0].length).map((t) => t.word));
  f.measure = f.measure.filter((w) => !asking.has(w));
  const end = wholeEnd(f.text, tokens, from);
  const inPart = (t: Span) => t.start < from || t.start >= end;
  // "i job + i praktik i % af de 150", "either to a job or to early retirement": parts joined by a plus, or by
  // "eller" / "or" after "enten" / "either", are added up over the whole.
  const either = /\b(?:enten|either)\b/.exec(f.text);
  const joins = [...f.text.matchAll(/\s(?:\+|plus)\s/g)].map((x) => x.index);
  if (either) joins.push(...[...f.text.slice(either.index).matchAll(/\b(?:eller|or)\b/g)].map((x) => either.index + x.index));
  const cuts = [-1, ...joins.filter((i) => inPart({ start: i, end: i })).sort((a, b) => a - b), f.text.length];
  const parts = cuts.length > 2 ? cuts.slice(0, -1).map((c, i) => shareSide(f, lex, tokens, (t) => inPart(t) && t.start > c && t.start < cuts[i + 1]!)) : [];
  f.share = { whole: shareSide(f, lex, tokens, (t) => t.start >= from && t.start < end), parts: parts.length > 1 && parts.every((p) => p.measure.length) ? parts : [shareSide(f, lex, tokens, inPart)] };
  // "… falls in 2019", "… går til førtidspension": the verb that ends the whole names no part.
  for (const p of f.share.parts) p.measure = p.measure.filter((w) => !CLAUSE.test(w) && !/^(?:enten|either)$/.test(w));
  // "X i % af Y", "X as % of Y": the whole is named, so a stored share of another whole never answers.
  if (!PERCENT_QUESTION.test(m[0])) f.share.named = true;
  f.operation = 'share';
  return { start: from, end };
}

/** Where the whole that starts at `from` ends: at the verb of the part, a relative clause ("der kom i arbejde,") included. */
function wholeEnd(text: string, tokens: Token[], from: number): number {
  // "what share of them found …", "hvor mange af dem fik …": the pronoun alone; "af dem med 3 eller flere", "af dem, der …"
  // name a whole of their own.
  const next = tokens.find((t) => t.start > from);
  const after = next && tokens.find((t) => t.start > next.end);
  if (next && PRONOUN.test(next.word) && !(after && (RELATIVE.test(after.word) || QUALIFYING.test(after.word)))) return next.end;
  const first = tokens.find((t) => t.start > from && (RELATIVE.test(t.word) || CLAUSE.test(t.word)));
  if (!first) return text.length;
  const comma = text.indexOf(',', first.end);
  if (!RELATIVE.test(first.word) || comma < 0) return first.start;
  return tokens.find((t) => t.start > comma && CLAUSE.test(t.word))?.start ?? text.length;
}

/** One side of a share or rest: the measure words, kinds, contrasts and stated numbers of the tokens in it. */
function shareSide(f: Frame, lex: Lexicon, tokens: Token[], inSide: (t: Span) => boolean): ShareSide {
  const words = tokens.filter(inSide).map((t) => t.word);
  const kinds = [...new Set(words.flatMap((_, i) => lex.kinds.match(words, i)?.values ?? []))];
  // "af de gengangere, der havde 3 eller flere": a small number the question names belongs to the side it stands in.
  const numbers = smallNumbers(words).filter((n) => f.contrasts.includes(n));
  const contrasts = [...contrastPhrases(words.join(' '), lex).flatMap((p) => p.members), ...numbers];
  return { measure: f.measure.filter((w) => words.includes(w)), contrasts, stated: statedNumbers(f.text, f.lang).filter(inSide).map((n) => n.value), kinds };
}

/** "hvor mange af …", then "hverken A eller B" / "neither A nor B" / "ikke A" / "not A": the whole less the parts. */
const REST_OF = /\b(?:hvor mange|how many)\s+(?:af|of)\b/;
const NEITHER = /\b(?:hverken|neither|ikke|not)\b/;

export function readRest(f: Frame, lex: Lexicon, tokens: Token[]): void {
  const m = REST_OF.exec(f.text);
  const no = m && NEITHER.exec(f.text.slice(m.index + m[0].length));
  if (!m || !no) return;
  const from = m.index + m[0].length - 2;
  const at = m.index + m[0].length + no.index;
  const end = Math.min(wholeEnd(f.text, tokens, from), at);
  // Each part runs to the next "eller" / "nor" / "or".
  const cuts = [at, ...[...f.text.slice(at).matchAll(/\b(?:eller|nor|or)\b/g)].map((x) => at + x.index), f.text.length];
  const parts = cuts.slice(0, -1).map((c, i) => shareSide(f, lex, tokens, (t) => t.start > c && t.start < cuts[i + 1]!)).filter((p) => p.measure.length);
  if (!parts.length) return;
  f.share = { whole: shareSide(f, lex, tokens, (t) => t.start >= from && t.start < end), parts };
  f.operation = 'rest';
}

/** "ekskl.", "excluding", "uden": what follows is a part to take out of what comes before. */
const EXCLUDING = /\b(?:ekskl|eksklusive?|excl|excluding|exclusive of|fraregnet|bortset fra|not counting|uden)\b\.?/;

/**
 * "budget 2019 ekskl. overførselsudgifter", "overførselsudgifter excluding førtidspension": the whole (the
 * measure before the word; none when only a kind or period stands there: the part's table's total) less the part named after it.
 */
export function readExcluding(f: Frame, lex: Lexicon, tokens: Token[]): void {
  const m = EXCLUDING.exec(f.text);
  if (!m) return;
  const said = new Set(tokens.filter((t) => t.start >= m.index && t.end <= m.index + m[0].length).map((t) => t.word));
  const measure = f.measure.filter((w) => !said.has(w));
  const cut = { ...f, measure };
  const part = shareSide(cut, lex, tokens, (t) => t.start >= m.index + m[0].length);
  const whole = shareSide(cut, lex, tokens, (t) => t.start < m.index);
  if (!part.measure.length) return;
  f.measure = measure;
  f.share = { whole, parts: [part], excluding: true };
  f.operation = 'rest';
}
