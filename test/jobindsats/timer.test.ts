/** The morning timer: 05:30 in Copenhagen summer and winter, nothing when nothing is new, nothing without a key. */
import { InvocationContext } from '@azure/functions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { resetRuntime, useRuntime } from '../../functions/runtime.js';
import { fetchFromJobindsats, isFetchTime, JOBINDSATS_SCHEDULE } from '../../functions/timers/jobindsats.js';
import { snapshot } from '../import/support.js';
import { world, type World } from './support.js';

const timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };
let logged: string[];
const context = () => new InvocationContext({ functionName: 'jobindsats', invocationId: 'test', logHandler: (_level, ...args) => void logged.push(args.join(' ')) });
const WINTER_MORNING = new Date('2026-12-02T04:30:00Z'); // 05:30 CET

let w: World;
beforeEach(async () => {
  w = await world();
  logged = [];
});
afterEach(async () => {
  resetRuntime();
  await w.dispose();
});

const use = (env: Record<string, string>) => useRuntime({ config: loadConfig(env), store: w.store });

describe('the Jobindsats timer', () => {
  it('fires at 03:30 and 04:30 UTC and works at the one that is 05:30 in Copenhagen', () => {
    expect(JOBINDSATS_SCHEDULE).toBe('0 30 3,4 * * *');
    expect([isFetchTime(new Date('2026-01-15T04:30:00Z')), isFetchTime(new Date('2026-01-15T03:30:00Z'))]).toEqual([true, false]);
    expect([isFetchTime(new Date('2026-07-15T03:30:00Z')), isFetchTime(new Date('2026-07-15T04:30:00Z'))]).toEqual([true, false]);
  });

  it('stores what is new, then does nothing when nothing is new', async () => {
    use({ JOBINDSATS_URL: w.fake.url, JOBINDSATS_TOKEN: w.fake.token });
    await fetchFromJobindsats(timer, context(), WINTER_MORNING);
    expect(logged.join('\n')).toMatch(/\d+ new, 1 changed.*Stored\./);
    const after = await snapshot(w.store);
    await fetchFromJobindsats(timer, context(), WINTER_MORNING);
    expect(logged.at(-1)).toBe('Jobindsats: nothing new.');
    expect(await snapshot(w.store)).toEqual(after);
  });

  it('at the other hour it asks Jobindsats nothing', async () => {
    use({ JOBINDSATS_URL: w.fake.url, JOBINDSATS_TOKEN: w.fake.token });
    await fetchFromJobindsats(timer, context(), new Date('2026-12-02T03:30:00Z'));
    expect(w.fake.requests).toEqual([]);
  });

  it('without a key it logs that and fetches nothing', async () => {
    use({ JOBINDSATS_URL: w.fake.url });
    await fetchFromJobindsats(timer, context(), WINTER_MORNING);
    expect(logged).toEqual(['Jobindsats: JOBINDSATS_TOKEN is not set; no figures fetched.']);
    expect(w.fake.requests).toEqual([]);
  });

  it('a failure fails the run (the host logs it) and stores nothing', async () => {
    use({ JOBINDSATS_URL: w.fake.url, JOBINDSATS_TOKEN: 'expired' });
    const before = await snapshot(w.store);
    await expect(fetchFromJobindsats(timer, context(), WINTER_MORNING)).rejects.toThrow(/JOBINDSATS_TOKEN/);
    expect(await snapshot(w.store)).toEqual(before);
  });
});
