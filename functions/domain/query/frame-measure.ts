/**
 * The measure words of a question: what is left once periods, places, cases, numbers, kinds and grammar are
 * read — the words to search (measure), those that may name the measure (optional) and those searched for
 * ranking only (extra).
 */
import type { PeriodQuery, Span } from './period-parse.js';
import { STOPWORDS } from './text.js';
import { CHANGE } from './frame-operation.js';
import { inside, type Token } from './frame-tokens.js';

/** Words that name a case as such ("forslaget", "proposal", "projektet"), not one of its measures. */
const CASE_WORDS = /^(?:forslag(?:et|ets|ene)?|prioriteringsforslag\w*|proposal|proposals|projekt(?:et|ets)?|project|initiativ(?:et)?|initiative|business ?casen?|casen?)$/;
/** Words of comparison and sums: grammar, read into the operation and never searched. */
const GRAMMAR = new Set(
  ('end than siden since sammenlignet sammenlign compared compare vs versus mod ift forhold relative against alt samlet samlede sum summen ' +
    'summed summeret tilsammen together combined altogether total hvilken hvilke which who fra from til to between mellem og and med with ligger doing ' +
    'going status perioden period track vej kroner kr mio millioner million millions dkk mia procent percent pct naar traekkes trukket fratrukket minus plus lagt laegges sammen udgoer udgjorde hverken neither nor ' +
    // "præcis 3": how exactly a number is meant (see query/exact-count.ts), never part of a measure's name.
    'praecis netop eksakt exactly precisely ' +
    // "mindst": a lower bound asked (see query/bounds.ts), never part of a measure's name.
    'mindst ' +
    // "besparelsen samme år": which period, said of the one before (follow-up.ts), never part of a measure's name.
    'samme same').split(' '),
);
/** Words of change and comparison that may also be part of a measure's name ("Fald i tilgangen …"): searched, but optional. */
const OPERATION_WORDS = new Set(
  ('faldet faldt falder fald steget steg stiger stigning aendret aendring udvikling change changed increase increased decrease decreased rose risen fell ' +
    'fallen dropped grew bedre better vaerre worse forskel forskellen difference overstiger oversteg exceeds exceeded mere flere hoejere stoerre lavere mindre faerre more higher larger bigger greater lower smaller ' +
    'less fewer above below over under end than siden since sammenlignet sammenlign compared compare vs versus mod ift forhold relative against ' +
    'alt samlet samlede sum summen tilsammen together combined altogether total langt far mangler missing short gange times procentpoint points point ' +
    'percentage hvilken hvilke which who hoejeste stoerste flest mest bedste highest largest biggest most best laveste mindste faerrest lowest smallest ' +
    'fewest least worst fra from til to between mellem naaet reached reach track vej status ligger doing going perioden period og and med with ' +
    'kroner kr mio millioner million millions dkk mia procent percent pct').split(' '),
);

export interface MeasureWords {
  measure: string[];
  optional: string[];
  extra: string[];
  /** Only unit words were left: they are searched as the measure. */
  onlyUnits: boolean;
}

/** Adds to `synonyms` (read with the kind and unit words) the small numbers, benefits inside compounds and case words it sets aside. */
export function readMeasureWords(
  text: string,
  tokens: Token[],
  taken: Span[],
  said: { kindSpans: Span[]; unitSpans: Span[]; phraseSynonyms: (Span & { words: string[] })[]; synonyms: string[] },
  groupWords: string[],
  caseNamed: boolean,
  periodQuery: PeriodQuery,
): MeasureWords {
  const { kindSpans, unitSpans, phraseSynonyms, synonyms } = said;
  const measure: string[] = [];
  const extra: string[] = [];
  for (const t of tokens) {
    // "(3-4 år)", "3 eller flere": a small number may tell measures apart; it counts when a name has it.
    if (/^\d{1,2}$/.test(t.word) && !inside(t, taken)) synonyms.push(t.word);
    if (inside(t, taken) || STOPWORDS.has(t.word) || t.word.length < 2) continue;
    if (GRAMMAR.has(t.word) || inside(t, kindSpans)) continue;
    const phrase = phraseSynonyms.find((p) => inside(t, [p]));
    if (phrase) {
      for (const w of phrase.words) if (!measure.includes(w)) measure.push(w);
    } else if (OPERATION_WORDS.has(t.word) || CHANGE.test(t.word) || inside(t, unitSpans)) extra.push(t.word);
    else measure.push(t.word);
    // "uddannelseshjælpsmodtagere" is asked of a measure named by "uddannelseshjælp": the benefit inside the compound.
    const benefit = /^(.{5,}?)s?modtager(?:e|en|ne)?$/.exec(t.word);
    if (benefit) synonyms.push(benefit[1]!);
  }
  // "forslag BIC 07", "the Superb project": with a case named, words for the case itself name no measure.
  if (caseNamed) for (let i = measure.length - 1; i >= 0; i--) if (CASE_WORDS.test(measure[i]!)) synonyms.push(...measure.splice(i, 1));
  // A question of only unit words ("Viborgs placering i klyngen", "antallet af kontaktforløb") searches them as its measure.
  const onlyUnits = !measure.length && extra.length > 0;
  if (!measure.length) {
    const units = extra.filter((w) => !OPERATION_WORDS.has(w));
    measure.push(...(units.length ? units : extra));
    extra.splice(0, extra.length, ...extra.filter((w) => !measure.includes(w)));
  }
  // "placering i klyngen": a group word may be part of the measure's name, but it explains nothing by itself.
  extra.push(...groupWords);
  // "budget i alt for 2020": with one period that is not a span, "i alt" cannot add up years, so a measure
  // named as the total ("… i alt") is the one meant. Without a period or over a span it is a sum of years.
  const onePeriod = periodQuery.periods.length === 1 && !periodQuery.periods[0]!.includes('--');
  if (onePeriod && /\b(?:i alt|total)\b/.test(text)) synonyms.push('alt', 'total');
  const optional = [...synonyms, ...periodQuery.edgeWords];
  return { measure, optional, extra, onlyUnits };
}
