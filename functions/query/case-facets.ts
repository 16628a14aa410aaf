/**
 * What a proposal form ticks, as a question names it: an effort type ("forebyggende", "early") or an approach
 * ("tilgangen prioritering", "investment") narrows the cases asked about to those whose form ticks it. The words
 * are data (words.json `caseFacets`), read once.
 */
import type { Case } from '../domain/model.js';
import { fold, words } from '../domain/query/text.js';
import { caseFacetWords } from './readings.js';

/** The keys naming a field, not a value of it. */
const FIELDS = new Set(['effortTypes', 'approach']);
/** A word just before the value that makes it the case's topic, not its ticked box ("handler om efterværn"). */
const TOPIC = new Set(['om', 'omkring', 'vedroerende', 'about', 'on', 'concerning', 'regarding']);

export interface FacetsNamed {
  /** The values named ("forebyggende", "investering"), as the store keeps them. */
  values: string[];
  /** Every word of the question naming a value or a field. */
  words: Set<string>;
  /** The phrases found, as the data writes them ("efterværn"): what an answer names. */
  said: string[];
  /** A value stands as the topic of the question ("forslag om efterværn"), not as what the form ticks. */
  topical: boolean;
}

export const NO_FACETS: FacetsNamed = { values: [], words: new Set(), said: [], topical: false };

let phrases: { key: string; text: string; words: string[] }[] | undefined;
function facetPhrases(): { key: string; text: string; words: string[] }[] {
  phrases ??= Object.entries(caseFacetWords()).flatMap(([key, list]) => list.map((text) => ({ key, text, words: words(fold(text)) })).filter((p) => p.words.length));
  return phrases;
}

/** The effort types and approaches the (folded) words name. */
export function facetsNamed(tokens: string[]): FacetsNamed {
  const values = new Set<string>();
  const named = new Set<string>();
  const said = new Set<string>();
  let topical = false;
  for (let i = 0; i < tokens.length; i++) {
    for (const p of facetPhrases()) {
      if (!p.words.every((w, k) => tokens[i + k] === w)) continue;
      for (const w of p.words) named.add(w);
      said.add(p.text);
      if (FIELDS.has(p.key)) continue;
      values.add(p.key);
      if (TOPIC.has(tokens[i - 1] ?? '')) topical = true;
    }
  }
  return { values: [...values], words: named, said: [...said], topical };
}

/** Whether a case's form ticks every value named. */
export function ticks(c: Case, values: string[]): boolean {
  const ticked: readonly string[] = [...(c.effortTypes ?? []), ...(c.approach ? [c.approach] : [])];
  return values.every((v) => ticked.includes(v));
}
