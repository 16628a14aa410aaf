/**
 * Periods in a question, in either language, as canonical period strings (see ../period.ts):
 * "pr. 31. august 2018" → 2018-08-31, "sept. 2017" → 2017-09, "1. kvartal 2016" / "Q1 2016" → 2016-Q1,
 * "2. halvår 2015" → 2015-H2, "ultimo 2017" → 2017-12, "fra september 2016 til august 2017" →
 * 2016-09--2017-08, "3. kvt. 2016" → 2016-Q3, "de første tre måneder af 2020" → 2020-01--2020-03, "pr. 31.8.18"
 * → 2018-08-31, "nu / seneste / latest" → the latest figure, "siden januar 2015" → a change since.
 * Relative periods ("i år", "sidste måned", "år 1", "før indsatsen") come out as "@"-tokens (@this-year, @last-month, @y1, @first):
 * what they mean depends on the measure's newest data, so the resolver reads them (see `relativePeriod`).
 * Each match keeps its span so the rest of the question can be searched without it.
 */
import { PERIOD_PATTERN } from '../period.js';
import { MONTH_PATTERN, MONTH_WORDS } from '../months.js';
import { quickPattern } from './quick-pattern.js';

export interface Span {
  start: number;
  end: number;
}

export interface PeriodQuery {
  /** Every period named, in order of appearance; ranges already joined. */
  periods: string[];
  /** "nu", "seneste", "latest", "current": the newest figure. */
  latest: boolean;
  /** "siden januar 2015" / "since 2015": the period a change is measured from. */
  since?: string;
  /** Where the period words are in the question. */
  spans: Span[];
  /** "hele 2018", "the whole of 2018": only a figure for all of the period answers, never one for part of it. */
  whole?: boolean;
  /** "udgangen", "start" …: words at a period's edge, left in the text as optional search words. */
  edgeWords: string[];
}

const MONTHS = Object.fromEntries(MONTH_WORDS) as Record<string, number>;
const MONTH = MONTH_PATTERN;
const YEAR = '((?:199\\d|20[0-4]\\d))';
const ORDINAL: Record<string, number> = {
  '1': 1, '2': 2, '3': 3, '4': 4, første: 1, foerste: 1, forste: 1, first: 1, '1st': 1, andet: 2, anden: 2, second: 2, '2nd': 2,
  tredje: 3, third: 3, '3rd': 3, fjerde: 4, fourth: 4, '4th': 4,
};
const ORD = '(1|2|3|4|første|foerste|forste|first|1st|andet|anden|second|2nd|tredje|third|3rd|fjerde|fourth|4th)\\.?';
const QUARTER = '(?:kvartal|kvt|kv|quarter|qtr)\\.?';
const HALF = '(?:halvår|halvaar|halvar|halvåret|halvaaret|halvdel|halvdelen|half)';
const HALF_ONLY = new RegExp(`^${HALF}$`, 'iu');
/** Counts of months written as words or digits: "de første tre måneder", "the first 5 months". */
const COUNT: Record<string, number> = {
  en: 1, et: 1, one: 1, to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6, syv: 7, seven: 7,
  otte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10, elleve: 11, eleven: 11,
};
/** Ordinal years of a plan: "projektets andet år", "the third year" (not "første år af 2017-2019", a rule before). */
const YEAR_ORDINAL: Record<string, number> = {
  første: 1, foerste: 1, forste: 1, first: 1, andet: 2, second: 2, tredje: 3, third: 3, fjerde: 4, fourth: 4, femte: 5, fifth: 5,
};
const YEAR_ORD = `(${Object.keys(YEAR_ORDINAL).join('|')})`;
const COUNT_WORD = `(\\d{1,2}|${Object.keys(COUNT).join('|')})`;
const MONTHS_WORD = '(?:måneder|maaneder|maaned|måned|mdr|months?)\\.?';
/** First or last months of a year; "de resterende 7 måneder", "the remaining months" are the last. */
const FIRST_LAST = '(første|foerste|forste|first|sidste|last|final|resterende|remaining)';
/** "syv", "seven", "7": a count of months or years written as a word or digits (NaN when neither). */
export const countOf = (w: string) => COUNT[w.toLowerCase()] ?? Number(w);

/** How many years apart two-digit years may be read as a span ("17-19"): the plans run four years; "18-29" is an age group. */
const SHORT_SPAN = 4;

const pad = (n: number) => String(n).padStart(2, '0');

interface Hit extends Span {
  period: string;
}

type Rule = [RegExp, (m: RegExpExecArray) => string | undefined];

/** Between the two days of a span written with one year: a dash, "til", "to", "until", "through", "and", "og". */
const SPAN_JOIN = '\\s*(?:-|–|—|til|to|until|through|and|og)\\s*';

/** Most specific first: a day beats the month inside it, a month beats its year. */
const RULES: Rule[] = [
  // 1. februar til 31. august 2018, 1 Feb–31 Aug 2018, 1/2-31/8 2018, February 1 to August 31, 2018: the year written
  // once, at the end, is both days' (without this the first day was left as measure words and the range as its end)
  [new RegExp(`\\b(\\d{1,2})\\.?\\s*${MONTH}${SPAN_JOIN}(\\d{1,2})\\.?\\s*${MONTH}\\s*,?\\s*${YEAR}\\b`, 'giu'), (m) =>
    days(m[5]!, [MONTHS[m[2]!.toLowerCase()]!, m[1]!], [MONTHS[m[4]!.toLowerCase()]!, m[3]!])],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${SPAN_JOIN}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'giu'), (m) =>
    days(m[5]!, [MONTHS[m[1]!.toLowerCase()]!, m[2]!], [MONTHS[m[3]!.toLowerCase()]!, m[4]!])],
  [new RegExp(`(?<![\\d.,/])(\\d{1,2})[./](\\d{1,2})\\.?${SPAN_JOIN}(\\d{1,2})[./](\\d{1,2})(?:[./-]|\\s+)${YEAR}\\b`, 'gu'), (m) =>
    days(m[5]!, [Number(m[2]), m[1]!], [Number(m[4]), m[3]!])],
  // 31. august 2018, pr. 31 aug. 2018, 31 August 2018
  [new RegExp(`\\b(\\d{1,2})\\.?\\s*${MONTH}\\s*,?\\s*${YEAR}\\b`, 'giu'), (m) => day(m[3]!, MONTHS[m[2]!.toLowerCase()]!, m[1]!)],
  // August 31, 2018
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'giu'), (m) => day(m[3]!, MONTHS[m[1]!.toLowerCase()]!, m[2]!)],
  // 31.05.2018, 31-8-2018, 31/8/2018, 31/8 2018, 31/8-2018
  [new RegExp(`\\b(\\d{1,2})[./-](\\d{1,2})(?:[./-]|\\s+)${YEAR}\\b`, 'gu'), (m) => day(m[3]!, Number(m[2]), m[1]!)],
  // pr. 31.8.18, 31/8-18: a two-digit year is this century's
  [/(?<![\d.,])(\d{1,2})[./-](\d{1,2})[./-](\d{2})(?![\d.,]\d)/gu, (m) => day(`20${m[3]}`, Number(m[2]), m[1]!)],
  // de første tre måneder af 2020, the first 3 months of 2020, de sidste (resterende) 7 måneder af 2018, the remaining 7 months of 2022
  [new RegExp(`\\b(?:de\\s+|the\\s+)?${FIRST_LAST}\\s+${COUNT_WORD}\\s+${MONTHS_WORD}\\s+(?:af|i|of|in)\\s+${YEAR}\\b`, 'giu'), (m) => monthsOf(m[3]!, m[1]!, m[2]!)],
  // 2022's første 5 måneder, 2022s sidste syv måneder, 2018's first five months
  [new RegExp(`\\b${YEAR}(?:'s|’s|s)?\\s+${FIRST_LAST}\\s+${COUNT_WORD}\\s+${MONTHS_WORD}`, 'giu'), (m) => monthsOf(m[1]!, m[2]!, m[3]!)],
  // de 7 måneder af 2022, the 5 months of 2022: which months depends on the measure's periods (see resolvePeriod)
  [new RegExp(`\\b(?:de|the|disse|those)\\s+${COUNT_WORD}\\s+${MONTHS_WORD}\\s+(?:af|i|of|in)\\s+${YEAR}\\b`, 'giu'), (m) => {
    const n = countOf(m[1]!);
    return n >= 1 && n <= 11 ? `@m${n}-${m[2]}` : undefined;
  }],
  // '2022 7 mdr.', 2018 (7 måneder): a table's column for part of a year, placed like "de 7 måneder af 2022"
  [new RegExp(`\\b${YEAR}\\s*\\(?\\s*${COUNT_WORD}\\s+${MONTHS_WORD}\\)?`, 'giu'), (m) => {
    const n = countOf(m[2]!);
    return n >= 1 && n <= 11 ? `@m${n}-${m[1]}` : undefined;
  }],
  // første overslagsår efter budget 2018, andet overslagsår i budgettet 2018: the years after the budget year
  [new RegExp(`\\b${YEAR_ORD}\\s+overslags(?:år|aar|ar)(?:et)?\\s+(?:efter|i|af|for|til)?\\s*(?:budget(?:tet|året|aaret)?\\s+)?${YEAR}\\b`, 'giu'), (m) => String(Number(m[2]) + YEAR_ORDINAL[m[1]!.toLowerCase()]!)],
  // januar til maj 2018, January to May 2018: one year for both months
  [new RegExp(`\\b${MONTH}\\s*(?:-|–|til|to|until|through)\\s*${MONTH}\\s*,?\\s*${YEAR}\\b`, 'giu'), (m) =>
    `${m[3]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}--${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}`],
  // 12-månedersperioden frem til udgangen af august 2017, the 12 months to August 2017: the months ending then
  [new RegExp(`\\b(?:(?:de|den|the)\\s+)?(?:seneste\\s+|sidste\\s+|last\\s+|past\\s+)?(?:12|tolv|twelve)[- ]?(?:måneders|maaneders|måneder|maaneder|mdrs?\\.?|months?)(?:perioden|periode|period)?\\s+(?:frem\\s+)?(?:til|to|up\\s+to|until|through|ending(?:\\s+in)?)\\s+(?:og\\s+med\\s+)?(?:udgangen\\s+af\\s+|the\\s+end\\s+of\\s+)?${MONTH}\\s+${YEAR}\\b`, 'giu'), (m) => {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    const year = Number(m[2]);
    return month === 12 ? `${year}-01--${year}-12` : `${year - 1}-${pad(month + 1)}--${year}-${pad(month)}`;
  }],
  // ved årsskiftet 2015/16, at the turn of the year 2015/2016: the end of the first year
  [new RegExp(`\\b(?:årsskiftet|aarsskiftet|arsskiftet|nytår|nytaar|(?:the\\s+)?turn\\s+of\\s+(?:the\\s+)?year)\\s+${YEAR}\\s*[/-]\\s*(?:\\d{2}|\\d{4})\\b`, 'giu'), (m) => `${m[1]}-12`],
  // sidste år af projektperioden 2017-2019, the final year of the 2018-2022 plan, første år af …: one year of a span
  [new RegExp(`\\b(første|foerste|forste|first|sidste|last|final|midterste|mellemste|middle)\\s+(?:år|aar|ar|year)\\s+(?:af|i|of|in)\\s+(?:the\\s+|den\\s+|det\\s+)?(?:[\\p{L}-]+\\s+){0,2}${YEAR}\\s*[-–—/]\\s*((?:19|20)?\\d{2})\\b(?:\\s+(?:plan\\w*|periode\\w*|period|project\\w*|projekt\\w*))?`, 'giu'), (m) => {
    const range = yearRange(m[2]!, m[3]!);
    if (!range) return undefined;
    if (/^(midterste|mellemste|middle)$/i.test(m[1]!)) {
      const [from, to] = range.split('--').map(Number) as [number, number];
      return (to - from) % 2 === 0 ? String((from + to) / 2) : undefined;
    }
    return /^(første|foerste|forste|first)$/i.test(m[1]!) ? m[2] : range.split('--')[1];
  }],
  // første overslagsår efter budget 2018, 2. overslagsår i budget 2018, the first outlook year after budget 2018: a
  // municipal budget's overslagsår are the years after its budget year
  [new RegExp(`\\b(?:(?:det|den|the)\\s+)?${YEAR_ORD}\\s+(?:overslagsår|overslagsaar|overslagsar|outlook\\s+year|projection\\s+year)\\s+(?:efter|i|til|for|af|after|of|in)\\s+(?:the\\s+)?(?:budget(?:året|aaret|år|aar|tet)?|budget\\s+year)\\s+${YEAR}\\b`, 'giu'), (m) =>
    String(Number(m[2]) + YEAR_ORDINAL[m[1]!.toLowerCase()]!)],
  // FY17, FY 2017, regnskabsår 2017: a financial year is the calendar year in Danish municipalities
  [/\b(?:fy|regnskabsåret|regnskabsaaret|regnskabsår|regnskabsaar|budgetåret|budgetaaret|budgetår|budgetaar|financial\s+year|fiscal\s+year)\s*'?((?:19|20)?\d{2})\b/giu, (m) => (m[1]!.length === 2 ? `20${m[1]}` : m[1])],
  // i året efter 2022, the year after 2022, året før 2016: the next or the previous year
  [/(?<![\p{L}\d])(?:året|aaret|aret|the\s+year)\s+(efter|after|før|foer|before)\s+((?:19|20)\d{2})\b/giu, (m) => String(Number(m[2]) + (/^(?:efter|after)$/i.test(m[1]!) ? 1 : -1))],
  // kalenderåret 2017, calendar year 2017, året 2017, the year 2017: the year
  [/(?<![\p{L}\d])(?:kalenderåret|kalenderaaret|kalenderår|kalenderaar|calendar\s+year|året|aaret|the\s+year)\s+((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d)/giu, (m) => m[1]],
  // 2018-08-31
  [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/gu, (m) => day(m[1]!, Number(m[2]), m[3]!)],
  // 1. kvartal 2016, 3. kvt. 2016, first quarter of 2016
  [new RegExp(`\\b${ORD}\\s*${QUARTER}\\s*(?:of\\s+|i\\s+|in\\s+)?${YEAR}\\b`, 'giu'), (m) => `${m[2]}-Q${ORDINAL[m[1]!.toLowerCase()]}`],
  // Q1 2016, Q1-2016, 2016 Q1, 2016-Q1, 1Q16 is not supported
  [new RegExp(`\\b[qk]([1-4])\\s*[-/]?\\s*${YEAR}\\b`, 'giu'), (m) => `${m[2]}-Q${m[1]}`],
  [new RegExp(`\\b${YEAR}\\s*[-/]?\\s*[qk]([1-4])\\b`, 'giu'), (m) => `${m[1]}-Q${m[2]}`],
  // Q1-15, Q1/15, Q1 '15: a two-digit year is this century's
  [/\b[qk]([1-4])\s*(?:[-/']|\s)\s*'?(\d{2})\b(?![.,]\d)/giu, (m) => `20${m[2]}-Q${m[1]}`],
  // "1. og 2. halvår 2019", "1. vs 2. kvartal 2018": the first ordinal shares the unit and year written once after the second
  [new RegExp(`\\b${ORD}\\s*(?=(?:og|vs\\.?|versus|eller|and|or)\\s+${ORD}\\s*(${HALF}|${QUARTER})\\s*(?:of\\s+|i\\s+|in\\s+|af\\s+)?${YEAR}\\b)`, 'giu'), (m) => {
    const n = ORDINAL[m[1]!.toLowerCase()]!;
    return HALF_ONLY.test(m[3]!) ? half(m[4]!, n) : `${m[4]}-Q${n}`;
  }],
  // 2. halvår 2015, first half of 2015, H2 2015
  [new RegExp(`\\b${ORD}\\s*${HALF}\\s*(?:of\\s+|i\\s+|in\\s+|af\\s+)?${YEAR}\\b`, 'giu'), (m) => half(m[2]!, ORDINAL[m[1]!.toLowerCase()]!)],
  // sidste halvår 2015, the last half of 2015: the second
  [new RegExp(`\\b(?:sidste|last|latter)\\s+${HALF}\\s*(?:of\\s+|i\\s+|in\\s+|af\\s+)?${YEAR}\\b`, 'giu'), (m) => `${m[1]}-H2`],
  [new RegExp(`\\bh([12])\\s*[-/]?\\s*${YEAR}\\b`, 'giu'), (m) => `${m[2]}-H${m[1]}`],
  [new RegExp(`\\b${YEAR}\\s*[-/]?\\s*h([12])\\b`, 'giu'), (m) => `${m[1]}-H${m[2]}`],
  [/\bh([12])\s*(?:[-/']|\s)\s*'?(\d{2})\b(?![.,]\d)/giu, (m) => `20${m[2]}-H${m[1]}`],
  // ultimo 2017, end of 2017, year-end 2017 → December; primo 2017, start of 2017 → January
  [new RegExp(`\\b(?:ultimo|udgangen af|slutningen af|(?:the\\s+)?end\\s+of|year[- ]end|end)\\s+${MONTH}\\s+${YEAR}\\b`, 'giu'), (m) => `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  [new RegExp(`\\b(?:ultimo|udgangen af|slutningen af|(?:the\\s+)?end\\s+of|year[- ]end|end)\\s+${YEAR}\\b`, 'giu'), (m) => `${m[1]}-12`],
  [new RegExp(`\\b(?:primo|starten af|begyndelsen af|(?:the\\s+)?(?:start|beginning)\\s+of)\\s+${MONTH}\\s+${YEAR}\\b`, 'giu'), (m) => `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  [new RegExp(`\\b(?:primo|starten af|begyndelsen af|(?:the\\s+)?(?:start|beginning)\\s+of)\\s+${YEAR}\\b`, 'giu'), (m) => `${m[1]}-01`],
  // 01.2022-05.2022, 1/2017-6/2018: a span of months written with numbers
  [new RegExp(`\\b(0?[1-9]|1[0-2])[./]${YEAR}\\s*(?:-|–|til|to)\\s*(0?[1-9]|1[0-2])[./]${YEAR}\\b`, 'gu'), (m) => `${m[2]}-${pad(Number(m[1]))}--${m[4]}-${pad(Number(m[3]))}`],
  // 08/2018: a month
  [new RegExp(`(?<![\\d./-])(0?[1-9]|1[0-2])/${YEAR}\\b(?![./-]\\d)`, 'gu'), (m) => `${m[2]}-${pad(Number(m[1]))}`],
  // medio marts 2019, mid-March 2019: the month
  [new RegExp(`\\b(?:medio|midten\\s+af|mid-?|the\\s+middle\\s+of)\\s*${MONTH}\\s+${YEAR}\\b`, 'giu'), (m) => `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  // august 2018, sept. 2017, 2018-08
  [new RegExp(`\\b${MONTH}\\s*,?\\s*(?:of\\s+)?${YEAR}\\b`, 'giu'), (m) => `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  [/\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?!-)/gu, (m) => `${m[1]}-${m[2]}`],
  // jan 15 til sep 17, sep16-aug17: months with two-digit years, as a span (alone, "jan 15" may be a day)
  [new RegExp(`\\b${MONTH}\\s*'?(\\d{2})\\s*(?:-|–|til|to|until)\\s*${MONTH}\\s*'?(\\d{2})\\b`, 'giu'), (m) =>
    `20${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}--20${m[4]}-${pad(MONTHS[m[3]!.toLowerCase()]!)}`],
  // sep16, aug17: a month glued to a two-digit year
  [new RegExp(`\\b${MONTH}(\\d{2})\\b`, 'giu'), (m) => `20${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  // august '18, sept. '17: an apostrophe year is this century's
  [new RegExp(`\\b${MONTH}\\s*'(\\d{2})\\b`, 'giu'), (m) => `20${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  // 31. aug 18, 1 feb 18: a day, a month word and a two-digit year
  [new RegExp(`\\b(\\d{1,2})\\.?\\s*${MONTH}\\s+([12]\\d)\\b(?![.,]?\\d)`, 'giu'), (m) => day(`20${m[3]}`, MONTHS[m[2]!.toLowerCase()]!, m[1]!)],
  // jan 15, aug 18: a month word and 10–29 is that month of this century (no figure is stored for a day without its year)
  [new RegExp(`\\b${MONTH}\\s+([12]\\d)\\b(?![.,]?\\d|\\s*(?:%|pct|procent|percent|kr|mio))`, 'giu'), (m) => `20${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`],
  // pr. år 17-19, i 17-19: two-digit years after a word that says a period follows, at most SHORT_SPAN apart ("unge i 18-29", "16-24 år" are ages)
  [/(?<=(?<![\p{L}\d])(?:i|in|for|fra|from|aar|år|years?|aarene|årene|perioden)\s+)([12]\d)\s*[-–]\s*([12]\d)\b(?![.,]?\d|\s*-?\s*(?:aar|år|årige|aarige|years?|year-olds?)\b)/giu, (m) =>
    Number(m[2]) - Number(m[1]) <= SHORT_SPAN ? yearRange(`20${m[1]}`, `20${m[2]}`) : undefined],
  // 17+18: two-digit years added, each a year
  [/(?<![\d.,])([12]\d)(?=\s*\+\s*[12]\d(?![.,]?\d|\s*(?:%|pct|procent|percent|kr|mio|personer|persons|people|borgere)))|(?<=(?<![\d.,])[12]\d\s*\+\s*)([12]\d)(?![.,]?\d|\s*(?:%|pct|procent|percent|kr|mio|personer|persons|people|borgere))/gu, (m) => `20${m[1] ?? m[2]}`],
  // besparelsen i 21?, in 19: two digits ending the question after "i" / "in" are a year
  [/(?<=(?<![\p{L}\d])(?:i|in)\s+)([12]\d)(?=\s*[?!.]*\s*$)/gu, (m) => `20${m[1]}`],
  // 2016-2019 / 2016–19 as a range of years
  [/\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})\b/gu, (m) => yearRange(m[1]!, m[2]!)],
  // a plain year
  [new RegExp(`(?<![\\d.,])${YEAR}(?![\\d.,]\\d)`, 'gu'), (m) => m[1]],
  // år 1, year 3: counted from the measure's first year
  [/\b(?:aar|år|year)\s+([1-9])\b(?!\s*(?:aar|år|years?)\b)/giu, (m) => `@y${m[1]}`],
  // projektets andet år, the second year of the project, tredje projektår: the same, as an ordinal
  [new RegExp(`\\b(?:(?:projektets|planens|indsatsens|the\\s+project's|the\\s+plan's)\\s+)?${YEAR_ORD}\\s+(?:år|aar|projektår|projektaar|year)\\b(?:\\s+(?:af|i|of|in)\\s+(?:projektet|planen|indsatsen|the\\s+project|the\\s+plan))?`, 'giu'), (m) => `@y${YEAR_ORDINAL[m[1]!.toLowerCase()]}`],
  // relative to the measure's newest data
  [/\b(?:i\s+aar|i\s+år|dette\s+aar|dette\s+år|(?:i\s+)?indevaerende\s+(?:aar|år)|(?:i\s+)?indeværende\s+(?:aar|år)|this\s+year|the\s+current\s+year)\b/giu, () => '@this-year'],
  [/\b(?:sidste\s+aar|sidste\s+år|forrige\s+aar|forrige\s+år|i\s+fjor|last\s+year|the\s+previous\s+year|previous\s+year)\b/giu, () => '@last-year'],
  [/\b(?:sidste\s+maaned|sidste\s+måned|forrige\s+maaned|forrige\s+måned|last\s+month|the\s+previous\s+month)\b/giu, () => '@last-month'],
  [/\b(?:denne\s+maaned|denne\s+måned|this\s+month|i\s+maaneden|i\s+måneden)\b/giu, () => '@this-month'],
  [/\b(?:sidste\s+kvartal|forrige\s+kvartal|last\s+quarter|the\s+previous\s+quarter)\b/giu, () => '@last-quarter'],
  // før kulturforandringen, before the change, inden indsatsen: the measure's first figure
  [/\b(?:foer|før|inden|forud\s+for|before|prior\s+to)\s+(?:the\s+|den\s+|det\s+|vores\s+|our\s+)?(?:[\p{L}-]+\s+)?(?:[\p{L}-]*forandring\w*|[\p{L}-]*aendring\w*|[\p{L}-]*ændring\w*|changes?|indsats\w*|reform\w*|projekt\w*|project|omlaegning\w*|omlægning\w*|initiativ\w*|initiatives?|efforts?|interventions?)\b/giu, () => '@first'],
];

/** "juni–december 2022, i.e. the '2022 7 mdr.' column": the months written out are that many months of that year. */
function sameMonths(token: string, period: string): boolean {
  const m = /^@m(\d{1,2})-(\d{4})$/.exec(token);
  const r = /^(\d{4})-(\d{2})--(\d{4})-(\d{2})$/.exec(period);
  return !!m && !!r && r[1] === m[2] && r[3] === m[2] && Number(r[4]) - Number(r[2]) + 1 === Number(m[1]);
}

function monthsOf(year: string, edge: string, count: string): string | undefined {
  const n = countOf(count);
  if (!(n >= 1 && n <= 12)) return undefined;
  return /^(første|foerste|forste|first)$/i.test(edge) ? `${year}-01--${year}-${pad(n)}` : `${year}-${pad(13 - n)}--${year}-12`;
}

function day(year: string, month: number, d: string): string | undefined {
  if (!month) return undefined;
  const p = `${year}-${pad(month)}-${pad(Number(d))}`;
  return PERIOD_PATTERN.test(p) && !Number.isNaN(Date.parse(p)) && new Date(p).getUTCDate() === Number(d) ? p : undefined;
}

/** "(7 måneder)", "(seven months)" right after a span. */
const LENGTH_AFTER = new RegExp(`^\\s*[(,–-]?\\s*${COUNT_WORD}\\s+${MONTHS_WORD}\\s*\\)?`, 'iu');

/** How many calendar months a span of months or days touches ("2018-02-01--2018-08-31": 7); 0 for anything else. */
function monthsSpanned(period: string): number {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?--(\d{4})-(\d{2})(?:-\d{2})?$/.exec(period);
  return m ? (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1 : 0;
}

/** Two days of one year as a span, the earlier first; undefined unless both are days and in that order. */
function days(year: string, [m1, d1]: [number, string], [m2, d2]: [number, string]): string | undefined {
  const from = day(year, m1, d1);
  const to = day(year, m2, d2);
  return from && to && from < to ? `${from}--${to}` : undefined;
}

function half(year: string, n: number): string | undefined {
  return n === 1 || n === 2 ? `${year}-H${n}` : undefined;
}

function yearRange(from: string, to: string): string | undefined {
  const end = to.length === 2 ? `${from.slice(0, 2)}${to}` : to;
  return Number(end) > Number(from) ? `${from}--${end}` : undefined;
}

/** A month word in a match (a period at a month's edge is that date, not a measure's "udgang" or "start"). */
const NAMES_MONTH = new RegExp(`\\b${MONTH}(?![\\p{L}])`, 'iu');
const EDGE = /^(?:ultimo|primo|udgangen af|slutningen af|starten af|begyndelsen af|(?:the\s+)?end\s+of|year[- ]end|end|(?:the\s+)?(?:start|beginning)\s+of)\s+/iu;
const JOIN = /^\s*(?:-|–|—|til|to|until|through|thru|and|og)\s*$/iu;
const SINCE = /(?:\bsiden|\bsince|\bfra|\bfrom|\befter|\bafter)\s*$/iu;
const LATEST =
  /\b(?:lige nu|nu|i dag|idag|seneste|senest|nyeste|aktuelle|aktuelt|aktuel|p\.t\.|pt|latest|most recent|newest|current(?:ly)?|now|today|at present|right now)\b/giu;

/**
 * Words that only say a period follows ("pr. 30/9-17", "i løbet af 2017", "during 2017", "as of 31 Aug 2018",
 * "i perioden 2017-2019"): part of the period, so "pr." is not read as "per" nor "løbet" as a measure word.
 */
const LEAD = /(?<![\p{L}\d])(?:pr\.?|per|as\s+(?:of|at)|i\s+l(?:ø|oe|o)bet\s+af|in\s+the\s+course\s+of|during|throughout|(?:i\s+)?perioden|(?:over\s+)?the\s+period|(?:i\s+)?årene|(?:i\s+)?aarene)\s*$/iu;
/** "over 2016-2019", "mellem 2017 og 2019": only before a span ("over 2018" may be a comparison). */
const SPAN_LEAD = /(?<![\p{L}\d])(?:over|between|mellem)\s*$/iu;
const WHOLE = /\b(?:hele|gennem hele|the whole(?: of)?|the entire|all of|the full(?: year)?|full[- ]year)\s+(?:(?:aaret|året|the year|year)\s+)?$/u;
/** Only brackets, commas, dashes and spaces between two period expressions: one names the other. */
/** Between a relative period and a date that restates it: punctuation, and at most one linking word ("år 1, i 2016", "the first year, in Q1 2016", "i år, dvs. 2016"). */
const ADJACENT = /^[\s(),:–—-]*(?:(?:i|in|dvs\.?|altså|altsaa|nemlig|that is|namely|i\.e\.)[\s(),:–—-]*)?$/u;
/** Words before a date that make it the day a figure was counted ("pr.", "as of", "opgjort"). */
const AS_OF = /(?:\bpr\.?|\bper|\bas (?:of|at)|\bopgjort(?: pr\.?)?|\bcounted)\s*$/u;

export function parsePeriods(question: string): PeriodQuery {
  const hits: Hit[] = [];
  const edgeWords: string[] = [];
  const taken: boolean[] = new Array(question.length).fill(false);
  for (const [rule, make] of RULES) {
    const re = quickPattern(rule, question);
    re.lastIndex = 0;
    for (let m = re.exec(question); m; m = re.exec(question)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const period = make(m);
      if (!period || !(PERIOD_PATTERN.test(period) || period.startsWith('@'))) continue;
      // "ved udgangen af 2020" / "at the start of 2019": the edge word stays for the measure search
      // ("kontaktforløb ved årets udgang" and "… ved årets start" are different measures).
      const edge = EDGE.exec(m[0]);
      // Only a year's edge may name a measure; "ultimo august 2018" is the date, not "udgangspunkt".
      const yearEdge = edge && !NAMES_MONTH.test(m[0].slice(edge[0].length)) ? edge[0] : '';
      if (yearEdge) edgeWords.push(...(yearEdge.match(/[a-z]+/giu) ?? []));
      hits.push({ start: start + yearEdge.length, end, period });
      for (let i = start; i < end; i++) taken[i] = true;
    }
  }
  hits.sort((a, b) => a.start - b.start);

  // Join "X til Y" / "from X to Y" into ranges.
  const joined: Hit[] = [];
  for (const hit of hits) {
    const prev = joined[joined.length - 1];
    // Months of a year ("de 7 måneder af 2022": @m7-2022) are placed later, against the measure's periods: they end no range.
    const placed = (h: Hit) => !h.period.includes('--') && !h.period.startsWith('@m');
    if (prev && placed(prev) && placed(hit) && JOIN.test(question.slice(prev.end, hit.start))) {
      joined[joined.length - 1] = { start: prev.start, end: hit.end, period: `${prev.period}--${hit.period}` };
    } else joined.push(hit);
  }

  // "i indeværende år 2016", "the current year (2016)": the year written out is the period; the relative
  // words beside it only name it again, and never turn it into another year or the newest figure.
  const beside = (a: Span, b: Span) => ADJACENT.test(question.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const restated = joined.filter((h) => h.period.startsWith('@') && joined.some((o) => !o.period.startsWith('@') && (beside(h, o) || sameMonths(h.period, o.period))));
  joined.splice(0, joined.length, ...joined.filter((h) => !restated.includes(h)));
  // "fra 1/2-18 til 31/8-18 (7 måneder)", "between 1 February and 31 August 2018 (7 months)": the span's length said
  // again is part of it, not a number of the measure's name.
  for (const hit of joined) {
    const again = LENGTH_AFTER.exec(question.slice(hit.end));
    if (again && countOf(again[1]!) === monthsSpanned(hit.period)) hit.end += again[0].length;
  }
  for (const hit of joined) {
    const before = question.slice(Math.max(0, hit.start - 30), hit.start);
    const lead = hit.period.startsWith('@') ? null : (LEAD.exec(before) ?? (hit.period.includes('--') ? SPAN_LEAD.exec(before) : null));
    if (lead) hit.start -= lead[0].length;
  }
  let whole = false;
  for (const hit of joined) {
    const w = WHOLE.exec(question.slice(0, hit.start));
    if (!w || hit.period.startsWith('@')) continue;
    whole = true;
    hit.start = w.index;
  }
  // "de syv måneder af 2022 (kolonnen '2022 7 mdr.')": the same months named twice are one period.
  const again = joined.filter((h, i) => h.period.startsWith('@m') && joined.findIndex((o) => o.period === h.period) < i);
  restated.push(...again);
  joined.splice(0, joined.length, ...joined.filter((h) => !again.includes(h)));
  const spans: Span[] = [...joined, ...restated].map(({ start, end }) => ({ start, end }));
  let since: string | undefined;
  const periods: string[] = [];
  // "for 2018 (pr. 31. maj 2018)", "2018 (as of 31 May 2018)": the date says when a year named was counted, not a second
  // period (the words before it may be part of its span).
  const years = new Set(joined.flatMap((h) => h.period.split('--')).filter((p) => /^\d{4}$/.test(p)));
  const countedAt = (h: Hit) => /^\d{4}-\d{2}-\d{2}$/.test(h.period) && years.has(h.period.slice(0, 4)) && AS_OF.test(question.slice(Math.max(0, h.start - 20), h.start + Math.max(0, question.slice(h.start, h.end).search(/\d/))));
  for (const hit of joined) {
    if (countedAt(hit)) continue;
    // "siden januar 2015", "since 2015", or a lone "fra januar 2015" with no "til" after it
    if (!hit.period.includes('--') && SINCE.test(question.slice(0, hit.start))) {
      since = hit.period;
      continue;
    }
    periods.push(hit.period);
  }

  let latest = false;
  const latestRe = quickPattern(LATEST, question);
  latestRe.lastIndex = 0;
  for (let m = latestRe.exec(question); m; m = latestRe.exec(question)) {
    const span = { start: m.index, end: m.index + m[0].length };
    spans.push(span);
    if (!restated.some((h) => span.start >= h.start && span.end <= h.end) && !joined.some((h) => !h.period.startsWith('@') && beside(span, h))) latest = true;
  }
  const result: PeriodQuery = { periods, latest, spans, edgeWords };
  if (since) result.since = since;
  if (whole) result.whole = true;
  return result;
}
