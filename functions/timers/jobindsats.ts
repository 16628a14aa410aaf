/**
 * Daily, early in the morning in Copenhagen: fetches what Jobindsats has that the store lacks and
 * stores it (functions/jobindsats). Timer schedules run in UTC (Linux plans have no WEBSITE_TIME_ZONE),
 * so it fires at 03:30 and 04:30 UTC and works only at the one that is 05:30 in Copenhagen, summer
 * or winter. Nothing new: nothing is written and nobody is told; the next digest names what came.
 */
import { app, type InvocationContext, type Timer } from '@azure/functions';
import { wallTime } from '../digest/local-time.js';
import { clientFromConfig, loadMapping, runJobindsats, summary } from '../jobindsats/index.js';
import { runtime } from '../runtime.js';

export const JOBINDSATS_SCHEDULE = '0 30 3,4 * * *';
const ZONE = 'Europe/Copenhagen';
const LOCAL_HOUR = 5;

export function isFetchTime(now: Date): boolean {
  return wallTime(now, ZONE).hour === LOCAL_HOUR;
}

export async function fetchFromJobindsats(_timer: Timer, context: InvocationContext, now = new Date()): Promise<void> {
  if (!isFetchTime(now)) return;
  const rt = await runtime();
  if (!rt.config.jobindsats.token) {
    context.log('Jobindsats: JOBINDSATS_TOKEN is not set; no figures fetched.');
    return;
  }
  const run = await runJobindsats(rt.store, clientFromConfig(rt.config), await loadMapping(), { dryRun: false, at: now.toISOString() });
  context.log(run.written ? `${summary(run)} Stored.` : 'Jobindsats: nothing new.');
}

app.timer('jobindsats', { schedule: JOBINDSATS_SCHEDULE, handler: (timer, context) => fetchFromJobindsats(timer, context) });
