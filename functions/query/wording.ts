/**
 * The sentences of an answer in Danish and English. Kept apart from the logic so the bot, the API and
 * the CLI say the same thing.
 */
import type { FigureKind } from '../domain/model.js';
import { periodLabel, type Lang } from '../domain/period.js';

const KIND: Record<FigureKind, Record<Lang, string>> = {
  actual: { da: 'faktisk', en: 'actual' },
  budget: { da: 'budget', en: 'budget' },
  target: { da: 'mål', en: 'target' },
  expected: { da: 'forventet', en: 'expected' },
  counterfactual: { da: 'uden indsatsen', en: 'without the effort' },
  potential: { da: 'potentiale', en: 'potential' },
  difference: { da: 'forskel', en: 'difference' },
};

const OPERATION: Record<string, Record<Lang, string>> = {
  change: { da: 'Ændring', en: 'Change' },
  'percent-change': { da: 'Ændring i procent', en: 'Change in per cent' },
  'percent-difference': { da: 'Forskel i procent', en: 'Difference in per cent' },
  difference: { da: 'Forskel', en: 'Difference' },
  ratio: { da: 'Forhold', en: 'Ratio' },
  sum: { da: 'Sum', en: 'Sum' },
  average: { da: 'Gennemsnit', en: 'Average' },
  share: { da: 'Andel', en: 'Share' },
  rest: { da: 'Resten', en: 'The rest' },
  excluding: { da: 'Ekskl. delen', en: 'Excluding the part' },
  product: { da: 'Udregnet antal', en: 'Worked-out amount' },
  'per-unit': { da: 'Pr. enhed', en: 'Per unit' },
  'versus-target': { da: 'Afstand til målet', en: 'Gap to the target' },
  'versus-budget': { da: 'Afvigelse fra budgettet', en: 'Deviation from the budget' },
};

export function operationLabel(op: string, lang: Lang): string {
  return OPERATION[op]?.[lang] ?? op;
}

export function kindLabel(kind: FigureKind, lang: Lang): string {
  return KIND[kind][lang];
}

export function periodText(period: string, lang: Lang): string {
  // "de 7 måneder af 2022" that no stored span placed: said as asked, not as a date.
  const months = /^@m(\d{1,2})-(\d{4})$/.exec(period);
  if (months) return lang === 'da' ? `${months[1]} måneder af ${months[2]}` : `${months[1]} months of ${months[2]}`;
  return periodLabel(period, lang);
}

export function listText(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

export const say = {
  figure: (lang: Lang, p: { org: string; measure: string; value: string; period: string; kind: string }) =>
    lang === 'da'
      ? `${p.org}: ${p.measure} – ${p.value} (${p.kind}, ${p.period}).`
      : `${p.org}: ${p.measure} – ${p.value} (${p.kind}, ${p.period}).`,
  source: (lang: Lang, doc: string, locator: string) => (lang === 'da' ? `Kilde: ${doc}, ${locator}.` : `Source: ${doc}, ${locator}.`),
  target: (lang: Lang, target: string, deadline: string | undefined, status?: string) =>
    lang === 'da'
      ? `Målet er ${target}${deadline ? ` pr. ${deadline}` : ', uden frist'}${status ? ` – status: ${status}` : ''}.`
      : `The target is ${target}${deadline ? ` by ${deadline}` : ', with no deadline'}${status ? ` – status: ${status}` : ''}.`,
  previous: (lang: Lang, value: string, period: string, change: string) =>
    lang === 'da' ? `Perioden før (${period}): ${value}; ændring ${change}.` : `The period before (${period}): ${value}; change ${change}.`,
  since: (lang: Lang, from: string, fromValue: string, to: string, toValue: string, change: string) =>
    lang === 'da'
      ? `Fra ${fromValue} (${from}) til ${toValue} (${to}): en ændring på ${change}.`
      : `From ${fromValue} (${from}) to ${toValue} (${to}): a change of ${change}.`,
  versus: (lang: Lang, org: string, value: string, period: string) =>
    lang === 'da' ? `Til sammenligning ${org}: ${value} (${period}).` : `For comparison, ${org}: ${value} (${period}).`,
  sum: (lang: Lang, years: string) => (lang === 'da' ? `Summen af årene ${years}.` : `The sum of the years ${years}.`),
  noPlace: (lang: Lang, places: string, known: string) =>
    lang === 'da' ? `Jeg har ingen tal for ${places}. Jeg har tal for kommunerne ${known}.` : `I have no figures for ${places}. I have figures for the municipalities of ${known}.`,
  noUnit: (lang: Lang, measure: string, org: string, unit: string) =>
    lang === 'da'
      ? `Spørgsmålet gælder ${unit}, men ${measure} (${org}) er ikke opgjort sådan – derfor intet tal.`
      : `The question asks for ${unit}, but ${measure} (${org}) is not measured that way – so no figure.`,
  onlyKind: (lang: Lang, kind: string, period: string) =>
    lang === 'da' ? `For ${period} er der kun et tal af typen «${kind}».` : `For ${period} there is only a figure of the kind "${kind}".`,
  kindFallback: (lang: Lang, asked: string, given: string) =>
    lang === 'da' ? `Der er ikke noget tal af typen «${asked}»; tallet er ${given}.` : `There is no figure of the kind "${asked}"; this one is ${given}.`,
  partial: (lang: Lang, asked: string, covered: string) =>
    lang === 'da' ? `Bemærk: tallet for ${asked} dækker kun ${covered}.` : `Note: the figure for ${asked} covers only ${covered}.`,
  wider: (lang: Lang, asked: string, covered: string) =>
    lang === 'da' ? `Der er ikke et tal for ${asked} alene; tallet gælder ${covered}.` : `There is no figure for ${asked} alone; this one is for ${covered}.`,
  relative: (lang: Lang, words: string, period: string) =>
    lang === 'da' ? `«${words}» er læst som ${period} (ud fra de nyeste tal).` : `"${words}" is read as ${period} (from the newest figures).`,
  /** "de 7 måneder af 2022": the one stored span of that many months in the year. */
  months: (lang: Lang, words: string, period: string) =>
    lang === 'da' ? `«${words}» er læst som ${period}, den periode af den længde, der er tal for.` : `"${words}" is read as ${period}, the period of that length with figures.`,
  first: (lang: Lang, period: string) =>
    lang === 'da' ? `«Før» er læst som den første periode med tal: ${period}.` : `"Before" is read as the first period with figures: ${period}.`,
  computed: (lang: Lang, what: string, expression: string) => (lang === 'da' ? `${what}: ${expression}.` : `${what}: ${expression}.`),
  // "mio. kr." ends in a full stop of its own.
  signMeaning: (lang: Lang, meaning: string, size: string) => (lang === 'da' ? `Det er en ${meaning} på ${size}.` : `That is a ${meaning} of ${size}.`).replace(/\.\.$/, '.'),
  writtenNegative: (lang: Lang, size: string) =>
    lang === 'da'
      ? `Tabellen skriver besparelser med minus (dér står −${size}); her er besparelsen et positivt beløb.`
      : `The table writes savings as negative (−${size} there); here the saving is a positive amount.`,
  storedAsFall: (lang: Lang, stored: string) =>
    lang === 'da' ? `I tabellen står tallet som ${stored}: så mange færre.` : `The table gives it as ${stored}: that many fewer.`,
  periodsAdded: (lang: Lang, periods: string) =>
    lang === 'da' ? `Kun ${periods} er lagt sammen, ikke perioden imellem.` : `Only ${periods} are added up, not the period between them.`,
  notRestated: (lang: Lang, said: string, measure: string, figure: string) =>
    lang === 'da'
      ? `Spørgsmålet nævner ${said}, men tallet jeg har for ${measure} er ${figure} – så jeg regner ikke videre på det.`
      : `The question names ${said}, but the figure I have for ${measure} is ${figure} – so I will not compute from it.`,
  monthsSaid: (lang: Lang, n: number, period: string, weeks = false) =>
    lang === 'da'
      ? `Tallet for ${period} er fordelt på de ${n} ${weeks ? 'uger' : 'måneder'}, spørgsmålet nævner.`
      : `The figure for ${period} is spread over the ${n} ${weeks ? 'weeks' : 'months'} the question names.`,
  monthsUnsaid: (lang: Lang, period: string) =>
    lang === 'da'
      ? `Tallet er for ${period}, men spørgsmålet siger, at det kun dækker en del af året, og ikke hvor mange måneder – sig det ("for de 5 måneder"), så regner jeg det ud pr. måned.`
      : `The figure is for ${period}, but the question says it covers only part of the year, not how many months – say so ("for the 5 months") and I will work it out per month.`,
  partYearInMean: (lang: Lang, measure: string, part: string) =>
    lang === 'da'
      ? `Det kan jeg ikke regne ud: ${measure} har for ét af årene kun ${part}, så et gennemsnit pr. år ville blande hele år og en del af et år.`
      : `I cannot work that out: ${measure} has only ${part} for one of the years, so a mean per year would mix whole years with part of one.`,
  levelNotFlow: (lang: Lang, measure: string, period: string) =>
    lang === 'da'
      ? `${measure} (${period}) er et niveau – hvor mange der er på et tidspunkt eller i gennemsnit – ikke et beløb eller antal, der kommer til over tid, så det kan ikke fordeles pr. måned.`
      : `${measure} (${period}) is a level – how many there are at a time or on average – not an amount or number that accrues over time, so it cannot be spread per month.`,
  partOfYear: (lang: Lang, part: string) => (lang === 'da' ? `Bemærk: ${part} er kun en del af året.` : `Note: ${part} is only part of the year.`),
  cannotCompute: (lang: Lang, why: string) => (lang === 'da' ? `Det kan jeg ikke regne ud, fordi ${why}.` : `I cannot work that out because ${why}.`),
  missingOperand: (lang: Lang, what: string) =>
    lang === 'da' ? `Det kan jeg ikke regne ud: jeg mangler ${what}.` : `I cannot work that out: I do not have ${what}.`,
  rank: (lang: Lang, org: string, extreme: 'max' | 'min', among: string) =>
    lang === 'da'
      ? `${org} har det ${extreme === 'max' ? 'højeste' : 'laveste'} tal blandt ${among}.`
      : `${org} has the ${extreme === 'max' ? 'highest' : 'lowest'} figure among ${among}.`,
  reading: (lang: Lang, reading: string) => (lang === 'da' ? `Jeg har læst spørgsmålet som: ${reading}.` : `I read the question as: ${reading}.`),
  noPeriod: (lang: Lang, measure: string, org: string, period: string, nearest: string) =>
    lang === 'da'
      ? `Jeg har intet tal for ${measure} (${org}) for ${period}. Der er tal for ${nearest}.`
      : `I have no figure for ${measure} (${org}) for ${period}. There are figures for ${nearest}.`,
  noKind: (lang: Lang, measure: string, org: string, kind: string, kinds: string) =>
    lang === 'da'
      ? `Jeg har intet ${kind}-tal for ${measure} (${org}). Der er tal af typen ${kinds}.`
      : `I have no ${kind} figure for ${measure} (${org}). There are ${kinds} figures.`,
  noConstraint: (lang: Lang, asked: string, measure: string, org: string) =>
    lang === 'da'
      ? `Jeg har intet tal for netop ${asked}. Det nærmeste er ${measure} (${org}), men det gælder ikke ${asked} – derfor intet tal.`
      : `I have no figure for ${asked} as such. The nearest is ${measure} (${org}), but it is not about ${asked} – so no figure.`,
  noOrg: (lang: Lang, measure: string, org: string, orgs: string) =>
    lang === 'da'
      ? `Jeg har intet tal for ${measure} for ${org}. Der er tal for ${orgs}.`
      : `I have no figure for ${measure} for ${org}. There are figures for ${orgs}.`,
  noneStored: (lang: Lang, measure: string, org: string) =>
    lang === 'da' ? `Kilden giver intet tal for ${measure} (${org}): rækken står tom.` : `The source gives no figure for ${measure} (${org}): the row is empty.`,
  noMatch: (lang: Lang, suggestions: string[]) =>
    lang === 'da'
      ? `Det har jeg ikke et tal for.${suggestions.length ? ` Måske mente du: ${suggestions.join('; ')}?` : ''}`
      : `I have no figure for that.${suggestions.length ? ` Perhaps you meant: ${suggestions.join('; ')}?` : ''}`,
  clarify: (lang: Lang, options: string[]) =>
    lang === 'da'
      ? `Jeg er ikke sikker på, hvad du spørger om. Mente du ${options.join(', eller ')}?`
      : `I am not sure what you are asking about. Did you mean ${options.join(', or ')}?`,
};
