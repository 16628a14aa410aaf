/**
 * Jobindsats period codes ↔ Målbot's canonical periods (functions/domain/period.ts).
 *
 * Seen in public municipal code calling api.jobindsats.dk/v2 (Randers-Kommune-Digitalisering/etl,
 * src/jobindsats/jobindsats.py): months "2024M01", quarters "2024Q1" and rolling quarters "2024QMAT01"
 * … "2024QMAT12", mixed in one table's period list (that code picks one kind per table, as the
 * mapping's periodType does). ASSUMED: "QMATnn" is the three months ending with month nn; a calendar
 * quarter (nn = 03, 06, 09, 12) is stored as that quarter ("2024-Q1"), any other as a month range
 * ("2024-02--2024-04"). Years "2024" are years.
 */
import { comparePeriods } from '../domain/period.js';
import type { TableMapping } from './mapping.js';

const PATTERNS: Record<TableMapping['periodType'], RegExp> = {
  M: /^(\d{4})M(0[1-9]|1[0-2])$/,
  Q: /^(\d{4})Q([1-4])$/,
  QMAT: /^(\d{4})QMAT(0[1-9]|1[0-2])$/,
  Y: /^(\d{4})$/,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The canonical period of a code of the given type; undefined for a code of another type. */
export function canonicalPeriod(code: string, type: TableMapping['periodType']): string | undefined {
  const m = PATTERNS[type].exec(code.trim().toUpperCase());
  if (!m) return undefined;
  const year = Number(m[1]);
  switch (type) {
    case 'M':
      return `${year}-${m[2]}`;
    case 'Q':
      return `${year}-Q${m[2]}`;
    case 'Y':
      return String(year);
    case 'QMAT': {
      const end = Number(m[2]);
      if (end % 3 === 0) return `${year}-Q${end / 3}`;
      const wraps = end - 2 <= 0;
      return `${wraps ? year - 1 : year}-${pad(wraps ? end + 10 : end - 2)}--${year}-${pad(end)}`;
    }
  }
}

/** Oldest first, by the period's end, then its start. */
export function sortPeriods<T>(items: T[], period: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePeriods(period(a), period(b)));
}
