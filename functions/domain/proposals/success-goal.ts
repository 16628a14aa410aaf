/**
 * An approved proposal's success criterion as a goal, when the criterion states a number ("Yderligere 10
 * borgere går i job eller uddannelse pr. år" → a goal of 10 persons). Free text rarely says more than the
 * number, its unit and a direction, so that is all this reads; a criterion without a number is no goal.
 */
import type { Goal, Kpi, Unit } from '../model.js';
import { parseNumber } from '../numbers.js';

export interface SuccessGoal {
  kpi: Kpi;
  goal: Goal;
}

// The unit word may hold dots: "t.kr." (thousand kroner) is how the documents write amounts.
const NUMBER = /(?<![\p{L}\d])([-−]?\d[\d.]*(?:,\d+)?)\s*(%|procent\b)?\s*([\p{L}.-]*)/gu;

const UNITS: [RegExp, Unit][] = [
  [/^fuldtidsperson/, 'full-time-persons'],
  [/^helårsperson/, 'full-year-persons'],
  [/^årsværk/, 'full-year-positions'],
  [/^(borger|person|unge|ledige|kandidat|deltager|modtager|elev|medarbejder)/, 'persons'],
  [/^virksomhed/, 'companies'],
  [/^(sager|sag)\b/, 'cases'],
  [/^(kr|mio|t\.?kr)/, 'dkk'],
];

const FEWER = /\b(færre|reducer\w*|nedbring\w*|reduktion|fald\w*|mindre|lavere|nedsæt\w*|kortere)\b/iu;

export interface SuccessGoalInput {
  orgId: string;
  caseId: string;
  criterion: string;
  /** The year the goal should be reached by: the economy's last year, or the year after approval. */
  deadlineYear: number;
}

export function successGoal(input: SuccessGoalInput): SuccessGoal | undefined {
  const found = firstQuantity(input.criterion);
  if (!found) return undefined;
  const id = `${input.caseId}.succeskriterium`;
  const short = input.criterion.replace(/\s+/g, ' ').trim();
  const clip = (s: string) => (s.length > 500 ? `${s.slice(0, 499)}…` : s);
  const kpi: Kpi = {
    id,
    orgId: input.orgId,
    caseId: input.caseId,
    name: { da: clip(`Succeskriterium: ${short}`), en: clip(`Success criterion (in Danish): ${short}`) },
    aliases: ['succeskriterium', 'success criterion'],
    unit: found.unit,
    scale: 1,
    direction: FEWER.test(short) ? 'lower-is-better' : 'higher-is-better',
  };
  const goal: Goal = {
    id,
    orgId: input.orgId,
    kpiId: id,
    caseId: input.caseId,
    level: 'end',
    title: { da: clip(short), en: clip(`Success criterion (in Danish): ${short}`) },
    target: found.value,
    deadline: String(input.deadlineYear),
  };
  return { kpi, goal };
}

/** The first number in the text that is not a year, with the unit the next word suggests. */
export function firstQuantity(text: string): { value: number; unit: Unit } | undefined {
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1]!.replace(/[.,]$/, '');
    const value = parseNumber(raw);
    if (value === undefined) continue;
    if (/^(19|20)\d\d$/.test(raw)) continue;
    if (m[2]) return { value, unit: 'percent' };
    const word = m[3]!.toLocaleLowerCase('da');
    const unit = UNITS.find(([re]) => re.test(word))?.[1] ?? 'count';
    return { value, unit };
  }
  return undefined;
}
