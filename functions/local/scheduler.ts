/**
 * Runs the registered timer functions on their NCRONTAB schedules, as the Functions host would:
 * six fields with seconds first, in UTC (Azure's default without WEBSITE_TIME_ZONE), never two runs of
 * one function at once (the host holds a singleton lock per timer), runOnStartup honoured.
 */
import { randomUUID } from 'node:crypto';
import azureFunctions from '@azure/functions';
import type { Timer } from '@azure/functions';
import { Cron } from 'croner';
import type { Log } from './host.js';
import type { TimerFunction } from './load-functions.js';

// The classes are not named exports Node's CommonJS detection can see; take them from the module object.
const { InvocationContext } = azureFunctions;

export interface SchedulerOptions {
  log: Log;
  timeZone?: string;
}

export interface RunningScheduler {
  /** When each timer runs next (undefined once stopped). */
  nextRuns(): { name: string; next: Date | undefined }[];
  /** Stops the schedules and waits for runs in progress. */
  stop(): Promise<void>;
}

export function scheduleOf(timer: Pick<TimerFunction, 'name' | 'schedule'>, timeZone = 'UTC'): Cron {
  if (/^%.*%$/.test(timer.schedule)) {
    throw new Error(`Timer ${timer.name}: schedules read from app settings (${timer.schedule}) are not supported locally; register the NCRONTAB expression.`);
  }
  // paused: this Cron only parses and computes dates; startScheduler makes the running ones.
  return new Cron(timer.schedule, { mode: '6-part', timezone: timeZone, paused: true });
}

export function startScheduler(timers: readonly TimerFunction[], options: SchedulerOptions): RunningScheduler {
  const timeZone = options.timeZone ?? 'UTC';
  // Runs in progress by timer name: the host's singleton lock. Croner's `protect` alone does not see the
  // start-up run, so a tick while that run is busy would start a second one.
  const running = new Map<string, Promise<void>>();
  // Validate every schedule before starting any, so a typo stops the start instead of one timer.
  for (const timer of timers) scheduleOf(timer, timeZone).stop();

  const invoke = (timer: TimerFunction, isPastDue: boolean, job?: Cron) => {
    const busy = running.get(timer.name);
    if (busy) return busy;
    const run = runTimer(timer, options.log, isPastDue, job).finally(() => running.delete(timer.name));
    running.set(timer.name, run);
    return run;
  };
  const jobs = timers.map((timer) => {
    const job: Cron = new Cron(timer.schedule, { mode: '6-part', timezone: timeZone, protect: true }, () => invoke(timer, false, job));
    if (timer.runOnStartup) void invoke(timer, false, job);
    options.log('information', `Timer ${timer.name} (${timer.schedule} ${timeZone}) next runs ${job.nextRun()?.toISOString() ?? 'never'}.`);
    return { timer, job };
  });

  return {
    nextRuns: () => jobs.map(({ timer, job }) => ({ name: timer.name, next: job.nextRun() ?? undefined })),
    async stop() {
      for (const { job } of jobs) job.stop();
      await Promise.allSettled([...running.values()]);
    },
  };
}

/** One invocation of a timer function, with the Timer object the Functions host passes. */
export async function runTimer(timer: TimerFunction, log: Log, isPastDue = false, job?: Cron): Promise<void> {
  const context = new InvocationContext({
    invocationId: randomUUID(),
    functionName: timer.name,
    options: { trigger: timer.trigger as never },
    logHandler: (level, ...args) => log(level, `[${timer.name}]`, ...args),
  });
  const now = new Date();
  const next = job?.nextRun() ?? undefined;
  const info: Timer = {
    isPastDue,
    schedule: { adjustForDST: true },
    scheduleStatus: { last: now.toISOString(), next: next?.toISOString() ?? '', lastUpdated: now.toISOString() },
  };
  try {
    await timer.handler(info, context);
  } catch (error) {
    // The host logs a failed run and keeps the schedule; so does this.
    context.error('Timer run failed:', error);
  }
}
