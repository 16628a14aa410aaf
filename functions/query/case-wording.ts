/**
 * How answers about cases word themselves, in Danish and English: the noun the question used, and the
 * sentences of the "which case is about …" search (case-find.ts) and of ranking cases (case-rank.ts).
 */
import type { Lang } from '../domain/period.js';
import type { CaseNoun } from '../domain/query/case-question.js';

export const NOUN_TEXT: Record<CaseNoun, Record<Lang, string>> = {
  proposal: { da: 'et forslag', en: 'a proposal' },
  'sub-project': { da: 'et delprojekt', en: 'a sub-project' },
  track: { da: 'et spor', en: 'a track' },
  strategy: { da: 'en investeringsstrategi', en: 'an investment strategy' },
  'business-case': { da: 'en business case', en: 'a business case' },
  project: { da: 'et projekt eller en indsats', en: 'a project or initiative' },
};

export const NOUN_PLURAL: Record<CaseNoun, Record<Lang, string>> = {
  proposal: { da: 'forslag', en: 'proposals' },
  'sub-project': { da: 'delprojekter', en: 'sub-projects' },
  track: { da: 'spor', en: 'tracks' },
  strategy: { da: 'investeringsstrategier', en: 'investment strategies' },
  'business-case': { da: 'business cases', en: 'business cases' },
  project: { da: 'projekter og indsatser', en: 'projects and initiatives' },
};

export function severalFit(lang: Lang, noun: CaseNoun): string {
  const what = NOUN_PLURAL[noun][lang];
  // Danish asks "hvilket" of a neuter noun (forslag, delprojekt, spor) and "hvilken" of a common one (strategi, indsats).
  const which = noun === 'proposal' || noun === 'sub-project' || noun === 'track' ? 'Hvilket' : 'Hvilken';
  return lang === 'da' ? `Flere ${what} passer lige godt på det. ${which} mente du?` : `Several ${what} fit that equally well. Which did you mean?`;
}

/** A count of cases narrowed by what their forms tick and by more, which no stored count gives. */
export function noFacetCount(lang: Lang, plural: string, said: string[]): string {
  const words = said.map((w) => `«${w}»`).join(', ');
  return lang === 'da'
    ? `Jeg har intet optalt antal for netop de ${plural}, spørgsmålet afgrænser (${words}). Jeg har kun antallet af alle forslag med hver indsatstype og tilgang, som skemaerne afkrydser dem.`
    : `I have no counted number for exactly the ${plural} the question narrows down (${words}). I only have the number of all proposals of each effort type and approach, as the forms tick them.`;
}

export function noCase(lang: Lang, noun: CaseNoun, suggestions: string[]): string {
  const what = NOUN_TEXT[noun][lang];
  const more = suggestions.length ? (lang === 'da' ? ` Måske mente du: ${suggestions.join('; ')}?` : ` Perhaps you meant: ${suggestions.join('; ')}?`) : '';
  return lang === 'da' ? `Jeg kender ikke ${what}, der passer på det.${more}` : `I know of no ${what.replace(/^an? /, '')} that fits that.${more}`;
}

const END: Record<Lang, Record<'max' | 'min', string>> = { da: { max: 'højest', min: 'lavest' }, en: { max: 'highest', min: 'lowest' } };
const SIGN_TEXT: Record<Lang, Record<'positive' | 'negative', string>> = {
  da: { positive: ' (kun positive tal)', negative: ' (kun negative tal)' },
  en: { positive: ' (positive figures only)', negative: ' (negative figures only)' },
};

/** "… 2,500 mio. kr." ends with its own full stop: a sentence gets one only when it has none. */
function stop(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** The phrases of a ranking of cases: `period` is the year compared, or undefined when the winner wins every year. */
export const rankSay = {
  lead: (lang: Lang, r: { winner: string; extreme: 'max' | 'min'; measure: string; period?: string; shown?: string; count: number; noun: CaseNoun; sign?: 'positive' | 'negative'; list: string }) => {
    const end = END[lang][r.extreme];
    const plural = NOUN_PLURAL[r.noun][lang];
    const sign = r.sign ? SIGN_TEXT[lang][r.sign] : '';
    const da = lang === 'da';
    if (r.count === 1)
      return stop(da ? `Kun ${r.winner} har tal for «${r.measure}»${r.period ? ` i ${r.period}` : ''}${sign}: ${r.list}` : `Only ${r.winner} has a figure for "${r.measure}"${r.period ? ` in ${r.period}` : ''}${sign}: ${r.list}`);
    if (r.period)
      return stop(
        da
          ? `${r.winner} ligger ${end} på «${r.measure}» i ${r.period} blandt de ${r.count} ${plural} med tal${sign}: ${r.list}`
          : `${r.winner} is ${end} on "${r.measure}" in ${r.period} among the ${r.count} ${plural} with a figure${sign}: ${r.list}`,
      );
    if (!r.shown)
      return stop(
        da
          ? `${r.winner} ligger ${end} på «${r.measure}» blandt de ${r.count} ${plural} med tal, hver for sin egen periode${sign}: ${r.list}`
          : `${r.winner} is ${end} on "${r.measure}" among the ${r.count} ${plural} with a figure, each for its own period${sign}: ${r.list}`,
      );
    return stop(
      da
        ? `${r.winner} ligger ${end} på «${r.measure}» i hvert år blandt de ${r.count} ${plural} med tal${sign}; i ${r.shown}: ${r.list}`
        : `${r.winner} is ${end} on "${r.measure}" in every year among the ${r.count} ${plural} with a figure${sign}; in ${r.shown}: ${r.list}`,
    );
  },
  more: (lang: Lang, n: number) => (lang === 'da' ? `og ${n} andre` : `and ${n} more`),
  owner: (lang: Lang, unit: string) => (lang === 'da' ? `Det er ${unit}.` : `It is ${unit}.`),
  without: (lang: Lang, period: string, list: string) => (lang === 'da' ? `Uden tal for ${period}: ${list}.` : `No figure for ${period}: ${list}.`),
  tie: (lang: Lang, list: string, measure: string, period: string, value: string) =>
    lang === 'da'
      ? `${list} har samme tal for «${measure}» i ${period}: ${value}. Ingen ligger alene øverst, så jeg peger ikke på én af dem.`
      : `${list} have the same figure for "${measure}" in ${period}: ${value}. None is alone at the top, so I name none of them.`,
  units: (lang: Lang, measure: string, noun: CaseNoun, units: string) =>
    lang === 'da'
      ? `«${measure}» er ikke opgjort i samme enhed for alle ${NOUN_PLURAL[noun].da} (${units}), så de kan ikke rangeres.`
      : `"${measure}" is not given in the same unit for all ${NOUN_PLURAL[noun].en} (${units}), so they cannot be ranked.`,
  gap: (lang: Lang, measure: string, period: string, list: string, noun: CaseNoun) =>
    lang === 'da'
      ? `Jeg kan ikke rangere ${NOUN_PLURAL[noun].da} på «${measure}» i ${period}: ${list} mangler tal for ${period}, men har tal før og efter, så rækkefølgen kunne være forkert.`
      : `I cannot rank the ${NOUN_PLURAL[noun].en} on "${measure}" in ${period}: ${list} has no figure for ${period} but has figures before and after, so the order could be wrong.`,
  byYear: (lang: Lang, list: string) => (lang === 'da' ? `Det afhænger af året: ${list}. Hvilket år mener du?` : `It depends on the year: ${list}. Which year do you mean?`),
};
