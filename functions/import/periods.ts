/**
 * Period text from spreadsheets → the canonical periods of functions/domain/period.ts. Covers what
 * Jobindsats, Excel and people write: "2018M08", "aug 2018", "august 2018", "08-2018", "2018K1",
 * "1. kvartal 2018", "Q1 2018", "2. halvår 2015", "31-08-2018", "31. august 2018", "pr. 31.08.2018".
 */
import { MONTH_PATTERN as MONTH, MONTH_WORDS } from '../domain/months.js';
import { PeriodSchema, endsBeforeItStarts } from '../domain/period.js';

const pad = (n: number | string) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? `20${y}` : y);

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d{4})\s*m(\d{1,2})$/, (m) => `${m[1]}-${pad(m[2]!)}`],
  [/^(\d{4})\s*-?\s*[kq]([1-4])$/, (m) => `${m[1]}-Q${m[2]}`],
  [/^[kq]([1-4])\s*-?\s*(\d{4})$/, (m) => `${m[2]}-Q${m[1]}`],
  [/^([1-4])\.?\s*(?:kvartal|kvt\.?|quarter)\s*(\d{4})$/, (m) => `${m[2]}-Q${m[1]}`],
  [/^(\d{4})\s*-?\s*h([12])$/, (m) => `${m[1]}-H${m[2]}`],
  [/^h([12])\s*-?\s*(\d{4})$/, (m) => `${m[2]}-H${m[1]}`],
  [/^([12])\.?\s*(?:halvår|halvaar|half)\s*(\d{4})$/, (m) => `${m[2]}-H${m[1]}`],
  [new RegExp(`^${MONTH}\\s*[-/ ]?\\s*(\\d{4}|\\d{2})$`), (m) => `${fullYear(m[2]!)}-${pad(MONTH_WORDS.get(m[1]!)!)}`],
  [/^(\d{1,2})[-/.](\d{4})$/, (m) => `${m[2]}-${pad(m[1]!)}`],
  [/^(\d{4})[/.](\d{1,2})$/, (m) => `${m[1]}-${pad(m[2]!)}`],
  [/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/, (m) => `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`],
  [new RegExp(`^(\\d{1,2})\\.?\\s*${MONTH}\\s*(\\d{4})$`), (m) => `${m[3]}-${pad(MONTH_WORDS.get(m[2]!)!)}-${pad(m[1]!)}`],
];

/**
 * The canonical period, or undefined when the text is not one we can read without guessing, or is a
 * range that ends before it starts (`backwardsRange` tells that apart, for an error that says why).
 */
export function normalisePeriod(text: string): string | undefined {
  const period = readPeriod(text);
  return period && !endsBeforeItStarts(period) ? period : undefined;
}

/** The range a text names when it ends before it starts ("aug 2017 -- sep 2016" → 2017-08--2016-09), which normalisePeriod refuses. */
export function backwardsRange(text: string): string | undefined {
  const period = readPeriod(text);
  return period && endsBeforeItStarts(period) ? period : undefined;
}

/** The canonical period the text names, a range in either order. */
function readPeriod(text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(?:pr\.|per|ultimo|status)\s+/, '')
    .replace(/\s+/g, ' ');
  if (/^\d{4}/.test(t) && PeriodSchema.safeParse(t.toUpperCase()).success) return t.toUpperCase();
  // A range in any of the single forms: "sep 2016 -- aug 2017", "2016-09--2017-08"; neither side is a
  // range itself (the split took every "--"), so two readable sides always make one.
  const range = t.split(/\s*--\s*/);
  if (range.length === 2) {
    const [from, to] = range.map((side) => readPeriod(side));
    return from && to ? `${from}--${to}` : undefined;
  }
  for (const [pattern, build] of RULES) {
    const m = pattern.exec(t);
    if (m) return canonical(build(m));
  }
  return undefined;
}

function canonical(period: string): string | undefined {
  return PeriodSchema.safeParse(period).success ? period : undefined;
}

/** True when a header cell names a period: a wide layout's month column (a bare "12" is none: no rule reads it). */
export function isPeriodHeader(text: string): boolean {
  return normalisePeriod(text) !== undefined;
}
