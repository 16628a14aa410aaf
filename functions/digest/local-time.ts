/**
 * Wall-clock time in an IANA time zone, read through Intl so the platform's time-zone database decides
 * every offset, daylight-saving changes included; nothing here knows an offset by heart.
 */
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
      second: '2-digit',
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

/** The zone's offset from UTC at an instant, in milliseconds (CET +3,600,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local date and time happen in the zone. A time skipped by the spring change (02:30 on the
 * last Sunday of March in Copenhagen) happens an hour later, as the clock reads after the jump; a time
 * that happens twice in autumn is the first of the two. (Temporal calls this "compatible".)
 */
export function instantOf(date: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const day = 86_400_000;
  const offsets = [...new Set([offsetAt(wall - day, timeZone), offsetAt(wall, timeZone), offsetAt(wall + day, timeZone)])];
  const matches = offsets.map((o) => wall - o).filter((t) => offsetAt(t, timeZone) === wall - t);
  if (matches.length) return new Date(Math.min(...matches));
  // In the gap: read the wall time with the offset in force before the change.
  return new Date(wall - offsetAt(wall - day, timeZone));
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
