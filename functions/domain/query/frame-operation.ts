/**
 * The operation a question asks for — lookup, change, percent change, difference, ratio, sum, rank, average,
 * versus target or budget — and the direction and extreme that go with it, read from its words.
 */
import type { Frame } from './frame-types.js';
import { countOf } from './period-parse.js';
import { PLUS, splitMeasures } from './frame-sides.js';

export const CHANGE = /\b(?:steget|steg|stiger|faldet|faldt|falder|fald|stigning\w*|aendret|aendrede|aendrer|aendres|aendring\w*|udvikl\w*|increase\w*|decrease\w*|rose|risen|rise|fell|fallen|fall|dropped|drop|grew|grown|grow|grows|growth|changed?|change|declined?|improve\w*|forbedre\w*|worsen\w*|forvaerre\w*|climb\w*|reduce[ds]?|reducing|reduceret|nedbragt|nedsat|rykke\w* (?:op|ned|frem|tilbage)|gaaet (?:op|ned)|gik (?:op|ned)|gaar (?:op|ned)|gone (?:up|down)|went (?:up|down))\b|\b(?:gik|gaaet|went|gone|rykke\w*|moved)\b.{0,60}\b(?:ned|op|frem|tilbage|down|up)\b/;
const DIFFERENCE =
  /\b(?:forskel(?:len)?|difference|gap|spread|beat|beaten|exceed(?:ed|s)?|overgaa\w*\b(?!(?:\s+[^\s?]+){0,5}?\s+(?:til|fra)\b)|overstig\w*|oversteg|hvor (?:meget|mange) (?:[a-z0-9-]+\.? ){0,2}(?:mere|flere|hoejere|stoerre|lavere|mindre|faerre|dyrere|billigere)|hvor (?:meget|mange) (?:over|under)|(?:by )?how (?:much|many) (?:[a-z0-9-]+ ){0,2}(?:more|higher|larger|bigger|greater|lower|smaller|less|fewer|cheaper|costlier|dearer)|(?:by )?how (?:much|many) (?:above|below|over|under)|how many (?:percentage )?points?|hvor mange procentpoint|(?:procentpoint|percentage points?|points?) (?:hoejere|lavere|over|under|mere|mindre|higher|lower|above|below|more|less))\b/;
/** "hvor langt er der tilbage til målet" — not "vender tilbage til kontanthjælp", a return, "expected to go into education" nor "the remaining budget". */
const DISTANCE = /\b(?:hvor langt|how far|mangler|missing|short of|to go\b(?!\s+(?:into|in|to|on|back|through|out|for|with|ahead)\b)|left to|(?<!\bthe\s)remain\w*(?! (?:\d+|[a-z]+) months?\b)|(?<!\b(?:vend\w*|kom\w*|gik|gaa\w*|flytte\w*)\s)tilbage (?:til|foer|for)|foer (?:alle|maalet))\b/;
const TARGET_WORD = /\b(?:maal(?:et|ene|saetning\w*|tal\w*)?|target\w*|goal\w*|planlagt\w*|planned|plan(?:en)?|pladser|places)\b/;
const STRICT_TARGET = /\b(?:maal(?:et|ene|saetning\w*|tal\w*)?|target\w*|goal\w*)\b/;
const BUDGET_WORD = /\b(?:budget\w*|budgetter\w*|budgeted)\b/;
const BUDGET_COMPARE = /\b(?:exceed\w*|overste\w*|oversteg|overskred\w*|beat|missed|undershot)\s+(?:det\s+|the\s+|its\s+)?(?:budget\w*|budgetter\w*|budgeted)\b|\b(?:end|than|over|under|above|below|i forhold til|ift|compared (?:to|with)|against|fra|from|mod|versus|vs)\s+(?:det\s+|the\s+)?(?:budget\w*|budgetter\w*|budgeted)\b|\bover budget\b|\bbudgetoverskrid\w*/;
export const SUM = /\b(?:i alt|samlet|samlede|sum(?:men|med|meret)?|summ?ed|total(?:t|en)?|in total|altogether|together|combined|tilsammen|lagt sammen|laegges sammen|add(?:s|ed)? up|over (?:perioden|hele perioden|the period|the years)|akkumuleret|accumulated|cumulative)\b/;
/** "hvor mange gange om måneden", "how many times a week": a count per period, not a ratio. */
const FREQUENCY = /\b(?:hvor mange gange|how many times)\s+(?:om|pr\.?|per|i|a|an|each|every)\s+(?:dag(?:en)?|uge(?:n)?|maaned(?:en)?|aar(?:et)?|kvartal(?:et)?|halvaar(?:et)?|day|week|month|year|quarter)\b/;
export const TIMES = /\b(?:hvor mange gange|how many times|gange saa|times (?:as|higher|more|larger|bigger)|(?:as )?a multiple of|et multiplum af)\b/;
/**
 * "hvor mange gange Viborgs andel er Skanderborgs", "how many times A is B": how many A's make a B, so B over A.
 * Not when a comparison word or a verb follows at once ("gange så høj er A som B", "times is A larger than B").
 */
const TIMES_OF = /\b(?:hvor mange gange|how many times)\s+(?!(?:saa|as|so|mere|more|flere|hoejere|higher|stoerre|larger|bigger|greater|lavere|lower|mindre|smaller|er|is|was|var|are|were|har|has|have|did|does|do)\b)\S.*?\s(?:er|is|was|var|are|were)\s/;
/** "the ratio of A to B", "forholdet mellem A og B", "how many kroner of A per krone of B": A over B. */
const RATIO_OF = /\b(?:(?:the )?ratio (?:of|between)|forholdet mellem|forholdstallet mellem|per krone|pr\.? krone)\b/;
/** "(forholdstal)", "as a ratio", "skanderborg/hedensted": a ratio asked of two organisations named, in either order. */
const RATIO_WORD = /\b(?:forholdstal(?:let)?|ratio)\b/;
/** A mean asked for; "klyngegennemsnittet" and "the cluster average" name a group's own figure instead. */
const MEAN = /\b(?:gns|gnsn|gennemsnit(?:tet|lig|ligt|lige)?|snit(?:tet)?|average|averaged|mean)\b/;
/** "across", "pr. år", "per month": how the mean is taken, never the measure's name. */
const MEAN_GRAMMAR = /^(?:across|tvaers|pr|per|aar|aaret|year|years|maaned|maaneden|month|months|om|on|each|hvert|aarlig\w*|maanedlig\w*|yearly|annual\w*|monthly)$/;
/** "de tre kommuner", "the three municipalities", "alle kommunerne": every municipality with the measure (a number said must match). */
const EVERY_MUNICIPALITY = /\b(?:de|the|alle|all(?: the)?)\s+(?:(to|tre|fire|fem|two|three|four|five|\d)\s+)?(?:kommuner\w*|municipalities|municipalities')/;
const PER_TIME = /\b(?:(?:pr|per|om|a|each|every|hver(?:t)?)\.? (?:maaned(?:en)?|md|month|aar(?:et)?|year|uge(?:n)?|week)|monthly|yearly|annually|maanedlig\w*|aarlig\w*)\b/;
/**
 * "pr. måned", "per year", "om året", "pr. kvartal", "om ugen": a rate asked of one period's figure, and its time unit
 * ("årlig", "yearly" only describe a figure). The unit is the last one written: "50 om året … pr. kvartal" asks quarters.
 */
const RATE_ASKED = /\b(?:(?:pr|per|om|(?<!\b(?:within|in|for|after|under|over|than) )(?:a|each|every)|hver(?:t)?)\.? (maaned(?:en)?|md|month|kvartal(?:et)?|quarter|uge(?:n)?|week|aar(?:et)?|year)|(monthly|maanedlig\w*|kvartalsvis|quarterly))\b/g;
const PER_UNIT: [RegExp, NonNullable<Frame['per']>][] = [
  [/^(?:maaned|md|month|maanedlig)/, 'month'],
  [/^(?:kvartal|quarter)/, 'quarter'],
  [/^(?:uge|week)/, 'week'],
  [/^(?:aar|year)/, 'year'],
];
/** The time unit of the last rate written, if any. */
export function rateAsked(text: string): Frame['per'] {
  const last = [...text.matchAll(RATE_ASKED)].at(-1);
  const word = last && (last[1] ?? last[2])!;
  return word ? PER_UNIT.find(([re]) => re.test(word))?.[1] : undefined;
}
/** "50 helårspersoner færre om året", "about 140 a year", "30 more … a year": a whole number restated with a yearly rate. */
const RESTATED_YEARLY = /\b(\d{1,4})\s+(?:[a-z-]+\s+){0,4}?(?:om aaret|aarligt|hvert aar|pr\.? aar|a year|per year|each year|every year)\b/;
/** "(to år = 104 uger)", "over 104 weeks": the weeks the question says a figure covers. */
const WEEKS_SAID = /\b(\d{1,3})\s+(?:uger|weeks)\b/;
/** "for de resterende 10 måneder", "for the ten months": the months a figure is said to cover. */
const MONTHS_SAID = /\b(?:for|over|i|in|de|the)\s+(?:de\s+|the\s+)?(?:resterende\s+|remaining\s+|sidste\s+|last\s+|foerste\s+|first\s+)?(\d{1,2}|[a-z]+)\s+(?:maaneder|months|mdr)\b/;
const COUNTED: Record<string, number> = { to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5 };
const GROUP_MEAN = /\b(?:cluster|national|country|klyngens|landets|kl'?s)\s+(?:gennemsnit\w*|average)\b|\b(?:gennemsnit\w*|average)\s+(?:i|for|of|in|on)\s+(?:klyngen|landet|landsplan|the cluster|the country|national level)\b/;
const SIZE_WORDS = /^(?:multiple|multiplum|hoej|hoejt|stor|stort|store|mange|meget|high|large|big|many|much|great)$/;
/** "hvor mange procent steg", "by what percentage", "% growth" (a per cent sign is read as the word: frame.ts). */
const PERCENT_OF_CHANGE = /\b(?:hvor mange procent|med hvor mange procent|by what percentage|what percentage|how many percent|by how many percent|procentvis\w*|in percent|i procent\b(?!\s+af\b)|(?:procent|percent|percentage)\s+(?:growth|increase|decrease|change|rise|fall|drop|decline|stigning|fald|aendring|vaekst))\b/;
const RANK_MAX = /\b(?:hoejeste|hoejest|stoerste|stoerst|flest|mest|bedste|bedst|highest|largest|biggest|most|best|top)\b/;
const RANK_MIN = /\b(?:laveste|lavest|mindste|mindst|faerrest|daarligste|lowest|smallest|fewest|least|worst)\b/;
/** A difference asked in per cent of the other side ("procentpoint" and "points" ask the plain difference). */
const RELATIVE = /\b(?:relativt?|relative(?:ly)?|in relative terms)\b|\b(?:procent|pct\.?|percent|per cent)\s+(?:hoejere|lavere|stoerre|mindre|flere|faerre|mere|higher|lower|larger|smaller|bigger|greater|more|fewer|less)\b/;
/** "by what percentage is A lower than B", "med hvor mange procent": a comparison in per cent of the other side. */
const BY_PERCENT = /\b(?:by what percentage|by how many percent|med hvor mange procent)\b/;
/** "antallet", "the number of": the sides of a relative difference are counts. */
const COUNT_SIDES = /\b(?:antal(?:let)?|number of|the number)\b/;
const HIGHER = /\b(?:hoejere|stoerre|flere|bedre|dyrere|higher|larger|bigger|greater|more|better|costlier|dearer)\b/;
const LOWER = /\b(?:lavere|mindre|faerre|vaerre|billigere|lower|smaller|fewer|less|worse|cheaper)\b/;
const WHICH = /\b(?:hvem|hvilken|hvilket|hvilke|which|who)\b/;
const WHICH_ORG = /\b(?:hvilken|hvilke|hvem|which|who|what)\s+(?:\w+\s+)?(?:kommune\w*|municipalit\w*|council\w*|af kommunerne|of the municipalities)\b/;
/** "i forhold til målet", "against the target": the target is the comparison, the answer is the actual figure. */
const TARGET_COMPARE = /\b(?:i forhold til|ift|mod|against|compared (?:to|with)|vs\.?|versus|relative to|on track (?:for|to)|paa vej mod|naaet)\s+(?:det\s+|the\s+|its\s+|our\s+|vores\s+)?(?:maal(?:et|ene)?|target|goal)\b/;

const DOWN = /\b(?:ned|down|billigere|cheaper|fald\w*|faldt|fell|fall\w*|decreas\w*|dropped|drop\w*|reduce\w*|reduktion\w*|nedbragt|nedbring\w*|faerre|fewer|lavere|lower|mindre|less|under|below|short|declin\w*|smaller)\b/;
const UP = /\b(?:op|up|dyrere|costlier|dearer|steg|steget|stiger|stigning\w*|rose|risen|rise|increas\w*|grew|grow\w*|flere|more|hoejere|higher|stoerre|larger|bigger|greater|over|above|exceed\w*|oversteg|overstige\w*)\b/;

/**
 * "hvor meget lavere er det i 2020?", "and how much does it change in 2020?": a change or a comparison asked with
 * nothing named to set against; in a conversation, the figure just answered is the other side. Undefined when
 * no change or comparison is asked; a percentage change when it is asked in per cent.
 */
export function changeAsked(text: string): 'change' | 'percent-change' | undefined {
  if (!CHANGE.test(text) && !DIFFERENCE.test(text)) return undefined;
  return PERCENT_OF_CHANGE.test(text) || RELATIVE.test(text) ? 'percent-change' : 'change';
}

/**
 * Words setting a mean against something: "over landsplan", "than the national share", "hvor mange gange", "ift.".
 * Only asked when a mean, two municipalities or more and a reference level are all named.
 */
const MEAN_COMPARED = /\b(?:over|under|above|below|end|than|ift|i forhold til|compared|versus|vs|relative to|against|gange|times|forskel\w*|difference|gap|hoejere|lavere|higher|lower|stoerre|larger|mindre|smaller)\b/;
/** "klyngegennemsnittet", "the national average": a reference level's name, not a mean asked. */
const GROUP_MEAN_ALL = new RegExp(GROUP_MEAN.source, 'g');

/**
 * "Hvor mange procentpoint ligger gennemsnittet af Hedensted og Skanderborg over landsplan?", "the average of A's and
 * B's shares is how many times the national average?": the municipalities' mean is the subject and the reference
 * level (a group named beside them) the base of a difference, relative difference or ratio — never a term of the mean.
 */
function meanAgainstReference(f: Frame, groups: string[][], times: boolean): boolean {
  const t = f.text;
  const terms = f.orgs.filter((ids) => !groups.includes(ids));
  if (terms.length < 2 || terms.length === f.orgs.length || !MEAN.test(t.replace(GROUP_MEAN_ALL, ' ')) || !(times || MEAN_COMPARED.test(t))) return false;
  f.averaged = terms;
  f.measure = f.measure.filter((w) => !MEAN.test(w) && !MEAN_GRAMMAR.test(w) && !SIZE_WORDS.test(w));
  f.operation = times ? 'ratio' : 'difference';
  if (times || RELATIVE.test(t)) {
    if (!times) f.relative = true;
    f.units = [];
    f.softUnits = [];
  }
  return true;
}

/** "hvor mange procent over budgettet", "by how many percent below the target": the gap in per cent of the budget or target. */
function inPercentOfKind(f: Frame): void {
  if (!PERCENT_OF_CHANGE.test(f.text) && !RELATIVE.test(f.text)) return;
  f.relative = true;
  f.units = [];
  f.softUnits = [];
}

/** "hvor mange procent højere (relativt)", "by what percentage lower than": (a − b) / b, not percentage points. */
function inPercentOfOther(f: Frame): void {
  f.relative = true;
  // "hvor mange procent lavere er antallet …": the sides are counts, never shares; else they keep any unit.
  f.units = COUNT_SIDES.test(f.text) ? ['count'] : [];
  f.softUnits = [];
}

export function readOperation(f: Frame, groups: string[][] = []): void {
  const t = f.text;
  // "JC 08 (2017) … UE 09a (2017)": the same period written on each side is one period, not two to change between.
  f.periods = [...new Set(f.periods)];
  const down = DOWN.exec(t);
  const up = UP.exec(t);
  // The first direction word is the one asked ("hvor mange flere … under målet": flere).
  if (down || up) f.direction = down && (!up || down.index < up.index) ? 'down' : 'up';
  const twoPeriods = f.periods.length >= 2 || (f.periods.length === 1 && f.periods[0]!.includes('--') && /\b(?:fra|from|mellem|between)\b/.test(t));
  // "Hvilken kommune ligger højest, Skanderborg eller Hedensted, og med hvor meget?": a difference of the two, not a rank.
  if ((RANK_MAX.test(t) || RANK_MIN.test(t)) && !(f.orgs.length >= 2 && DIFFERENCE.test(t))) {
    if (WHICH_ORG.test(t) || (f.orgs.length >= 2 && WHICH.test(t)) || (f.orgs.length === 0 && /\b(?:kommune\w*|municipalit\w*)\b/.test(t))) {
      f.operation = 'rank';
      f.extreme = RANK_MIN.test(t) && !RANK_MAX.test(t) ? 'min' : 'max';
      return;
    }
  }
  if (TARGET_COMPARE.test(t)) f.kinds = f.kinds.filter((k) => k !== 'target');
  const distance = DISTANCE.test(t);
  const difference = DIFFERENCE.test(t);
  // "hvor mange flere EGU-pladser": "flere" may be part of the measure's name; without anything to compare
  // with ("end", a target, a budget, two organisations, cases or periods) it is a plain lookup.
  const comparator = /\b(?:end|than|mellem|between|fra|from|siden|since)\b/.test(t) || f.orgs.length >= 2 || f.cases.length >= 2 || twoPeriods;
  const moreOnly = difference && !comparator && !/\b(?:forskel\w*|difference|procentpoint\w*|points?|beat|beaten|exceed\w*|overgaa\w*\b(?!(?:\s+[^\s?]+){0,5}?\s+(?:til|fra)\b)|overstig\w*|oversteg)\b/.test(t);
  // "er KIK II under målet", "how far above the budget": the side of the target or budget is asked.
  const side = /\b(?:over|under|above|below|short of|bagud for|foran)\s+(?:det\s+|the\s+|its\s+|sit\s+|their\s+)?(maal(?:et)?|target|goal|budget\w*)\b/.exec(t);
  if (side) {
    f.operation = /budget/.test(side[1]!) ? 'versus-budget' : 'versus-target';
    inPercentOfKind(f);
    return;
  }
  // "hvor mange gange målet / budgettet …" asks a ratio to it, not the gap.
  const times = (TIMES.test(t) && !FREQUENCY.test(t)) || RATIO_OF.test(t) || orgRatio(f);
  if (((distance && TARGET_WORD.test(t)) || (difference && STRICT_TARGET.test(t))) && !times) {
    f.operation = 'versus-target';
    if (distance) f.distance = true;
    inPercentOfKind(f);
    return;
  }
  // "hvor meget mere er budgetteret i 2019 end i 2018": a budget over two periods is a change, not a deviation.
  // "hvor meget mere budgetteres der til A end til B": the budget is both sides' kind, set against no budget.
  const thanOther = /\b(?:end|than)\b/.test(t) && !BUDGET_COMPARE.test(t);
  // "stigningen fra budget 2019 til overslagsåret 2020": a change of the budget between two years, not against it.
  const budgetChange = twoPeriods && CHANGE.test(t);
  if (((difference && BUDGET_WORD.test(t) && !twoPeriods && !thanOther) || (BUDGET_COMPARE.test(t) && !budgetChange)) && !times) {
    f.operation = 'versus-budget';
    inPercentOfKind(f);
    return;
  }
  if (meanAgainstReference(f, groups, times)) return;
  // "snit af Hedensted og Skanderborg", "2017-2019 gns pr. år": a mean over what is named, never one of them.
  const every = EVERY_MUNICIPALITY.exec(t);
  if (MEAN.test(t) && !GROUP_MEAN.test(t) && (f.orgs.length >= 2 || (every && !f.orgs.length) || f.periods.length >= 2 || f.periods.some((p) => p.includes('--')))) {
    f.operation = 'average';
    // "hvor mange … pr. måned", "how many … per year": a flow spread over time is heads or kroner, never a share.
    if (PER_TIME.test(t)) f.softUnits = f.softUnits.filter((u) => u !== 'percent');
    f.per = rateAsked(t);
    if (every && !f.orgs.length) f.everyOrg = every[1] ? (COUNTED[every[1]] ?? Number(every[1])) : 0;
    f.measure = f.measure.filter((w) => !MEAN.test(w) && !MEAN_GRAMMAR.test(w));
    return;
  }
  // "hvad koster CEB 08 pr. måned i 2018", "cost per month over the period": one period's figure spread over its months (or years).
  // "i 2017 … for de (resterende) ti måneder af 2017": the year's figure, over the months of it the question says it covers.
  const inYear = f.periods.length === 2 ? f.periods.find((p) => partOfYear(p) && f.periods.includes(p.replace(/^@m\d{1,2}-/, '').slice(0, 4))) : undefined;
  // With no period named, the measure's own figure is spread over months, quarters or weeks ("ca. 10 mio. kr. årligt …
  // pr. måned"; "om året" alone asks the yearly figure). Two cases, a sum or a comparison stay that operation.
  const per = rateAsked(t);
  const alone = f.cases.length < 2 && !difference && !times && !SUM.test(t);
  const spanned = f.periods.length === 1 || inYear ? per === 'month' || per === 'year' || alone : !f.periods.length && per !== 'year' && alone;
  // "hvor mange gange om ugen" asks a frequency the measure itself states, never a figure spread over weeks.
  if (per && spanned && !FREQUENCY.test(t) && !f.latest && !GROUP_MEAN.test(t) && f.orgs.length < 2) {
    f.operation = 'average';
    f.per = per;
    f.softUnits = f.softUnits.filter((u) => u !== 'percent');
    const said = MONTHS_SAID.exec(t);
    if (said && countOf(said[1]!) >= 1) f.monthsSaid = countOf(said[1]!);
    const weeks = per === 'week' ? WEEKS_SAID.exec(t) : null;
    // "50 helårspersoner færre om året", "about 140 a year": a yearly figure restated to be spread, never a small number
    // the measure must name (compute-average.ts finds the measure holding it).
    const yearly = RESTATED_YEARLY.exec(t);
    if (yearly) {
      f.measure = f.measure.filter((w) => w !== yearly[1]);
      f.contrasts = f.contrasts.filter((k) => k !== `n:${yearly[1]}`);
    }
    // "if it lasts 90 weeks": the weeks are the divisor, never a number the measure must name.
    if (weeks) {
      f.weeksSaid = Number(weeks[1]);
      f.measure = f.measure.filter((w) => w !== weeks[1]);
      f.contrasts = f.contrasts.filter((k) => k !== `n:${weeks[1]}`);
    }
    if (inYear) {
      f.periods = [f.periods.find((p) => p !== inYear)!];
      f.monthsSaid = monthsIn(inYear);
    }
    // The time words may still name a rate measure ("aftener pr. måned"): they count when matched, never needed.
    const time = (w: string) => MEAN_GRAMMAR.test(w) || /^(?:maaneder|months|mdr|uge|ugen|uger|week|weeks|kvartal|kvartalet|quarter|kvartalsvis|quarterly|resterende|remaining)$/.test(w);
    f.optional.push(...f.measure.filter(time));
    f.measure = f.measure.filter((w) => !time(w));
    return;
  }
  if (times) {
    f.operation = 'ratio';
    if (TIMES_OF.test(t)) f.timesOf = true;
    // "så høj", "as large": how the sides compare, never part of either side's name.
    f.measure = f.measure.filter((w) => !SIZE_WORDS.test(w));
    // "hvor mange gange" asks for times, not a count: the sides may be shares, money or counts alike.
    f.units = [];
    f.softUnits = [];
    // Two organisations are the sides of one measure: its words are not split between them.
    if (orgRatio(f)) {
      f.measure = f.measure.filter((w) => !RATIO_WORD.test(w));
      // "landsgennemsnittets andel i forhold til Hedensteds": both are sides, neither the level asked alone.
      delete f.level;
    } else splitMeasures(f);
    return;
  }
  // "siden 2015" asks for a change; "efter 1. februar" alone does not.
  // "Skanderborg's fall … how many percent larger than the cluster's", "the cluster's fall as a percentage of Skanderborg's":
  // two organisations compared in one period; the change word names the measure (a stored fall), not a change over time.
  const betweenOrgs = f.orgs.length === 2 && !twoPeriods && !f.since && (difference || PERCENT_OF_CHANGE.test(t) || RELATIVE.test(t));
  const change = !betweenOrgs && (CHANGE.test(t) || (!!f.since && /\b(?:siden|since)\b/.test(t)));
  if (!change) delete f.since;
  if (change && PERCENT_OF_CHANGE.test(t)) {
    f.operation = 'percent-change';
    f.units = [];
    f.softUnits = [];
    return;
  }
  if ((difference && !moreOnly) || (distance && f.orgs.length < 2)) {
    // Two measures ("flere tilflyttede end fraflyttede") or two organisations are compared; else two periods.
    if (f.orgs.length < 2) splitMeasures(f);
    f.operation = f.split || f.orgs.length >= 2 || f.cases.length >= 2 || !twoPeriods ? 'difference' : 'change';
    // "hvor mange procent højere (relativt)", "how many percent higher": (a − b) / b, not percentage points; the sides keep any unit.
    if (f.operation === 'difference' && (RELATIVE.test(t) || BY_PERCENT.test(t))) inPercentOfOther(f);
    // "Which is higher, Hedensted or Skanderborg, and by how much?": the size, the winner first.
    if (f.operation === 'difference' && WHICH.test(t)) {
      f.extreme = (RANK_MIN.test(t) || LOWER.test(t)) && !(RANK_MAX.test(t) || HIGHER.test(t)) ? 'min' : 'max';
      f.distance = true;
    }
    return;
  }
  // "flere i 2017 end i 2015", however far apart the words: two periods set against each other are never one of them.
  const periodsCompared = f.periods.length >= 2 && /\b(?:end|than)\b/.test(t) && (HIGHER.test(t) || LOWER.test(t));
  if ((change && (twoPeriods || f.since || f.periods.length === 0)) || periodsCompared) {
    f.operation = 'change';
    return;
  }
  // "UE02 vs UE08", "2019 vs 2020", "1. vs 2. halvår", "Viborg versus Skanderborg": two sides set against each other.
  // "… i JC 08 (2017) større end i UE 09a (2017)": two cases or organisations set against each other, however far apart the words.
  const sidesCompared = (f.orgs.length >= 2 || f.cases.length >= 2) && /\b(?:end|than)\b/.test(t) && (HIGHER.test(t) || LOWER.test(t));
  // ("Hedensted vs national: …" shows the municipality's figure against its reference level: a lookup, as before.)
  const municipalities = f.orgs.filter((ids) => !groups.includes(ids)).length;
  if ((VERSUS.test(t) || sidesCompared) && (municipalities >= 2 || f.cases.length >= 2 || f.periods.length >= 2)) {
    f.operation = f.orgs.length >= 2 || f.cases.length >= 2 ? 'difference' : 'change';
    if (f.operation === 'difference' && (RELATIVE.test(t) || BY_PERCENT.test(t))) inPercentOfOther(f);
    return;
  }
  // "ledighedsydelse og fleksjob plus sygedagpenge", "advisers plus job consultants": two measures added up.
  // "2018 through the first 5 months of 2022" is one span (a plan's total column), not two terms.
  const periodsAdded = f.periods.length >= 2 && (PERIODS_ADDED.test(t) || (f.periods.some(partOfYear) && !SPAN_WORD.test(t)));
  if (periodsAdded) f.periodsAdded = true;
  if (SUM.test(t) || PLUS.test(t) || periodsAdded) f.operation = 'sum';
  if (PLUS.test(t)) splitMeasures(f, PLUS, false);
  // "selvforsørgelse eller anden forsørgelse i alt", "either in work or in a placement, combined": the two added up
  // (a measure named "i arbejde eller uddannelse" is both sides at once and answers itself: compute-answer.ts).
  else if (f.operation === 'sum' && OR_JOINED.test(t)) splitMeasures(f, OR_JOINED, false);
}

/** "Viborgs andel i forhold til Hedensteds (forholdstal)", "ratio skanderborg/hedensted": two organisations, one divided by the other. */
function orgRatio(f: Frame): boolean {
  return f.orgs.length === 2 && RATIO_WORD.test(f.text);
}

/** "vs.", "versus", "kontra": the two things named either side are compared. */
const VERSUS = /\b(?:vs|versus|kontra)\b/;
/** "A eller B", "A or B" between two measures; not a shortened compound ("kontant- eller uddannelseshjælp"). */
const OR_JOINED = /(?<!-)\s(?:eller|or)\s/;

/**
 * "de syv måneder af 2022 og 2023", "juni–december 2018 og 2019": a part of a year named beside other periods
 * is a term of its own, never the end of a span (a sum over "2022–2023" would take all of 2022).
 */
const partOfYear = (p: string) => p.startsWith('@m') || /^(\d{4})-\d{2}(?:-\d{2})?--\1-\d{2}/.test(p);
/** How many months "@m7-2022" or "2022-06--2022-12" covers. */
function monthsIn(p: string): number {
  if (p.startsWith('@m')) return Number(p.slice(2, p.indexOf('-')));
  const [from, to] = p.split('--').map((d) => Number(d.slice(5, 7)));
  return to! - from! + 1;
}
const SPAN_WORD = /\b(?:til|to|through|thru|until|fra|from|mellem|between)\b/;
/** "2020+2021", "2018 plus 2019": periods added up, however tightly written. */
const PERIODS_ADDED = /\d\s*(?:\+|\bplus\b)\s*\d/;
