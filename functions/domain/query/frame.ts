/**
 * A question read into a typed frame: which measure (the words left for the measure search), which
 * organisation(s), case, kind, period(s), and which operation — a lookup, or arithmetic on stored figures.
 * Pure: everything it knows comes from the lexicon (catalogue names + curated words). The resolver
 * (functions/query/resolve.ts) matches the frame against the catalogue. Each part is read in a file of its
 * own: frame-organisations, frame-cases, frame-kinds-units, frame-measure, frame-operation, frame-shares,
 * frame-sides; periods in period-parse.ts.
 */
import { PERIOD_PATTERN, periodContains, type Lang } from '../period.js';
import { textLang } from '../text-language.js';
import { contrastPhrases, namedNumbers, smallNumbers, type Lexicon } from './lexicon.js';
import { findNumbers } from './numbers.js';
import { negatedSpans, withoutNegated } from './negation.js';
import { parsePeriods, type Span } from './period-parse.js';
import { fold, STOPWORDS } from './text.js';
import { readCases } from './frame-cases.js';
import { readKindsAndUnits, unitsAsked } from './frame-kinds-units.js';
import { readMeasureWords } from './frame-measure.js';
import { readOperation, SUM } from './frame-operation.js';
import { readPlaces } from './frame-organisations.js';
import { readExcluding, readRest, readShare, statedNumbers } from './frame-shares.js';
import { readSides } from './frame-sides.js';
import { inside, overlaps, tokenize } from './frame-tokens.js';
import type { Frame } from './frame-types.js';

/** "de fire år", "the three years": how many years a sum covers, never part of a measure's name. */
const YEARS_COUNTED = /\b(?:to|tre|fire|fem|seks|two|three|four|five|six)\s+(?:aar|years?)\b/g;
/** A number asked, wherever it stands: "close the gap – hvor mange borgere blev undervist", "superb: how many got a job". */
const QUANTITY = /(?:^|[\s(:,;–—-])(?:hvor (?:mange|meget|stor|store|langt|hoej|hoejt|lav)|hvad (?:koster|kostede|sparer|er (?:antallet|andelen|budgettet|maalet|vaerdien))|how (?:many|much|big|large|high|far)|what (?:share|percentage|proportion|number|amount))\b/;
const DESCRIBE =
  /^\s*(?:hvad (?:er|var|gaar|handler)|hvad er det|hvad indeholder|vis(?: mig)?|fortael(?: mig)?(?: lidt)? om|beskriv|info(?:rmation)? om|what (?:is|was|are)|what'?s|whats|show(?: me)?|tell me(?: more)? about|describe|explain|details? (?:on|of|for)|overview of|give me an overview of|om)\b/;

/** Words after "hvor mange" that are a verb or a comparison, not the thing counted. */
const COUNTED_NOT = /^(?:af|of|more|flere|mere|faerre|fewer|kom|kommer|modtog|modtager|fik|faar|var|er|blev|bliver|gik|har|havde|deltog|startede|\w+ede|were|are|have|had|got|did|\w+ed)$/;

/** "Ny" after "hvor mange" says which of the things counted, before the thing itself ("hvor mange nye medarbejdere"); "ekstra" asks an increment, and stays the word counted. */
const COUNTED_WHICH = /^(?:ny|nye|nyt|new)$/;

export function readFrame(asked: string, lex: Lexicon, lang?: Lang): Frame {
  const detected = lang ?? textLang(asked) ?? 'da';
  const question = percentSpelled(asked, detected);
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

  // Organisations and places, by token lookup; then cases by code or short title.
  const { orgs, unknownPlaces, embedded, compared, level, against, at: orgsAt, groupWords, groups } = readPlaces(text, tokens, raw, lex, taken);
  const codes = readCases(text, tokens, lex, taken);
  // A number with a unit ("15,6 mio. kr.") is a value, not part of the measure's name; so is "de fire år".
  taken.push(...findNumbers(text, detected).filter((n) => n.unit && !overlaps(n, taken)));
  for (const m of text.matchAll(YEARS_COUNTED)) taken.push({ start: m.index, end: m.index + m[0].length });
  const stated = statedNumbers(text, detected).filter((n) => !overlaps(n, taken));
  taken.push(...stated);

  // Kind and unit words anywhere (they are preferences and filters), and the measure words left over.
  const { kinds, units, kindSpans, synonyms, unitSpans, strict, phraseSynonyms, excludedKinds } = readKindsAndUnits(text, tokens, lex, negated);
  const { measure, optional, extra, onlyUnits } = readMeasureWords(text, tokens, taken, { kindSpans, unitSpans, phraseSynonyms, synonyms }, groupWords, codes.length > 0, periodQuery);

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
    contrasts: [...new Set(contrastPhrases(withoutNegated(text, negated), lex).flatMap((p) => p.members))].concat(smallNumbers(quantityWords(tokens, taken, lex))),
    ...unitsAsked(text, units),
    periods: periodQuery.periods,
    latest: periodQuery.latest,
    operation: 'lookup',
    describes: DESCRIBE.test(text),
    quantity: QUANTITY.test(text),
  };
  if (periodQuery.since) frame.since = periodQuery.since;
  if (periodQuery.whole) frame.wholePeriod = true;
  // "the estimated potential, not the realised saving": a word also asked outside the negation ("What saving …")
  // is what both name; the negated kind tells them apart, the word rules nothing out.
  const saidElsewhere = new Set(tokens.filter((t) => !inside(t, negated)).map((t) => t.word));
  const excludedWords = tokens
    .filter((t) => inside(t, negated) && !inside(t, kindSpans) && !STOPWORDS.has(t.word) && !/^(?:ikke|not)$/.test(t.word) && !(excludedKinds.length && saidElsewhere.has(t.word)))
    .map((t) => t.word);
  if (excludedWords.length || excludedKinds.length) frame.excluded = { words: excludedWords, kinds: excludedKinds.filter((k) => !kinds.includes(k)) };
  if (strict) frame.strict = strict;
  if (compared.length) frame.compared = compared;
  if (against) frame.against = against;
  if (level) frame.level = level;
  if (stated.length) frame.stated = stated.map((n) => n.value);
  if (onlyUnits) frame.unitsOnly = true;
  const at = tokens.findIndex((t, i) => i > 0 && /^(?:mange|many)$/.test(t.word) && /^(?:hvor|how)$/.test(tokens[i - 1]!.word));
  // "how many new employees": the thing counted is the noun after the words that only say which of them.
  let next = at + 1;
  while (at >= 0 && next < tokens.length - 1 && COUNTED_WHICH.test(tokens[next]!.word)) next++;
  const head = at >= 0 ? tokens[next] : undefined;
  if (head && measure.includes(head.word) && !COUNTED_NOT.test(head.word)) frame.counted = { word: head.word, said: raw[next]?.raw ?? head.word };
  readOperation(frame, groups);
  if (frame.operation === 'lookup') frame.periods = withoutPlanSpan(frame.periods);
  // "hvor mange procent af KIK II's samlede investering …": a share, of a total.
  // "de borgere, der kom til": a phrase read as its synonym ("tilgang") names the side it stands in by that word.
  const sideTokens = [...tokens, ...phraseSynonyms.flatMap((p) => p.words.map((word) => ({ word, raw: word, start: p.start, end: p.end })))].sort((a, b) => a.start - b.start);
  const whole = frame.operation === 'lookup' || frame.operation === 'sum' ? readShare(frame, lex, sideTokens) : undefined;
  if (whole && orgs.length === 2) shareOfOrganisation(frame, orgs[orgsAt.findIndex((named) => named.some((p) => p >= whole.start && p < whole.end))]);
  // "Viborg ift Hedensteds klynge (forholdstal)": a group word names one side of the ratio, not the measure ("Placering i klyngen").
  if (frame.operation === 'ratio' && orgs.length === 2) frame.extra = frame.extra.filter((w) => !groupWords.includes(w));
  if (frame.operation === 'lookup') readRest(frame, lex, sideTokens);
  if (frame.operation === 'lookup') readExcluding(frame, lex, sideTokens);
  if (frame.operation !== 'sum' && SUM.test(text)) frame.total = true;
  readSides(frame, lex);
  return frame;
}

/**
 * "Hvor stor en andel udgør klyngens aktiveringsgrad af Skanderborgs?", "Viborg's share is what percent of the national
 * share?": one measure of two organisations, the one named in the whole the base — a ratio in per cent, never either figure.
 */
function shareOfOrganisation(f: Frame, base: string[] | undefined): void {
  if (!base) return;
  f.operation = 'ratio';
  f.inPercent = true;
  f.against = base;
  f.measure = [...new Set(f.measure)];
  f.units = [];
  f.softUnits = [];
  delete f.share;
  delete f.level;
}

/** A per cent sign after no number: "hvor mange % af", "what % of", "% growth", "%-point". */
const BARE_PERCENT = /(?<!\d\s?)%(-?\s?points?\b)?/g;

/**
 * "hvor mange % af besparelsen", "what % of the total", "% growth 2019->2021": a per cent sign standing where
 * the word would is read as the word, so the share or percentage change it asks is seen; "47 %" stays a value.
 */
export function percentSpelled(question: string, lang: Lang): string {
  return question.replace(BARE_PERCENT, (sign: string, point: string | undefined, at: number, whole: string) => {
    // The words around it say which word it is ("what % of" in a question with Danish terms is English).
    const english = ENGLISH_BESIDE.test(whole.slice(Math.max(0, at - 12), at)) || ENGLISH_AFTER.test(whole.slice(at + sign.length));
    const danish = DANISH_BESIDE.test(whole.slice(Math.max(0, at - 12), at)) || DANISH_AFTER.test(whole.slice(at + sign.length));
    const en = english || (!danish && lang === 'en');
    return en ? (point ? ' percentage points ' : ' percent ') : point ? ' procentpoint ' : ' procent ';
  }).replace(/ {2,}/g, ' ');
}
const ENGLISH_BESIDE = /\b(?:what|many|as|in|by)\s*$/i;
const ENGLISH_AFTER = /^\s*(?:of|growth|increase|decrease|change|higher|lower|more|less|fewer|above|below)\b/i;
const DANISH_BESIDE = /\b(?:hvor mange|i|som|med)\s*$/i;
const DANISH_AFTER = /^\s*(?:af|stigning|fald|vaekst|vækst|hoejere|højere|lavere|flere|færre|faerre|mere|mindre|over|under)\b/i;

/**
 * "kontanthjælp i budget 2018-2021 for 2019", "the 2017-2019 plan's figure for 2018": a span of years that holds
 * another period named in a lookup is the name of a plan or budget, not the period asked; the narrower one is.
 */
export function withoutPlanSpan(periods: string[]): string[] {
  const real = periods.filter((p) => PERIOD_PATTERN.test(p));
  const labels = real.filter((s) => /^\d{4}--\d{4}$/.test(s) && real.some((p) => p !== s && periodContains(s, p)));
  return labels.length ? periods.filter((p) => !labels.includes(p)) : periods;
}

/** The words a small number may be a quantity among: not a date, code or amount, nor a number in a name ("matchgruppe 2"). */
function quantityWords(tokens: { word: string; start: number; end: number }[], taken: { start: number; end: number }[], lex: Lexicon): string[] {
  const named = namedNumbers(tokens.map((t) => t.word), lex);
  return tokens.filter((t, i) => !named.has(i) && !inside(t, taken)).map((t) => t.word);
}
