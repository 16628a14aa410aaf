/**
 * A question read into a typed frame: which measure (the words left for the measure search), which
 * organisation(s), case, kind, period(s), and which operation — a lookup, or arithmetic on stored figures.
 * Pure: everything it knows comes from the lexicon (catalogue names + curated words). The resolver
 * (functions/query/resolve.ts) matches the frame against the catalogue.
 */
import type { FigureKind } from '../model.js';
import type { Lang } from '../period.js';
import { detectLanguage } from './language.js';
import { contrastPhrases, DURATIONS, smallNumbers, type Lexicon, type PlaceRef, type StrictKind, type UnitFamily } from './lexicon.js';
import { findCaseCodes } from './mentions.js';
import { findNumbers } from './numbers.js';
import { negatedSpans, withoutNegated } from './negation.js';
import { parsePeriods, type Span } from './period-parse.js';
import { fold, STOPWORDS } from './text.js';

export type Operation =
  /** One stored figure. */
  | 'lookup'
  /** Two figures of the same measure at two times: to − from. */
  | 'change'
  /** The same, as a percentage of the first. */
  | 'percent-change'
  /** Two figures compared: two organisations, two measures, or a stored difference. */
  | 'difference'
  /** One figure divided by another ("hvor mange gange"). */
  | 'ratio'
  /** Yearly figures added up over a span. */
  | 'sum'
  /** The highest or lowest among organisations with the same measure. */
  | 'rank'
  /** A figure against its goal or target: the gap. */
  | 'versus-target'
  /** A figure against its budget: the deviation. */
  | 'versus-budget'
  /** A part of a whole in percent ("hvor stor en andel af de 1.485 borgere …"), when no stored share answers. */
  | 'share'
  /** The whole less its parts: "hvor mange af de 180 var hverken i arbejde eller jobparate?". */
  | 'rest'
  /** The mean over the organisations or periods named ("snit af Hedensted og Skanderborg", "2017-2019 gns pr. år"). */
  | 'average';

/** One side of a share: its measure words, the contrasts it names, and the numbers it states ("af de 1.485 borgere"). */
export interface ShareSide {
  measure: string[];
  contrasts: string[];
  stated: number[];
  kinds: FigureKind[];
}

export interface Frame {
  lang: Lang;
  /** The question folded to lower-case ASCII. */
  text: string;
  /** Words for the measure search, in order. */
  measure: string[];
  /** Words that may name the measure but need not (synonyms, group words, "udgangen"): count when matched. */
  optional: string[];
  /** Words searched for ranking only (units, words of change and comparison): never count as explained. */
  extra: string[];
  /** Catalogue organisations named, in order; a group word ("klyngen") stands for all groups of its kind. */
  orgs: string[][];
  /** Organisations named as what the subject is compared with ("sammenlignet med Skanderborg"): never the subject. */
  compared?: string[];
  /** Municipalities named inside a group's name ("Viborg's cluster"): asked about when the group has no figure. */
  embedded: string[];
  /**
   * A reference level asked for itself ("klyngegennemsnittet", "the national share … Hedensted is compared with"):
   * the group's own figure answers, never the municipality's beside it (see referenceLevel).
   */
  level?: string[];
  /** Places named that the store has no figures for: "Odense Kommune". */
  unknownPlaces: string[];
  /** Cases named by code. */
  cases: string[];
  /** Figure kinds asked for: preferences, not filters … */
  kinds: FigureKind[];
  /** … except a kind insisted on ("faktisk", "budget"): only the kinds it accepts answer. */
  strict?: StrictKind;
  /** What a set-off negation rules out ("– ikke budgettet"): measures named by these words, figures of these kinds. */
  excluded?: { words: string[]; kinds: FigureKind[] };
  /** Mutually exclusive things named ("benefit:kontanthjaelp", "matchgroup:3"): a measure naming another never answers. */
  contrasts: string[];
  /** Unit families the question asks for ("hvor mange kroner" → money); empty = any. */
  units: UnitFamily[];
  /** Families that may answer at a cost: "hvor mange af de unge …" may be a share. */
  softUnits: UnitFamily[];
  /** Periods named, in order (ranges joined; relative ones as "@…" tokens). */
  periods: string[];
  since?: string;
  /** "gennemsnittet af de tre kommuner": a mean over every municipality with the measure; the number said (3), or 0. */
  everyOrg?: number;
  /** "2020+2021", "2018 plus 2019": the periods named are the terms of a sum, not the ends of a span. */
  periodsAdded?: boolean;
  /** "hele 2018": a figure for part of the period does not answer. */
  wholePeriod?: boolean;
  latest: boolean;
  operation: Operation;
  /** For the gap to a target: "mangler", "how far" ask for the distance, not the signed deviation. */
  distance?: boolean;
  /** The way the question asks a change or gap to go ("hvor meget faldt", "how many points above"). */
  direction?: 'up' | 'down';
  /** For rank, and a difference asked as "which is higher": the highest or the lowest. */
  extreme?: 'max' | 'min';
  /** Numbers the question states as known ("af de 180 afsluttede"): never its answer. */
  stated?: number[];
  /** For a share or the rest: the whole (named after "af" / "of") and the part(s). */
  share?: { whole: ShareSide; parts: ShareSide[]; named?: boolean; excluding?: boolean };
  /** "total", "i alt", "samlet" in a comparison: each side's figure over the whole span (a plan's total column). */
  total?: boolean;
  /** For a comparison of two measures: the measure words before and after "end" / "than" / "og". */
  split?: [string[], string[]];
  /**
   * Two members of one contrast family, each the side of a comparison or sum ("tilflyttede end fraflyttede",
   * "førtidspension og kontanthjælp i alt", "sparet forsørgelse minus driftsudgift"), in the order to compute.
   */
  sides?: { members: [string, string]; words: [string[], string[]] };
  /** The measure words are only unit or comparison words ("hvor mange procentpoint …"): in a conversation, the previous measure is meant. */
  unitsOnly?: boolean;
  /** "hvad er KIK II?", "vis BIC 01": a case as a whole may be meant. */
  describes: boolean;
  /** "hvor mange årsværk …": the measure word right after "hvor mange" / "how many", the thing counted. */
  counted?: { word: string; said: string };
  /** "hvor mange …", "how much …": an amount is asked for, never a case description. */
  quantity: boolean;
}

const CHANGE = /\b(?:steget|steg|stiger|faldet|faldt|falder|fald|stigning\w*|aendret|aendrede|aendring\w*|udvikl\w*|increase\w*|decrease\w*|rose|risen|rise|fell|fallen|fall|dropped|drop|grew|grown|grow|grows|growth|changed?|change|declined?|improve\w*|forbedre\w*|worsen\w*|forvaerre\w*|climb\w*|reduce[ds]?|reducing|reduceret|nedbragt|nedsat|rykke\w* (?:op|ned|frem|tilbage)|gaaet (?:op|ned)|gik (?:op|ned)|gaar (?:op|ned)|gone (?:up|down)|went (?:up|down))\b|\b(?:gik|gaaet|went|gone|rykke\w*|moved)\b.{0,60}\b(?:ned|op|frem|tilbage|down|up)\b/;
const DIFFERENCE =
  /\b(?:forskel(?:len)?|difference|gap|spread|beat|beaten|exceed(?:ed|s)?|overgaa\w*\b(?!\s+(?:til|fra)\b)|overstig\w*|oversteg|hvor (?:meget|mange) (?:[a-z0-9-]+ ){0,2}(?:mere|flere|hoejere|stoerre|lavere|mindre|faerre)|hvor (?:meget|mange) (?:over|under)|(?:by )?how (?:much|many) (?:[a-z0-9-]+ ){0,2}(?:more|higher|larger|bigger|greater|lower|smaller|less|fewer)|(?:by )?how (?:much|many) (?:above|below|over|under)|how many (?:percentage )?points?|hvor mange procentpoint|(?:procentpoint|percentage points?|points?) (?:hoejere|lavere|over|under|mere|mindre|higher|lower|above|below|more|less))\b/;
/** "hvor langt er der tilbage til målet" — not "vender tilbage til kontanthjælp", a return. */
const DISTANCE = /\b(?:hvor langt|how far|mangler|missing|short of|to go|left to|remain\w*|(?<!\b(?:vend\w*|kom\w*|gik|gaa\w*|flytte\w*)\s)tilbage (?:til|foer|for)|foer (?:alle|maalet))\b/;
const TARGET_WORD = /\b(?:maal(?:et|ene|saetning\w*|tal\w*)?|target\w*|goal\w*|planlagt\w*|planned|plan(?:en)?|pladser|places)\b/;
const STRICT_TARGET = /\b(?:maal(?:et|ene|saetning\w*|tal\w*)?|target\w*|goal\w*)\b/;
const BUDGET_WORD = /\b(?:budget\w*|budgetter\w*|budgeted)\b/;
const BUDGET_COMPARE = /\b(?:exceed\w*|overste\w*|oversteg|overskred\w*|beat|missed|undershot)\s+(?:det\s+|the\s+|its\s+)?(?:budget\w*|budgetter\w*|budgeted)\b|\b(?:end|than|over|under|above|below|i forhold til|ift|compared (?:to|with)|against|fra|from|mod|versus|vs)\s+(?:det\s+|the\s+)?(?:budget\w*|budgetter\w*|budgeted)\b|\bover budget\b|\bbudgetoverskrid\w*/;
const SUM = /\b(?:i alt|samlet|samlede|sum(?:men|med|meret)?|summ?ed|total(?:t|en)?|in total|altogether|together|combined|tilsammen|lagt sammen|laegges sammen|add(?:s|ed)? up|over (?:perioden|hele perioden|the period|the years)|akkumuleret|accumulated|cumulative)\b/;
const TIMES = /\b(?:hvor mange gange|how many times|gange saa|times (?:as|higher|more|larger|bigger))\b/;
/** "the ratio of A to B", "forholdet mellem A og B", "how many kroner of A per krone of B": A over B. */
const RATIO_OF = /\b(?:(?:the )?ratio (?:of|between)|forholdet mellem|forholdstallet mellem|per krone|pr\.? krone)\b/;
/** A mean asked for; "klyngegennemsnittet" and "the cluster average" name a group's own figure instead. */
const MEAN = /\b(?:gns|gnsn|gennemsnit(?:tet|tlig|tligt|tlige)?|snit(?:tet)?|average|averaged|mean)\b/;
/** "across", "pr. år", "per month": how the mean is taken, never the measure's name. */
const MEAN_GRAMMAR = /^(?:across|tvaers|pr|per|aar|aaret|year|years|maaned|maaneden|month|months|om|on|each|hvert)$/;
/** "de tre kommuner", "the three municipalities", "alle kommunerne": every municipality with the measure (a number said must match). */
const EVERY_MUNICIPALITY = /\b(?:de|the|alle|all(?: the)?)\s+(?:(to|tre|fire|fem|two|three|four|five|\d)\s+)?(?:kommuner\w*|municipalities|municipalities')/;
const COUNTED: Record<string, number> = { to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5 };
const GROUP_MEAN = /\b(?:cluster|national|country|klyngens|landets|kl'?s)\s+(?:gennemsnit\w*|average)\b|\b(?:gennemsnit\w*|average)\s+(?:i|for|of|in|on)\s+(?:klyngen|landet|landsplan|the cluster|the country|national level)\b/;
const SIZE_WORDS = /^(?:hoej|hoejt|stor|stort|store|mange|meget|high|large|big|many|much|great)$/;
const PERCENT_OF_CHANGE = /\b(?:hvor mange procent|med hvor mange procent|by what percentage|what percentage|how many percent|by how many percent|procentvis\w*|in percent)\b/;
const RANK_MAX = /\b(?:hoejeste|hoejest|stoerste|stoerst|flest|mest|bedste|bedst|highest|largest|biggest|most|best|top)\b/;
const RANK_MIN = /\b(?:laveste|lavest|mindste|mindst|faerrest|daarligste|lowest|smallest|fewest|least|worst)\b/;
const HIGHER = /\b(?:hoejere|stoerre|flere|bedre|higher|larger|bigger|greater|more|better)\b/;
const LOWER = /\b(?:lavere|mindre|faerre|vaerre|lower|smaller|fewer|less|worse)\b/;
const WHICH = /\b(?:hvem|hvilken|hvilket|hvilke|which|who)\b/;
const WHICH_ORG = /\b(?:hvilken|hvilke|hvem|which|who|what)\s+(?:\w+\s+)?(?:kommune\w*|municipalit\w*|council\w*|af kommunerne|of the municipalities)\b/;
const SPLIT = /\s(?:end|than|og|and|vs\.?|versus|sammenlignet med|compared (?:to|with)|i forhold til|relative to|mod|against)\s/;
/** Words just before a group word that make it the comparison, not part of the measure's name. */
const COMPARED_WITH = /(?:sammenlign\w* med|i forhold til|ift\.?|vs\.?|versus|compared? (?:to|with)|compares (?:to|with)|relative to|than|end|mod|against|med)\s+(?:the\s+|det\s+)?$/;
/** Words that name a case as such ("forslaget", "proposal", "projektet"), not one of its measures. */
const CASE_WORDS = /^(?:forslag(?:et|ets|ene)?|prioriteringsforslag\w*|proposal|proposals|projekt(?:et|ets)?|project|initiativ(?:et)?|initiative|business ?casen?|casen?)$/;
/** "de fire år", "the three years": how many years a sum covers, never part of a measure's name. */
const YEARS_COUNTED = /\b(?:to|tre|fire|fem|seks|two|three|four|five|six)\s+(?:aar|years?)\b/g;
/** A question phrase asking for a share: the unit asked, wherever in the question it stands. */
const SHARE_ASKED = /\b(?:hvor stor (?:en )?(?:andel|del)|hvor mange procent|what (?:share|percentage|proportion)|how (?:large|big|high) a (?:share|proportion|percentage))\b/;
/** How many tokens from the start of a question may name the unit asked for. */
const HEAD_TOKENS = 6;
/** A word before a kind that says the kind is not what is asked ("no actual figure", "ingen faktiske tal"; "uden" is a counterfactual). */
const NEGATOR = /^(?:no|ingen|intet|ikke|not)$/;
/** "i forhold til målet", "against the target": the target is the comparison, the answer is the actual figure. */
const TARGET_COMPARE = /\b(?:i forhold til|ift|mod|against|compared (?:to|with)|vs\.?|versus|relative to|on track (?:for|to)|paa vej mod|naaet)\s+(?:det\s+|the\s+|its\s+|our\s+|vores\s+)?(?:maal(?:et|ene)?|target|goal)\b/;
const QUANTITY = /^\s*(?:og\s+|and\s+|by\s+|med\s+)?(?:hvor (?:mange|meget|stor|store|langt|hoej|hoejt|lav)|hvad (?:koster|kostede|sparer|er (?:antallet|andelen|budgettet|maalet|vaerdien))|how (?:many|much|big|large|high|far)|what (?:share|percentage|proportion|number|amount))\b/;
const DESCRIBE =
  /^\s*(?:hvad (?:er|var|gaar|handler)|hvad er det|hvad indeholder|vis(?: mig)?|fortael(?: mig)?(?: lidt)? om|beskriv|info(?:rmation)? om|what (?:is|was|are)|what'?s|whats|show(?: me)?|tell me(?: more)? about|describe|explain|details? (?:on|of|for)|overview of|give me an overview of|om)\b/;
/** Words of comparison and sums: grammar, read into the operation and never searched. */
const GRAMMAR = new Set(
  ('end than siden since sammenlignet sammenlign compared compare vs versus mod ift forhold relative against alt samlet samlede sum summen ' +
    'summed summeret tilsammen together combined altogether total hvilken hvilke which who fra from til to between mellem og and med with ligger doing ' +
    'going status perioden period track vej kroner kr mio millioner million millions dkk mia procent percent pct naar traekkes trukket fratrukket minus plus lagt laegges sammen udgoer udgjorde hverken neither nor ' +
    // "præcis 3": how exactly a number is meant (see query/exact-count.ts), never part of a measure's name.
    'praecis netop eksakt exactly precisely').split(' '),
);
/** Words of change and comparison that may also be part of a measure's name ("Fald i tilgangen …"): searched, but optional. */
const OPERATION_WORDS = new Set(
  ('faldet faldt falder fald steget steg stiger stigning aendret aendring udvikling change changed increase increased decrease decreased rose risen fell ' +
    'fallen dropped grew forskel forskellen difference overstiger oversteg exceeds exceeded mere flere hoejere stoerre lavere mindre faerre more higher larger bigger greater lower smaller ' +
    'less fewer above below over under end than siden since sammenlignet sammenlign compared compare vs versus mod ift forhold relative against ' +
    'alt samlet samlede sum summen tilsammen together combined altogether total langt far mangler missing short gange times procentpoint points point ' +
    'percentage hvilken hvilke which who hoejeste stoerste flest mest bedste highest largest biggest most best laveste mindste faerrest lowest smallest ' +
    'fewest least worst fra from til to between mellem naaet reached reach track vej status ligger doing going perioden period og and med with ' +
    'kroner kr mio millioner million millions dkk mia procent percent pct').split(' '),
);

/** Words after "hvor mange" that are a verb or a comparison, not the thing counted. */
const COUNTED_NOT = /^(?:af|of|more|flere|mere|faerre|fewer|kom|kommer|modtog|modtager|fik|faar|var|er|blev|bliver|gik|har|havde|deltog|startede|\w+ede|were|are|have|had|got|did|\w+ed)$/;

export function readFrame(question: string, lex: Lexicon, lang?: Lang): Frame {
  const text = fold(question).replace(/[’`´]/g, "'");
  const taken: Span[] = [];
  const tokens = tokenize(text);
  const raw = tokenize(question);

  // Periods first: "31.8.18" and "2018" must not be read as anything else.
  const periodQuery = parsePeriods(text);
  taken.push(...periodQuery.spans);
  // "– ikke budgettet": what the answer is not; its words name no measure, organisation or kind asked.
  const negated = negatedSpans(text).filter((n) => !overlaps(n, periodQuery.spans));
  taken.push(...negated);

  // Organisations and places, by token lookup.
  const orgs: string[][] = [];
  const unknownPlaces: string[] = [];
  const words = tokens.map((t) => t.word);
  const groupWords: string[] = [];
  const embedded: string[] = [];
  const compared: string[] = [];
  let level: string[] | undefined;
  // "hvor mange gange så stor er X som Y": Y is the comparison, as after "end" / "than".
  const comparedWith = TIMES.test(text) ? new RegExp(`${COMPARED_WITH.source}|\\b(?:som|as)\\s+(?:the\\s+)?$`) : COMPARED_WITH;
  for (let i = 0; i < tokens.length; i++) {
    if (inside(tokens[i]!, taken)) continue;
    const m = lex.places.match(words, i) ?? placeTypo(lex, words[i]!, raw[i]?.raw ?? '', i);
    if (!m) continue;
    const capital = /^\p{Lu}/u.test(raw[i]?.raw ?? '');
    const refs = m.values.filter((r) => !r.ambiguous || capital);
    if (!refs.length) continue;
    const ids = [...new Set(refs.flatMap((r: PlaceRef) => r.orgIds))];
    const afterComparator = COMPARED_WITH.test(text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start));
    if (ids.length && !level && !afterComparator && refs.some((r) => r.group) && referenceLevel(words, i, m.length, orgs.length === 0)) level = ids;
    // "placering i klyngen": a group word may also be part of the measure's name — unless it is what the
    // question compares with ("sammenlignet med klyngen"). A municipality named inside a group's name
    // ("Viborg's cluster rank") is where to look when the group itself has no figure.
    if (refs.some((r) => r.group)) {
      if (!afterComparator) groupWords.push(...words.slice(i, i + m.length));
      for (let k = i; k < i + m.length; k++) {
        const inner = lex.places.match([words[k]!], 0);
        for (const r of inner?.values ?? []) if (!r.group && r.orgIds.length === 1 && !embedded.includes(r.orgIds[0]!)) embedded.push(r.orgIds[0]!);
      }
    }
    if (ids.length) {
      if (comparedWith.test(text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start)) && !refs.some((r) => r.group)) compared.push(...ids);
      if (!orgs.some((o) => o.join() === ids.join())) orgs.push(ids);
    } else if (!unknownPlaces.includes(refs[0]!.name)) unknownPlaces.push(refs[0]!.name);
    taken.push({ start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end });
    i += m.length - 1;
  }

  const codes = findCaseCodes(text, lex.cases).filter((c) => !overlaps(c, taken));
  taken.push(...codes);
  // A case named by its short title ("Hvad kostede Projekt Superb?") keeps the question to that case.
  for (let i = 0; i < tokens.length; i++) {
    if (inside(tokens[i]!, taken)) continue;
    const m = lex.caseTitles.match(words, i);
    if (!m || m.values.length !== 1) continue;
    const span = { start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end };
    codes.push({ id: m.values[0]!, ...span });
    taken.push(span);
    i += m.length - 1;
  }
  // A number with a unit ("15,6 mio. kr.") is a value, not part of the measure's name; so is "de fire år".
  const detected = lang ?? detectLanguage(question);
  taken.push(...findNumbers(text, detected).filter((n) => n.unit && !overlaps(n, taken)));
  for (const m of text.matchAll(YEARS_COUNTED)) taken.push({ start: m.index, end: m.index + m[0].length });
  const stated = statedNumbers(text, detected).filter((n) => !overlaps(n, taken));
  taken.push(...stated);

  // Kind and unit words anywhere (they are preferences and filters), and the measure words left over.
  const kinds: FigureKind[] = [];
  const units: UnitFamily[] = [];
  const kindSpans: Span[] = [];
  const synonyms: string[] = [];
  const unitSpans: Span[] = [];
  let strict: StrictKind | undefined;
  const phraseSynonyms: (Span & { words: string[] })[] = [];
  const excludedKinds: FigureKind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inside(tokens[i]!, negated)) {
      // A kind negated rules out figures of that kind, not measures whose aliases mention it.
      const nk = lex.kinds.match(words, i);
      for (const v of nk?.values ?? []) if (!excludedKinds.includes(v)) excludedKinds.push(v);
      if (nk) kindSpans.push({ start: tokens[i]!.start, end: tokens[i + nk.length - 1]!.end });
      continue;
    }
    // "for which no actual figure exists yet", "hvor der ingen faktiske tal er": a kind right after a negator is not asked.
    if (NEGATOR.test(words[i - 1] ?? '')) {
      const nk = lex.kinds.match(words, i);
      if (nk) {
        for (const v of nk.values) if (!excludedKinds.includes(v)) excludedKinds.push(v);
        kindSpans.push({ start: tokens[i]!.start, end: tokens[i + nk.length - 1]!.end });
        continue;
      }
    }
    // "budgetopfølgning" matches "budget*" and the phrase that says it insists on nothing: nothing wins.
    const sk = lex.strictKinds.match(words, i)?.values;
    if (sk && !sk.some((v) => !v.accepts.length)) strict ??= sk[0];
    const k = lex.kinds.match(words, i);
    if (k) {
      for (const v of k.values) if (!kinds.includes(v)) kinds.push(v);
      kindSpans.push({ start: tokens[i]!.start, end: tokens[i + k.length - 1]!.end });
    }
    // The unit asked stands at the head of the question ("hvor mange kroner", "what share of"); further in,
    // "andel" or "kr." are part of what is measured ("… med en uændret andel").
    const u = lex.units.match(words, i);
    // Money and rank are asked wherever named ("what does X cost in 2017", "where does Hedensted rank on …"); shares and counts only at the
    // head — or after a question phrase that asks a share wherever it stands ("Af dem, der …, hvor stor en andel gik i arbejde?").
    // "… hvor mange pct?": a unit right after "hvor mange" is the one asked, wherever it stands.
    const asked = i < HEAD_TOKENS || /^(?:mange|many)$/.test(words[i - 1] ?? '') || u?.values.includes('money') || u?.values.includes('rank') || (u?.values.includes('percent') && SHARE_ASKED.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.end)));
    if (u && (asked || unitAtTail(words, i, u.length))) for (const v of u.values) if (!units.includes(v)) units.push(v);
    if (u) unitSpans.push({ start: tokens[i]!.start, end: tokens[i + u.length - 1]!.end });
    const syn = lex.synonyms.match(words, i);
    if (syn) for (const v of syn.values) synonyms.push(...v.flatMap((x) => x.split(/[^a-z0-9]+/)).filter(Boolean));
    // "flyttede ud" is "fraflyttede": a phrase of several words names the measure by its synonym instead.
    if (syn && syn.length > 1) phraseSynonyms.push({ start: tokens[i]!.start, end: tokens[i + syn.length - 1]!.end, words: syn.values.flat().flatMap((x) => x.split(/[^a-z0-9]+/)).filter(Boolean) });
  }

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
  if (codes.length) for (let i = measure.length - 1; i >= 0; i--) if (CASE_WORDS.test(measure[i]!)) synonyms.push(...measure.splice(i, 1));
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

  const frame: Frame = {
    lang: detected,
    text,
    measure,
    optional: [...new Set(optional)],
    extra: [...new Set(extra)],
    orgs,
    embedded,
    unknownPlaces,
    cases: codes.map((c) => c.id),
    kinds,
    contrasts: [...new Set(contrastPhrases(withoutNegated(text, negated), lex).flatMap((p) => p.members))].concat(smallNumbers(tokens.filter((t) => !inside(t, taken)).map((t) => t.word))),
    ...unitsAsked(text, units),
    periods: periodQuery.periods,
    latest: periodQuery.latest,
    operation: 'lookup',
    describes: DESCRIBE.test(text),
    quantity: QUANTITY.test(text),
  };
  if (periodQuery.since) frame.since = periodQuery.since;
  if (periodQuery.whole) frame.wholePeriod = true;
  const excludedWords = tokens.filter((t) => inside(t, negated) && !inside(t, kindSpans) && !STOPWORDS.has(t.word) && !/^(?:ikke|not)$/.test(t.word)).map((t) => t.word);
  if (excludedWords.length || excludedKinds.length) frame.excluded = { words: excludedWords, kinds: excludedKinds.filter((k) => !kinds.includes(k)) };
  if (strict) frame.strict = strict;
  if (compared.length) frame.compared = compared;
  if (level) frame.level = level;
  if (stated.length) frame.stated = stated.map((n) => n.value);
  if (onlyUnits) frame.unitsOnly = true;
  const at = tokens.findIndex((t, i) => i > 0 && /^(?:mange|many)$/.test(t.word) && /^(?:hvor|how)$/.test(tokens[i - 1]!.word));
  const head = at >= 0 ? tokens[at + 1] : undefined;
  if (head && measure.includes(head.word) && !COUNTED_NOT.test(head.word)) frame.counted = { word: head.word, said: raw[at + 1]?.raw ?? head.word };
  readOperation(frame);
  // "hvor mange procent af KIK II's samlede investering …": a share, of a total.
  // "de borgere, der kom til": a phrase read as its synonym ("tilgang") names the side it stands in by that word.
  const sideTokens = [...tokens, ...phraseSynonyms.flatMap((p) => p.words.map((word) => ({ word, raw: word, start: p.start, end: p.end })))].sort((a, b) => a.start - b.start);
  if (frame.operation === 'lookup' || frame.operation === 'sum') readShare(frame, lex, sideTokens);
  if (frame.operation === 'lookup') readRest(frame, lex, sideTokens);
  if (frame.operation === 'lookup') readExcluding(frame, lex, sideTokens);
  if (frame.operation !== 'sum' && SUM.test(text)) frame.total = true;
  readSides(frame, lex);
  return frame;
}

const AVERAGE = /^(?:\w*gennemsnit\w*|snit(?:tet)?|gns|average|avg|mean)$/;

/**
 * A group word names the reference level as the thing asked — not the group a municipality is compared with
 * ("sammenlignet med klyngen"), nor what a rank is counted among (the resolver keeps ranks to the municipality) —
 * when it is an average ("klyngegennemsnittet", "the cluster average", "gennemsnittet i klyngen") or the
 * first place the question names ("the national share … that Hedensted is compared with").
 */
function referenceLevel(words: string[], i: number, length: number, first: boolean): boolean {
  const near = words.slice(Math.max(0, i - 3), i + length + 3);
  return near.some((w) => AVERAGE.test(w)) || first;
}

/** A long word ("skanderbrogs"), or a capitalised one past the first, one slip from a place name names it. */
function placeTypo(lex: Lexicon, word: string, raw: string, i: number): { values: PlaceRef[]; length: number } | undefined {
  if (word.length < 8 && !(i > 0 && /^\p{Lu}/u.test(raw))) return undefined;
  const ref = lex.placeTypos.match(word);
  return ref ? { values: [ref], length: 1 } : undefined;
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

/**
 * What unit the question asks for. "hvor mange" counts unless money, shares or places are named;
 * "hvor mange sager pr. sagsbehandler" is a count per caseworker, which a count question also accepts.
 */
/** A count of heads said in so many words: a share never answers it. */
const HEADS_ASKED = /\b(?:personer|persons|people|ppl|mennesker|individer|individuals)\b/;
/** "hvor mange af (de) …", "how many of the …": part of a group, which a share may answer. */
const PART_OF_GROUP = /\b(?:hvor mange|how many)\b(?: [^ ?]+){0,6}? (?:af|of)\b/;

function unitsAsked(text: string, named: UnitFamily[]): { units: UnitFamily[]; softUnits: UnitFamily[] } {
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

const DOWN = /\b(?:ned|down|fald\w*|faldt|fell|fall\w*|decreas\w*|dropped|drop\w*|reduce\w*|reduktion\w*|nedbragt|nedbring\w*|faerre|fewer|lavere|lower|mindre|less|under|below|short|declin\w*|smaller)\b/;
const UP = /\b(?:op|up|steg|steget|stiger|stigning\w*|rose|risen|rise|increas\w*|grew|grow\w*|flere|more|hoejere|higher|stoerre|larger|bigger|greater|over|above|exceed\w*|oversteg|overstige\w*)\b/;

function readOperation(f: Frame): void {
  const t = f.text;
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
  const moreOnly = difference && !comparator && !/\b(?:forskel\w*|difference|procentpoint\w*|points?|beat|beaten|exceed\w*|overgaa\w*\b(?!\s+(?:til|fra)\b)|overstig\w*|oversteg)\b/.test(t);
  // "er KIK II under målet", "how far above the budget": the side of the target or budget is asked.
  const side = /\b(?:over|under|above|below|short of|bagud for|foran)\s+(?:det\s+|the\s+|its\s+|sit\s+|their\s+)?(maal(?:et)?|target|goal|budget\w*)\b/.exec(t);
  if (side) {
    f.operation = /budget/.test(side[1]!) ? 'versus-budget' : 'versus-target';
    return;
  }
  if ((distance && TARGET_WORD.test(t)) || (difference && STRICT_TARGET.test(t))) {
    f.operation = 'versus-target';
    if (distance) f.distance = true;
    return;
  }
  // "hvor meget mere er budgetteret i 2019 end i 2018": a budget over two periods is a change, not a deviation.
  // "hvor meget mere budgetteres der til A end til B": the budget is both sides' kind, set against no budget.
  const thanOther = /\b(?:end|than)\b/.test(t) && !BUDGET_COMPARE.test(t);
  // "stigningen fra budget 2019 til overslagsåret 2020": a change of the budget between two years, not against it.
  const budgetChange = twoPeriods && CHANGE.test(t);
  if ((difference && BUDGET_WORD.test(t) && !twoPeriods && !thanOther) || (BUDGET_COMPARE.test(t) && !budgetChange)) {
    f.operation = 'versus-budget';
    return;
  }
  // "snit af Hedensted og Skanderborg", "2017-2019 gns pr. år": a mean over what is named, never one of them.
  const every = EVERY_MUNICIPALITY.exec(t);
  if (MEAN.test(t) && !GROUP_MEAN.test(t) && (f.orgs.length >= 2 || (every && !f.orgs.length) || f.periods.length >= 2 || f.periods.some((p) => p.includes('--')))) {
    f.operation = 'average';
    if (every && !f.orgs.length) f.everyOrg = every[1] ? (COUNTED[every[1]] ?? Number(every[1])) : 0;
    f.measure = f.measure.filter((w) => !MEAN.test(w) && !MEAN_GRAMMAR.test(w));
    return;
  }
  if (TIMES.test(t) || RATIO_OF.test(t)) {
    f.operation = 'ratio';
    // "så høj", "as large": how the sides compare, never part of either side's name.
    f.measure = f.measure.filter((w) => !SIZE_WORDS.test(w));
    // "hvor mange gange" asks for times, not a count: the sides may be shares, money or counts alike.
    f.units = [];
    f.softUnits = [];
    splitMeasures(f);
    return;
  }
  // "siden 2015" asks for a change; "efter 1. februar" alone does not.
  const change = CHANGE.test(t) || (!!f.since && /\b(?:siden|since)\b/.test(t));
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
  // "ledighedsydelse og fleksjob plus sygedagpenge", "advisers plus job consultants": two measures added up.
  const periodsAdded = f.periods.length >= 2 && PERIODS_ADDED.test(t);
  if (periodsAdded) f.periodsAdded = true;
  if (SUM.test(t) || PLUS.test(t) || periodsAdded) f.operation = 'sum';
  if (PLUS.test(t)) splitMeasures(f, PLUS, false);
}

const PLUS = /\s(?:plus|\+)\s/;
/** "2020+2021", "2018 plus 2019": periods added up, however tightly written. */
const PERIODS_ADDED = /\d\s*(?:\+|\bplus\b)\s*\d/;

/** "hvor stor en andel af …", "what share of …": a part of a whole. */
const SHARE_OF = /\b(?:hvor stor(?:e)? (?:en )?(?:andel|del|procentdel)|hvilken andel|hvor mange procent|what share|what proportion|what percentage|what part|how many percent|how large a share|how big a share)\b|(?:\b(?:i|as|in|som)\s+(?:%|pct\b\.?|procent\b|percent\b|a percentage\b|andel\b|a share\b))(?=\s+(?:af|of)\b)/;
/** The question words of a share ("hvor stor en andel", "what share"), as against "X i % af Y". */
const PERCENT_QUESTION = /^(?:hvor|hvilken|what|how)\b/;
/** Where the whole named after "af" / "of" ends: the verb of the part (after any relative clause, up to its comma). */
const RELATIVE = /^(?:der|som|who|that|which)$/;
const CLAUSE = /^(?:er|var|har|havde|have|has|had|is|was|were|are|blev|become|became|gik|gaar|goes|go|kom|went|got|gone|forventes|expected|endte|ended|fik|svarer|udgoer|udgjorde|falder|falls|fall|bruges|anvendes|spent|vil|kan|skal|will|would|can|should|did|do|does)$/;
/** "af de 1.485 borgere", "of the 274", "de planlagte 150", "de ca. 350": a number the question states as known. */
const STATED = /\b(?:de|the|alle|all|disse|these|those)\s+(?:\p{L}+\.?\s+)?$/u;
/** "de unge 18-29-årige": the first number of a range is an age or a span, never a quantity. */
const RANGE_AFTER = /^\s*[-–]\s*\d/;

/** Numbers the question states as known quantities: a stored figure to find, never part of a measure's name. */
function statedNumbers(text: string, lang: Lang): (Span & { value: number })[] {
  return findNumbers(text, lang).filter((n) => !n.unit && STATED.test(text.slice(0, n.start)) && !RANGE_AFTER.test(text.slice(n.end)));
}

/**
 * "Hvor stor en andel af de 1.485 borgere i KIK II var overgået til selvforsørgelse?": the whole is what is
 * named after "af" / "of" up to a relative clause or verb, the part is the rest. Each side keeps its own
 * measure words, contrasts and stated numbers.
 */
function readShare(f: Frame, lex: Lexicon, tokens: Token[]): void {
  const m = SHARE_OF.exec(f.text);
  const of = m && /\b(?:af|of)\b/.exec(f.text.slice(m.index + m[0].length));
  if (!m || !of) return;
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
}

/** Where the whole that starts at `from` ends: at the verb of the part, a relative clause ("der kom i arbejde,") included. */
function wholeEnd(text: string, tokens: Token[], from: number): number {
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

function readRest(f: Frame, lex: Lexicon, tokens: Token[]): void {
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
function readExcluding(f: Frame, lex: Lexicon, tokens: Token[]): void {
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

/** "nettobesparelse", "minus", "net cost after": one money figure less another. */
const NET = /\b(?:netto\w*|net|minus|fratrukket|fratraekk\w*|traekke[rs]? \w* ?fra|trukket fra|after|efter fradrag|deduct\w*|subtract\w*)\b/;
/** "X trækkes fra Y", "X subtracted from Y": the second named comes first. */
const FROM = /\b(?:traekke[rs]? (?:\w+ )?fra|trukket fra|subtracted from|deducted from)\b/;
/** "enten … eller", "either … or": the two together. */
const EITHER = /\b(?:enten\b.*\beller|either\b.*\bor)\b/;

/**
 * Two members of one family named apart ("tilflyttede … end … fraflyttede") are the two sides of a
 * comparison or sum; one phrase naming both ("kontant- og uddannelseshjælpsmodtagere") is one measure.
 */
function readSides(f: Frame, lex: Lexicon): void {
  // "A plus B" says where the sides are: a family named inside one of them ("ledighedsydelse og fleksjob") is its name.
  if (f.split && PLUS.test(f.text)) return;
  const phrases = contrastPhrases(f.text, lex);
  const single = phrases.filter((p) => p.members.length === 1);
  const than = /\s(?:end|than)\s/.exec(f.text);
  const before = than ? contrastPhrases(f.text.slice(0, than.index), lex).flatMap((p) => p.members) : [];
  const after = than ? contrastPhrases(f.text.slice(than.index), lex).flatMap((p) => p.members) : [];
  for (let a = 0; a < single.length; a++) {
    for (let b = a + 1; b < single.length; b++) {
      const [x, y] = [single[a]!.members[0]!, single[b]!.members[0]!];
      if (x === y || x.split(':')[0] !== y.split(':')[0]) continue;
      if (phrases.some((p) => p.members.includes(x) && p.members.includes(y))) return;
      // "sygedagpenge, revalidering m.v. end kontanthjælp": the two sides stand either side of "end" / "than".
      if (than && !(before.includes(x) !== before.includes(y) && after.includes(before.includes(x) ? y : x))) continue;
      const money = x.startsWith('money:');
      if (f.operation === 'lookup' && EITHER.test(f.text)) f.operation = 'sum';
      // "samlet nettogevinst … når driftsudgiften trækkes fra den sparede forsørgelse": a net, whatever else adds up.
      else if ((f.operation === 'lookup' || f.operation === 'sum') && money && NET.test(f.text)) f.operation = 'difference';
      if (f.operation !== 'difference' && f.operation !== 'sum' && f.operation !== 'ratio') return;
      const [first, second] = fromOrder(f.text, lex, single[a]!, single[b]!);
      f.sides = { members: [first.members[0]!, second.members[0]!], words: [first.words, second.words] };
      return;
    }
  }
}

type Phrase = { members: string[]; words: string[] };

/**
 * "X trækkes fra Y", "X subtracted from Y": Y, the phrase of the family right after "fra", comes first and X,
 * the nearest other member before it, second ("hvad koster det netto, når den sparede forsørgelse trækkes fra
 * driftsudgifterne": driftsudgifterne − sparet forsørgelse). Otherwise the order they are named in.
 */
function fromOrder(text: string, lex: Lexicon, a: Phrase, b: Phrase): [Phrase, Phrase] {
  const from = FROM.exec(text);
  if (!from) return [a, b];
  const family = a.members[0]!.split(':')[0]!;
  const ofFamily = (p: Phrase) => p.members.length === 1 && p.members[0]!.startsWith(`${family}:`);
  const before = contrastPhrases(text.slice(0, from.index), lex).filter(ofFamily);
  const first = contrastPhrases(text.slice(from.index + from[0].length), lex).find(ofFamily);
  const second = first && before.reverse().find((p) => p.members[0] !== first.members[0]);
  return first && second ? [first, second] : [b, a];
}

/** "flere tilflyttede end fraflyttede": the measure words either side of the comparison word. */
function splitMeasures(f: Frame, at = SPLIT, qualifyBoth = true): void {
  const m = at.exec(` ${f.text} `);
  if (!m) return;
  const cut = m.index;
  const before = new Set(tokenize(f.text.slice(0, cut)).map((t) => t.word));
  const left = f.measure.filter((w) => before.has(w));
  const right = f.measure.filter((w) => !before.has(w));
  // "flere tilflyttede end fraflyttede uddannelseshjælpsmodtagere": words after the second side's own word qualify both.
  if (left.length && right.length) f.split = [qualifyBoth ? [...left, ...right.slice(1)] : left, right];
}

interface Token extends Span {
  word: string;
  /** As written, for capitals. */
  raw: string;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ word: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function inside(t: Span, spans: Span[]): boolean {
  return spans.some((s) => t.start >= s.start && t.end <= s.end) || spans.some((s) => t.start < s.end && s.start < t.end);
}

function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}
