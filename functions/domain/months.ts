/**
 * The month vocabulary: the names periods are labelled with, and every word people write for a month
 * (Danish and English, with the usual abbreviations) for whatever reads periods from text.
 */
export const MONTH_NAMES = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const WORDS: readonly (readonly string[])[] = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['marts', 'march', 'mar', 'mrt'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** A month word in lower case → its number, 1–12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));

/** A regex group matching any month word (longest first, so "sept" wins over "sep"), with an optional dot. */
export const MONTH_PATTERN = `(${[...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
