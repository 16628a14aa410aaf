/**
 * When a subscription's digest is due. Pure: the instant is an argument, never the clock.
 *
 * A subscription names a weekday and a wall-clock time in its own time zone. Its occurrence for a week is
 * that wall time on that weekday, converted through the zone's rules for that very day (by croner), so
 * "Monday 08:00 Europe/Copenhagen" is 07:00 UTC in winter and 06:00 UTC in summer. The digest period is the ISO week of
 * the occurrence's local date: one digest per subscription per week, whatever the timer's rhythm.
 *
 * A digest is due from its occurrence until `catchUpMs` later, so a timer that ran late (a restart, a
 * redeploy, a skipped tick) still sends this week's digest, but a subscription created on Wednesday for
 * Mondays waits for next Monday instead of sending a stale "Monday" digest at once.
 */
import type { Subscription } from '../domain/model.js';
import { isoWeekOf } from '../domain/celebrations/week.js';
import { Cron } from 'croner';
import { wallTime } from './local-time.js';

export const DEFAULT_CATCH_UP_MS = 24 * 3_600_000;

export type Schedule = Pick<Subscription, 'weekday' | 'time' | 'timeZone'>;

export interface Occurrence {
  /** The instant the digest is scheduled for. */
  at: Date;
  /** Its local date in the subscription's zone: the digest's "as of" date. */
  localDate: string;
  /** The ISO week of the local date, e.g. "2026-W13": the Delivery's period. */
  period: string;
}

export interface DueDigest extends Occurrence {
  subscription: Subscription;
}

export interface DueOptions {
  catchUpMs?: number;
}

interface ScheduleJob {
  cron: Cron;
  /**
   * The last answer and the run after it: a timer asks about the same week every tick, and croner's
   * search costs a few tenths of a millisecond.
   */
  last?: { occurrence: Occurrence; nextAt: number };
}

const jobs = new Map<string, ScheduleJob>();

/**
 * The week's run as croner computes it in the subscription's zone. One value in each of minute and hour
 * makes it a fixed-time job, which is the behaviour a manager expects on the two change days: a time the
 * spring change skips (02:30 on the last Sunday of March in Copenhagen) runs at the first minute after
 * the jump, 03:00, the same day; a time the autumn change repeats runs once, the first time.
 */
function jobOf(schedule: Schedule): ScheduleJob {
  const key = `${schedule.weekday} ${schedule.time} ${schedule.timeZone}`;
  let job = jobs.get(key);
  if (!job) {
    const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
    // croner counts Sunday as 0, the model as ISO 7. Paused: it is asked for times, never runs anything.
    const cron = new Cron(`${minute} ${hour} * * ${schedule.weekday % 7}`, { timezone: schedule.timeZone, paused: true });
    // Bounded: distinct schedules are few, but nothing here should grow without limit.
    if (jobs.size >= 1_000) jobs.clear();
    job = { cron };
    jobs.set(key, job);
  }
  return job;
}

function occurrenceAt(at: Date, timeZone: string): Occurrence {
  const localDate = wallTime(at, timeZone).date;
  return { at, localDate, period: isoWeekOf(localDate) };
}

/** The latest scheduled occurrence at or before `instant`. */
export function lastOccurrence(schedule: Schedule, instant: Date): Occurrence {
  const job = jobOf(schedule);
  const t = instant.getTime();
  if (job.last && job.last.occurrence.at.getTime() <= t && t < job.last.nextAt) return job.last.occurrence;
  // previousRuns leaves out a run at the reference itself but keeps one later in the reference's second:
  // ask from a second on and keep the first run not after the instant.
  const at = job.cron.previousRuns(2, new Date(t + 1_000)).find((run) => run.getTime() <= t);
  if (!at) throw new Error(`no earlier run of "${schedule.time}" on weekday ${schedule.weekday} in ${schedule.timeZone}`);
  const occurrence = occurrenceAt(at, schedule.timeZone);
  job.last = { occurrence, nextAt: job.cron.nextRun(at)?.getTime() ?? Number.POSITIVE_INFINITY };
  return occurrence;
}

/** The first scheduled occurrence after `instant`. */
export function nextOccurrence(schedule: Schedule, instant: Date): Occurrence {
  const at = jobOf(schedule).cron.nextRun(instant);
  if (!at) throw new Error(`no later run of "${schedule.time}" on weekday ${schedule.weekday} in ${schedule.timeZone}`);
  return occurrenceAt(at, schedule.timeZone);
}

/** Whether the subscription's digest for the current week is due at `instant`, and for which period. */
export function dueAt(subscription: Subscription, instant: Date, options: DueOptions = {}): DueDigest | undefined {
  if (!subscription.active) return undefined;
  const catchUp = options.catchUpMs ?? DEFAULT_CATCH_UP_MS;
  const occurrence = lastOccurrence(subscription, instant);
  const late = instant.getTime() - occurrence.at.getTime();
  if (late >= catchUp) return undefined;
  // An occurrence from before the subscription existed belongs to nobody.
  if (occurrence.at.getTime() < Date.parse(subscription.createdAt)) return undefined;
  return { ...occurrence, subscription };
}

export function dueSubscriptions(subscriptions: readonly Subscription[], instant: Date, options: DueOptions = {}): DueDigest[] {
  return subscriptions.flatMap((s) => {
    const due = dueAt(s, instant, options);
    return due ? [due] : [];
  });
}

/** The period a digest "as of" a date belongs to (the CLI's --as-of, the status command). */
export function periodOf(localDate: string): string {
  return isoWeekOf(localDate);
}
