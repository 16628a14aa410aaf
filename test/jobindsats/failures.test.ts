/**
 * Every way a run can fail, against the fake Jobindsats: each ends with a clear error and the store
 * exactly as it was; the transient ones are retried and then succeed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobindsatsClient, reportLines } from '../../functions/jobindsats/index.js';
import type { Store } from '../../functions/store/store.js';
import { snapshot } from '../import/support.js';
import { world, type World } from './support.js';

let w: World;
let before: Record<string, unknown[]>;
beforeEach(async () => {
  w = await world();
  before = await snapshot(w.store);
});
afterEach(() => w.dispose());

async function failsCleanly(pattern: RegExp, options: Parameters<World['run']>[0] = {}): Promise<void> {
  const error = await w.run(options).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(pattern);
  expect(await snapshot(w.store)).toEqual(before);
}

describe('the key', () => {
  it('a wrong key (401) stops at once, naming the JOBINDSATS_TOKEN setting', async () => {
    const client = createJobindsatsClient({ token: 'expired-key', baseUrl: w.fake.url, retries: 3, backoffMs: 5 });
    await failsCleanly(/refused the key \(401\).*JOBINDSATS_TOKEN/, { client });
    expect(w.fake.requests).toHaveLength(1);
  });

  it('403 is the same: not retried', async () => {
    w.fake.faults.tables.push({ status: 403 });
    await failsCleanly(/refused the key \(403\).*JOBINDSATS_TOKEN/);
    expect(w.fake.requests).toHaveLength(1);
  });
});

describe('throttling and outages', () => {
  it('429 with Retry-After: waits what the server asked, then carries on', async () => {
    w.fake.faults.data.push({ status: 429, retryAfter: '3' });
    const run = await w.run();
    expect(w.waited).toEqual([3000]);
    expect(run.written).toBe(true);
  });

  it('a Retry-After longer than the client will wait ends the run instead', async () => {
    w.fake.faults.data.push({ status: 429, retryAfter: '3600' });
    await failsCleanly(/asks to wait 3600 s/);
  });

  it('one 500 is retried and the run succeeds', async () => {
    w.fake.faults.tables.push({ status: 500 });
    expect((await w.run()).written).toBe(true);
  });

  it('500 on every attempt: an error after the retries, nothing written', async () => {
    w.fake.faults.data.push({ status: 500 }, { status: 502 }, { status: 503 });
    await failsCleanly(/did not answer the data of table ptv_a02 after 3 attempts \(last: HTTP 503/);
  });

  it('an answer slower than the timeout counts as no answer', async () => {
    const client = createJobindsatsClient({ token: w.fake.token, baseUrl: w.fake.url, timeoutMs: 100, retries: 1, backoffMs: 5 });
    w.fake.faults.tables.push({ delayMs: 1000 }, { delayMs: 1000 });
    await failsCleanly(/no answer within 0\.1 s/, { client });
  });

  it('a failure in the last table leaves nothing of the first ones', async () => {
    w.fake.faults.data.push({}, {}, {}, { status: 500 }, { status: 500 }, { status: 500 });
    await failsCleanly(/table y30r21/);
  });
});

describe('answers the mapping does not expect', () => {
  it('a renamed column is refused, naming it and the table', async () => {
    const t = w.fake.tables.y38a02!;
    t.measures = t.measures.map((m) => (m === 'Antal fuldtidspersoner' ? 'Antal fuldtidspersoner (ny opgørelse)' : m));
    for (const period of Object.values(t.values.Viborg!)) {
      if ('Antal fuldtidspersoner' in period) period['Antal fuldtidspersoner (ny opgørelse)'] = period['Antal fuldtidspersoner']!;
    }
    await failsCleanly(/table y38a02 has no column "Antal fuldtidspersoner".*"Antal fuldtidspersoner \(ny opgørelse\)"/);
  });

  it('an unknown area is refused, naming it', async () => {
    // Jobindsats answering more than was asked: an area the mapping does not know.
    const fake = w.fake;
    const original = fake.tables.y38a02!.values;
    original['Viborg Kommune'] = { '2017M10': { 'Antal fuldtidspersoner': 1 } };
    const client = createJobindsatsClient({ token: fake.token, baseUrl: fake.url, retries: 0 });
    const sneaky = { ...client, data: (table: string, body: Record<string, unknown>) => client.data(table, table === 'y38a02' ? { ...body, area: '*' } : body) };
    await failsCleanly(/unknown area "Viborg Kommune"/, { client: sneaky });
  });

  it('text in a number cell is refused, naming the cell', async () => {
    w.fake.tables.y38a02!.values.Viborg!['2017M10'] = { 'Antal fuldtidspersoner': 'n/a' };
    await failsCleanly(/y38a02, "Antal fuldtidspersoner", Viborg 2017M10: "n\/a" is not a number/);
  });

  it('an answer in another shape than the documented one is refused, naming what is wrong', async () => {
    w.fake.faults.tables.push({ body: [{ Periods: ['2017M09'] }] });
    await failsCleanly(/answered the periods of table ptv_a02 in an unexpected shape \(0\.Period: .*\); the API may have changed/);
  });

  it('data without the Variables list is refused too', async () => {
    w.fake.faults.data.push({ body: [{ Data: [] }] });
    await failsCleanly(/answered the data of table ptv_a02 in an unexpected shape \(0\.Variables/);
  });
});

describe('a mapping that does not fit', () => {
  it('a table Jobindsats does not have (404) is named', async () => {
    delete w.fake.tables.y30r21;
    await failsCleanly(/answered HTTP 404 to the periods of table y30r21/);
  });

  it('a unit or a KPI the store does not have is rejected by the import\'s own checks: listed in a dry run, refused on apply', async () => {
    const table = w.mapping.tables.find((t) => t.table === 'y38a02')!;
    table.columns[0]!.unit = 'persons';
    w.mapping.tables.find((t) => t.table === 'y01a02')!.columns[0]!.kpi = 'viborg.unge.a-dagpenge-typo';
    const dry = await w.run({ dryRun: true });
    const reasons = dry.plan.rejected.map((r) => `${dry.rowOf.get(r.row)?.table}: ${r.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^y38a02: unit mismatch: the file says "persons"/), expect.stringMatching(/^y01a02: unknown KPI "viborg\.unge\.a-dagpenge-typo"/)]));
    await failsCleanly(/^5 Jobindsats figure\(s\) do not fit the store, so nothing was imported: .*y01a02 "Antal fuldtidspersoner" Viborg 2017M09: unknown KPI/);
  });
});

describe('the store failing while figures are written', () => {
  it('a failing write undoes the figures already written in the run', async () => {
    let writes = 0;
    const figures = new Proxy(w.store.figures, {
      get: (t, p, r) =>
        p === 'create' || p === 'replace'
          ? async (...args: unknown[]) => {
              if (++writes === 5) throw new Error('Service unavailable (injected)');
              return (Reflect.get(t, p, r) as (...a: unknown[]) => Promise<unknown>).apply(t, args);
            }
          : Reflect.get(t, p, r),
    });
    const broken = new Proxy(w.store, { get: (t, p, r) => (p === 'figures' ? figures : Reflect.get(t, p, r)) }) as Store;
    const { runJobindsats } = await import('../../functions/jobindsats/index.js');
    await expect(runJobindsats(broken, w.client, w.mapping, { dryRun: false, at: '2026-11-30T04:30:00.000Z' })).rejects.toThrow(/injected/);
    expect(await snapshot(w.store)).toEqual(before);
    // The same run without the failure stores everything.
    expect(reportLines(await w.run()).length).toBeGreaterThan(5);
  });
});
