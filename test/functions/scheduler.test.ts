import { describe, expect, it } from 'vitest';
import { installFunctionsCore, registeredFunctions } from '../../functions/local/functions-core.js';
import { splitRegistrations } from '../../functions/local/load-functions.js';
import { runTimer, scheduleOf, startScheduler } from '../../functions/local/scheduler.js';

// Registered the way a real timer function is, through app.timer; the scheduler finds it as npm start does.
installFunctionsCore(() => undefined);
const { app } = await import('@azure/functions');

const runs: { name: string; isPastDue: boolean; next: string; functionName: string }[] = [];
app.timer('testEverySecond', {
  schedule: '* * * * * *',
  handler: async (timer, context) => {
    runs.push({ name: 'testEverySecond', isPastDue: timer.isPastDue, next: timer.scheduleStatus.next, functionName: context.functionName });
    if (runs.filter((r) => r.name === 'testEverySecond').length === 1) throw new Error('first run fails');
  },
});
app.timer('testFailing', {
  schedule: '0 0 8 * * 1',
  runOnStartup: true,
  handler: async () => {
    runs.push({ name: 'testFailing', isPastDue: false, next: '', functionName: '' });
    throw new Error('boom');
  },
});

const timers = () => splitRegistrations(registeredFunctions()).timers;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error(`Timed out waiting for ${what}`);
}

describe('timer functions', () => {
  it('finds the registered timers with their NCRONTAB schedules', () => {
    expect(timers().map((t) => [t.name, t.schedule, t.runOnStartup])).toEqual([
      ['testEverySecond', '* * * * * *', false],
      ['testFailing', '0 0 8 * * 1', true],
    ]);
  });

  it('reads six-field NCRONTAB (seconds first) in UTC', () => {
    const from = new Date('2026-11-22T12:00:00Z'); // a Sunday
    expect(scheduleOf({ name: 't', schedule: '0 0 8 * * 1' }).nextRun(from)?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(scheduleOf({ name: 't', schedule: '30 */5 * * * *' }).nextRun(from)?.toISOString()).toBe('2026-11-22T12:00:30.000Z');
    expect(scheduleOf({ name: 't', schedule: '0 0 8 * * MON-FRI' }, 'Europe/Copenhagen').nextRun(from)?.toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });

  it.each(['0 8 * * 1', 'every monday', '%DIGEST_SCHEDULE%'])('refuses the schedule %s', (schedule) => {
    expect(() => scheduleOf({ name: 't', schedule })).toThrow();
  });

  it('runs timers on schedule and on start-up; a failing run is logged and does not stop the schedule', async () => {
    const logs: string[] = [];
    const scheduler = startScheduler(timers(), { log: (level, message, ...details) => logs.push(`${level} ${message} ${details.map(String).join(' ')}`) });
    try {
      await until(() => runs.filter((r) => r.name === 'testEverySecond').length >= 2, 'two scheduled runs');
      expect(runs.filter((r) => r.name === 'testFailing')).toHaveLength(1);
      expect(logs.some((l) => l.startsWith('error [testFailing]') && l.includes('boom'))).toBe(true);
      expect(logs.some((l) => l.startsWith('error [testEverySecond]') && l.includes('first run fails'))).toBe(true);
      const run = runs.find((r) => r.name === 'testEverySecond')!;
      expect(run).toMatchObject({ isPastDue: false, functionName: 'testEverySecond' });
      expect(Date.parse(run.next)).not.toBeNaN();
      expect(scheduler.nextRuns().map((n) => n.name)).toEqual(['testEverySecond', 'testFailing']);
    } finally {
      await scheduler.stop();
    }
    const count = runs.length;
    expect(scheduler.nextRuns().every((n) => n.next === undefined)).toBe(true);
    // Stopped means no further runs; the schedule fires every second, so wait past one.
    await new Promise((r) => setTimeout(r, 1100));
    expect(runs.length).toBe(count);
  });

  it('never runs one timer twice at once: a tick during its start-up run is skipped', async () => {
    let active = 0;
    let most = 0;
    let calls = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow = {
      ...timers()[0]!,
      name: 'testSlow',
      runOnStartup: true,
      handler: async () => {
        calls++;
        most = Math.max(most, ++active);
        await released;
        active--;
      },
    };
    const scheduler = startScheduler([slow], { log: () => undefined });
    try {
      // The every-second schedule ticks while the start-up run is still busy.
      await new Promise((r) => setTimeout(r, 1100));
      expect(most).toBe(1);
      expect(calls).toBe(1);
    } finally {
      release();
      await scheduler.stop();
    }
  });

  it('passes a Timer object to a direct run', async () => {
    const timer = timers()[0]!;
    const before = runs.length;
    await runTimer(timer, () => undefined, true);

    expect(runs.slice(before)).toEqual([{ name: 'testEverySecond', isPastDue: true, next: '', functionName: 'testEverySecond' }]);
  });
});
