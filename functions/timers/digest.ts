/**
 * Every 15 minutes: sends the weekly digests that are due. A subscription's own weekday, time and time zone
 * decide when (functions/digest/schedule.ts); this only has to tick often enough that "08:00" means
 * 08:00–08:15. Runs that overlap or repeat are harmless: each delivery is claimed in the store first.
 */
import { app, type InvocationContext, type Timer } from '@azure/functions';
import { appFor } from '../app.js';
import { RUN_BUDGET_MS, runDueDigests } from '../digest/run.js';
import { runtime } from '../runtime.js';

export const DIGEST_SCHEDULE = '0 */15 * * * *';

export async function sendDueDigests(timer: Timer, context: InvocationContext): Promise<void> {
  const rt = await runtime();
  if (timer.isPastDue) context.log('The digest timer is running late; due digests are caught up within their window.');
  const started = new Date();
  await runDueDigests(rt.store, appFor(rt).sender, started, {
    deadline: started.getTime() + RUN_BUDGET_MS,
    log: (level, message) => (level === 'error' ? context.error(message) : level === 'warning' ? context.warn(message) : context.log(message)),
  });
}

app.timer('digest', { schedule: DIGEST_SCHEDULE, handler: sendDueDigests });
