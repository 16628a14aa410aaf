/**
 * Units as the API names them, and the formatted value. Money keeps the scale it is stored in
 * ("1.000 kr." with 16957), so the value is exactly the source's number; formatting comes from
 * the domain's formatQuantity.
 */
import { formatNumber, formatQuantity } from '../domain/format.js';
import type { Unit } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import { DURATIONS, type UnitFamily } from '../domain/query/index.js';

export function unitLabel(unit: Unit, scale: number): string {
  if (unit !== 'dkk') return unit;
  if (scale === 1_000_000) return 'mio. kr.';
  if (scale === 1000) return '1.000 kr.';
  return 'kr.';
}


/** Units are few; the family is asked of every search hit of every question (a hundred for a generated one). */
const families = new Map<string, UnitFamily>();

/**
 * What kind of quantity a unit (a stored unit or an API label) measures. Money, shares, places in a
 * ranking, caseloads and durations never answer one another's questions; heads, cases and courses are all
 * counts. Each duration is its own: hours a week never answer "hvor mange uger".
 */
export function unitFamily(unit: string): UnitFamily {
  let family = families.get(unit);
  if (!family) {
    family = familyOf(unit);
    if (families.size >= 1000) families.clear();
    families.set(unit, family);
  }
  return family;
}

function familyOf(unit: string): UnitFamily {
  const u = unit.toLowerCase().replace(/\s/g, '');
  if (/^(dkk|kr\.?|kroner|1\.000kr\.?|t\.?kr\.?|tkr\.?|mio\.?(kr\.?)?|mkr|million|thousand|dkk(million|thousand))$/.test(u)) return 'money';
  if (/^(percent|%|pct\.?|procent|percentage-?points?|procentpoint|pp)$/.test(u)) return 'percent';
  if (u === 'rank' || u === 'place' || u === 'placering') return 'rank';
  if (u === 'cases-per-caseworker' || u === 'ratio' || u === 'times') return 'ratio';
  if (/^(hours?|timer?)$/.test(u)) return 'hours';
  if (/^(days?|dage?)$/.test(u)) return 'days';
  if (/^(weeks?|uger?)$/.test(u)) return 'weeks';
  if (/^(months?|m(å|aa)ned(er)?)$/.test(u)) return 'months';
  if (/^(years?|(å|aa)r)$/.test(u)) return 'years';
  return 'count';
}

/** Hours, days, weeks, months and years: how long something takes, never a whole to count parts of. */
export function isDuration(unit: string): boolean {
  return (DURATIONS as readonly string[]).includes(unitFamily(unit));
}

/** How many base units (kr., persons …) one unit of the label is. */
export function unitFactor(label: string): number {
  const l = label.toLowerCase().replace(/\s/g, '');
  if (/^(mio\.?kr\.?|mio|million|dkkmillion|mkr)$/.test(l)) return 1_000_000;
  if (/^(1\.000kr\.?|t\.?kr\.?|tkr\.?|1000kr|thousand|dkkthousand)$/.test(l)) return 1000;
  return 1;
}

/**
 * Money kept in 1.000 kr. keeps its precision: 16957 → "16,957 mio. kr. (16.957 t.kr.)", as the committee's budget
 * table reads, instead of rounding to "17,0 mio. kr."; 1400 → "1,4 mio. kr. (1.400 t.kr.)".
 */
export function formatValue(value: number, unit: Unit, scale: number, lang: Lang): string {
  // A worked-out amount (a mean, a share of a sum) keeps the same precision, to the nearest thousand.
  if (unit === 'dkk' && scale === 1000 && Math.abs(value) >= 1000) {
    // No trailing zeros: "DKK 1.400 million" reads as 1,400 million to a Danish eye; the thousands beside it are exact.
    const millions = formatNumber(Math.round(value) / 1000, lang, { maxDecimals: 3, minDecimals: 1 });
    const thousands = formatNumber(Math.round(value), lang, { maxDecimals: 0 });
    return lang === 'da' ? `${millions} mio. kr. (${thousands} t.kr.)` : `DKK ${millions} million (DKK ${thousands} thousand)`;
  }
  return formatQuantity(value, unit, scale, lang);
}
