/** Calendar dates (YYYY-MM-DD) as whole days, so trends and ages are computed without any clock or time zone. */
import { ValidationError } from '../errors.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws a ValidationError naming `field` for anything else. */
export function dayNumber(date: string, field = 'asOf'): number {
  const ms = DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new ValidationError(`${field} must be a date such as 2018-09-03`, [{ field, message: `not a date: ${date}` }]);
  }
  return ms / MS_PER_DAY;
}

export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const DAYS_PER_YEAR = 365.25;
