/**
 * The personal-data guard: Målbot stores no CPR numbers. Free text that contains one is refused, and
 * the number itself is never echoed or logged — callers get only where it was found.
 *
 * A CPR number is ddmmyy-xxxx or ddmmyyxxxx whose first six digits are a real date. The century comes from
 * the seventh digit (CPR rules), so 29 February is checked against the right year. The modulus-11 check is
 * not applied: numbers issued since 2007 need not satisfy it.
 */
const CPR = /(?<![\d-])(\d{2})(\d{2})(\d{2})-?(\d)\d{3}(?![\d-])/g;

function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function isRealDate(dd: number, mm: number, year: number): boolean {
  const date = new Date(Date.UTC(year, mm - 1, dd));
  return date.getUTCFullYear() === year && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}

/** True when the text holds something that is a CPR number. */
export function containsCpr(text: string): boolean {
  for (const m of text.matchAll(CPR)) {
    const [dd, mm, yy, seventh] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (isRealDate(dd, mm, century(seventh, yy) + yy)) return true;
  }
  return false;
}

/** The names of the fields (of a flat or nested object) whose text holds a CPR number. */
export function fieldsWithCpr(input: unknown, path = ''): string[] {
  if (typeof input === 'string') return containsCpr(input) ? [path || '(text)'] : [];
  if (Array.isArray(input)) return input.flatMap((v, i) => fieldsWithCpr(v, path ? `${path}.${i}` : String(i)));
  if (input && typeof input === 'object') {
    return Object.entries(input).flatMap(([k, v]) => fieldsWithCpr(v, path ? `${path}.${k}` : k));
  }
  return [];
}
