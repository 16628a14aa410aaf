/**
 * Counts of something other than heads: a figure in contact courses, companies or cases per caseworker answers
 * "hvor mange …" only when the question names that unit ("hvor mange sagsbehandlere" is not a caseload of 50),
 * and a plain count (of schools, categories, roles) never answers a question counting people.
 * Sickness cases and full-time persons are left out: questions about people routinely mean them (measured:
 * guarding them turned 33 right answers across the sets into refusals to stop 5 wrong ones).
 */
import type { Frame } from '../domain/query/index.js';
import type { Lang } from '../domain/period.js';

interface CountingUnit {
  /** Words (folded: ø → oe, å → aa) by which a question names the unit. */
  named: RegExp;
  label: Record<Lang, string>;
}

const UNITS: Record<string, CountingUnit> = {
  'contact-courses': { named: /forloeb|\bcourses?\b/, label: { da: 'kontaktforløb', en: 'contact courses' } },
  companies: { named: /virksomhed|arbejdsgiver|compan|employer|firm/, label: { da: 'virksomheder', en: 'companies' } },
  // "hvor mange sager har en sagsbehandler" asks the caseload; "hvor mange sagsbehandlere" does not.
  'cases-per-caseworker': { named: /\bsag(?:e?r|en|erne)?\b|\bcases?\b|sagsstamme|caseload/, label: { da: 'sager pr. sagsbehandler', en: 'cases per caseworker' } },
};

const COUNT_ASKED = /\b(?:hvor mange|how many|antal(?:let)?|number of)\b/;

/** People, counted: a measure in the plain unit 'count' counts things (schools, categories, roles, places), never them. */
const THINGS: CountingUnit['label'] = { da: 'andet end personer', en: 'something other than people' };
const PEOPLE = /^(?:personer|persons|people|ppl|mennesker|individer|borgere|citizens|\w*modtagere|recipients|deltagere|participants|ledige|unemployed|unge|young|elever|students|medarbejdere|employees|staff|sagsbehandlere|caseworkers|raadgivere|advisers|konsulenter|\w+konsulenter|consultants|flygtninge|refugees|kvinder|women|maend|men|\w+parate)$/;
/** "how many job-ready cash-benefit recipients": the noun after the hyphenated words before it. */
const COUNTED_NOUN = /\b(?:hvor mange|how many) ((?:[a-z]+-[a-z-]+ )*)([a-z]+)/;

/** Whether the question counts people ("hvor mange aktivitetsparate …", "how many sickness-benefit recipients"). */
export function countsPeople(f: Frame): boolean {
  const noun = COUNTED_NOUN.exec(f.text)?.[2];
  return !!noun && PEOPLE.test(noun);
}

/** What the question counts, as said: the noun after hyphenated words ("recipients"), else the word after "hvor mange". */
function countedSaid(f: Frame): string | undefined {
  const m = COUNTED_NOUN.exec(f.text);
  return m?.[1] ? m[2] : (f.counted?.said ?? m?.[2]);
}

/** Staff counted as positions: "hvor mange årsværk", "fuldtidsstillinger", "how many full-year / full-time positions", "FTEs". */
const POSITIONS = /\b(?:hvor mange|how many) (?:(?:aarsvaerk|fuldtidsstilling\w*|halvtidsstilling\w*|stillinger|ftes?)\b|(?:full|part|half)[- ](?:year|time) (?:positions?|posts?|jobs?)\b|staff (?:positions?|posts?)\b)/;
const NOT_POSITIONS: CountingUnit['label'] = { da: 'andet end årsværk', en: 'something other than full-year positions' };

/** Those a service is for, counted: "hvor mange borgere / deltagere", "how many citizens / participants". */
const SERVED = /^(?:borgere|borgerne|citizens|deltagere|deltagerne|participants|brugere|users)$/;
/** A measure counting the staff serving them: advisers, caseworkers, consultants, employees. */
const STAFF = /\b(?:raadgiver\w*|sagsbehandler\w*|\w*konsulent\w*|medarbejder\w*|advisers?|advisors?|caseworkers?|consultants?|employees?|staff)\b/;
/** A measure's name counting people served, whatever staff it names too ("kontanthjælpsmodtagere i konsulentens sagsstamme"). */
const COUNTS_SERVED = /\b(?:\w*borger\w*|\w*deltager\w*|\w*modtager\w*|citizens?|participants?|\w*recipients?|unge|young|ledige|unemployed|elever|students|brugere|users)\b/;
const STAFF_LABEL: CountingUnit['label'] = { da: 'medarbejdere, ikke dem de arbejder med', en: 'staff, not those they serve' };

/**
 * The unit a count question gets from a figure in it without naming it (the label to say), else undefined. `name` (the
 * measure's name, folded) lets a count of citizens refuse a count of the advisers serving them ("Transit: rådgivere").
 */
export function unsaidCountingUnit(unit: string, f: Frame, name?: string): CountingUnit['label'] | undefined {
  const noun = COUNTED_NOUN.exec(f.text)?.[2];
  if (name && noun && SERVED.test(noun) && STAFF.test(name) && !COUNTS_SERVED.test(name)) return STAFF_LABEL;
  // "How many full-year positions does UE 09b require?" is never answered by its count of places or heads.
  if (unit !== 'full-year-positions' && POSITIONS.test(f.text)) return NOT_POSITIONS;
  if (unit === 'count' && countsPeople(f)) return THINGS;
  const u = UNITS[unit];
  if (!u || !COUNT_ASKED.test(f.text) || u.named.test(f.text)) return undefined;
  return u.label;
}

/** The refusal: what was counted, if the question said, and what the nearest measure counts instead. */
export function countingUnitRefusal(lang: Lang, f: Frame, measure: string, org: string, label: CountingUnit['label']): string {
  const said = countedSaid(f);
  const what = said ? ` «${said}»` : '';
  return lang === 'da'
    ? `Jeg har intet antal${what} som spurgt. Det nærmeste er ${measure} (${org}), men det tæller ${label.da} – derfor intet tal.`
    : `I have no count${what ? ` of${what}` : ''} as asked. The nearest is ${measure} (${org}), but it counts ${label.en} – so no figure.`;
}
