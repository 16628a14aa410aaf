/**
 * Wall-clock time in an IANA time zone, read through Intl so the platform's time-zone database decides
 * every offset, daylight-saving changes included; nothing here knows an offset by heart. The other way,
 * from a local time to an instant, is croner's.
 */
import { Cron } from 'croner';

export interface WallTime {
  /** YYYY-MM-DD, the local date. */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what a subscription with a bad zone deserves.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parts(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

export function wallTime(instant: Date | number, timeZone: string): WallTime {
  const p = parts(+instant, timeZone);
  const date = `${p.year}-${pad(p.month!)}-${pad(p.day!)}`;
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { date, weekday, hour: p.hour!, minute: p.minute! };
}

/**
 * The instant a local date and time happen in the zone, by the digest schedule's rules (croner's for a
 * fixed-time job): a time the spring change skips (02:30 on the last Sunday of March in Copenhagen)
 * happens at the first minute after the jump, 03:00; a time that happens twice in autumn, the first time.
 */
export function instantOf(date: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // That day and month recur only once a year: the first run from two days before is that date's. A Cron
  // given no function schedules nothing; it is only asked for its next run.
  const at = new Cron(`${minute} ${hour} ${d} ${m} *`, { timezone: timeZone }).nextRun(new Date(Date.UTC(y, m - 1, d) - 2 * 86_400_000));
  if (!at) throw new RangeError(`no ${date} ${hour}:${minute} in ${timeZone}`);
  return at;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
