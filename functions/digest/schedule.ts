/**
 * When a subscription's digest is due. Pure: the instant is an argument, never the clock.
 *
 * A subscription names a weekday and a wall-clock time in its own time zone. Its occurrence for a week is
 * that wall time on that weekday, converted through the zone's rules for that very day, so "Monday 08:00
 * Europe/Copenhagen" is 07:00 UTC in winter and 06:00 UTC in summer. The digest period is the ISO week of
 * the occurrence's local date: one digest per subscription per week, whatever the timer's rhythm.
 *
 * A digest is due from its occurrence until `catchUpMs` later, so a timer that ran late (a restart, a
 * redeploy, a skipped tick) still sends this week's digest, but a subscription created on Wednesday for
 * Mondays waits for next Monday instead of sending a stale "Monday" digest at once.
 */
import type { Subscription } from '../domain/model.js';
import { isoWeekOf } from '../domain/celebrations/week.js';
import { addDays, instantOf, wallTime } from './local-time.js';

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

/** The latest scheduled occurrence at or before `instant`. */
export function lastOccurrence(schedule: Schedule, instant: Date): Occurrence {
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  const local = wallTime(instant, schedule.timeZone);
  let date = addDays(local.date, -((local.weekday - schedule.weekday + 7) % 7));
  let at = instantOf(date, hour, minute, schedule.timeZone);
  if (at.getTime() > instant.getTime()) {
    date = addDays(date, -7);
    at = instantOf(date, hour, minute, schedule.timeZone);
  }
  return { at, localDate: date, period: isoWeekOf(date) };
}

/** The first scheduled occurrence after `instant`. */
export function nextOccurrence(schedule: Schedule, instant: Date): Occurrence {
  const last = lastOccurrence(schedule, instant);
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  const date = addDays(last.localDate, 7);
  return { at: instantOf(date, hour, minute, schedule.timeZone), localDate: date, period: isoWeekOf(date) };
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
