/** Unit text in a file ("fuldtidspersoner", "1.000 kr.", "%") → the KPI unit and, for money, its scale. */
import type { Unit } from '../domain/model.js';

export interface UnitRef {
  unit: Unit;
  scale?: number;
}

const WORDS: [Unit, string[]][] = [
  ['persons', ['persons', 'personer', 'person', 'borgere']],
  ['full-time-persons', ['full-time-persons', 'full-time persons', 'fuldtidspersoner', 'fuldtidspers.']],
  ['full-year-persons', ['full-year-persons', 'full-year persons', 'helårspersoner', 'helaarspersoner']],
  ['percent', ['percent', '%', 'pct', 'pct.', 'procent']],
  ['dkk', ['dkk', 'kr', 'kr.']],
  ['rank', ['rank', 'placering', 'rang']],
  ['cases-per-caseworker', ['cases-per-caseworker', 'sager pr. sagsbehandler', 'cases per caseworker']],
  ['full-year-positions', ['full-year-positions', 'årsværk', 'aarsvaerk', 'full-year positions']],
  ['contact-courses', ['contact-courses', 'kontaktforløb', 'kontaktforloeb', 'contact courses']],
  ['cases', ['cases', 'sager']],
  ['companies', ['companies', 'virksomheder']],
  ['count', ['count', 'antal']],
  ['hours', ['hours', 'timer', 'time', 'hour']],
  ['days', ['days', 'dage', 'dag', 'day']],
  ['weeks', ['weeks', 'uger', 'uge', 'week']],
  ['months', ['months', 'måneder', 'maaneder', 'måned', 'month']],
  ['years', ['years', 'år', 'aar', 'year']],
];
const BY_WORD = new Map<string, Unit>();
for (const [unit, words] of WORDS) for (const w of words) BY_WORD.set(w, unit);

const MONEY_SCALES: [RegExp, number][] = [
  [/^(?:1\.000|1000|t\.?|tkr\.?|thousand)\s*(?:kr\.?|dkk)$|^tkr\.?$/, 1000],
  [/^(?:mio\.?|mill?\.?|million)\s*(?:kr\.?|dkk)$|^dkk\s*million$/, 1_000_000],
];

export function parseUnit(text: string): UnitRef | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const direct = BY_WORD.get(t);
  if (direct) return direct === 'dkk' ? { unit: 'dkk', scale: 1 } : { unit: direct };
  for (const [pattern, scale] of MONEY_SCALES) if (pattern.test(t)) return { unit: 'dkk', scale };
  return undefined;
}

/** How a unit is written in an export, so it reads back as the same unit and scale. */
export function unitText(unit: Unit, scale: number): string {
  if (unit !== 'dkk') return unit;
  return scale === 1000 ? '1.000 kr.' : scale === 1_000_000 ? 'mio. kr.' : 'kr.';
}
