/**
 * A negation set off from the question ("– ikke budgettet", "(ikke besparelsen)", ", not the investment")
 * says what the answer is NOT: those words name no measure, and measures named by them are ruled out.
 * A negation inside the sentence ("skoler, hvor der ikke vejledes") is part of what is measured and is
 * left to the contrast family "negation".
 */
import type { Span } from './period-parse.js';

/**
 * A dash, bracket or comma, then "ikke"/"not" (after a word that restates: "– altså ikke …", "- i.e. not …"),
 * then up to the next punctuation or a spaced dash ("målet – ikke status – for …"): at most a short noun phrase.
 */
const SET_OFF = /(?:[–—(]|\s-\s|,)\s*(?:men\s+|but\s+|altsaa\s+|dvs\.?\s+|og\s+|and\s+|i\.\s?e\.,?\s+|that is,?\s+)?(?:ikke|not)\s+((?:(?!\s-\s)[^–—(),;:?!.])+)/g;
/** Longer than this, the words after "ikke" are a clause ("…, ikke var kommet i job"), not a thing excluded. */
const MAX_WORDS = 4;
/** A verb right after the negation makes it a clause about the measure, not an exclusion. */
const VERB = /^(?:er|var|har|havde|kom|kommer|blev|bliver|vender|vendte|fik|faar|is|was|were|are|has|had|did|do|does|returned?|got)\b/;

/** The spans of set-off negations in a folded question, each from "ikke"/"not" to its end. */
export function negatedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SET_OFF)) {
    const phrase = m[1]!.trim();
    const count = phrase.split(/\s+/).length;
    if (!phrase || count > MAX_WORDS || VERB.test(phrase)) continue;
    const start = m.index + m[0].search(/\b(?:ikke|not)\b/);
    out.push({ start, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

/** The question with its set-off negations blanked (same length), for readers that must not see them. */
export function withoutNegated(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
