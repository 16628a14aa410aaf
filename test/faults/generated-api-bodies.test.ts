/**
 * Fault: 7,000 generated requests (fast-check) across every route that takes a body — POST/PATCH/PUT on
 * cases, KPIs, figures, proposals, decisions, queries and imports — built from valid bodies with fields
 * replaced, removed or added, whole bodies of any shape, malformed JSON, odd path ids and headers.
 * Called in-process through the registered functions over a real embedded store. No answer is a 5xx,
 * a request answered 4xx has written nothing (the store's writes are counted around each request), and
 * no CPR number among the generated values is stored.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { useRuntime } from '../../functions/runtime.js';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { PRIORITY, QUICK_WIN } from '../proposals/support.js';
import { countingStore, type WriteCounter } from './support/counting-store.js';
import { storedCpr } from './support/stored-cpr.js';

const RUNS = 7000;
let api: Api;
let writes: WriteCounter;

beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
  const counted = countingStore(api.store);
  writes = counted.writes;
  // The handlers reach the store through the runtime: hand them the counted one.
  useRuntime({ config: loadConfig({}), store: counted.store });
}, 60_000);
afterAll(() => api.close());

const source = { document: 'faults.pdf', locator: 'table 1' };
const FIGURE_PATH = '/api/kpis/aabenraa.kik-ii.selvforsoergende/figures';

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.string({ minLength: 600, maxLength: 700 }),
  fc.constantFrom('aabenraa', 'herning', 'atlantis', '2018-08-31', '2018-13', '1.869', '15,9', 'NaN', '__proto__', '../etc', '010190-1234', 'KIK II'),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { maxKeys: 3 }),
);

/** A valid body with up to four fields replaced by anything, removed, or added. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(base), 'id', 'orgId', 'extra', '__proto__', 'constructor', '_etag'];
  return fc.dictionary(fc.constantFrom(...keys), fc.option(anyValue, { nil: undefined }), { maxKeys: 4 }).map((changes) => {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete out[k];
      else Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

const body = (base: Record<string, unknown>) => fc.oneof({ weight: 6, arbitrary: mutated(base) }, { weight: 1, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: anyValue });
const weirdId = fc.oneof(fc.constantFrom('aabenraa.kik-ii', 'aabenraa.kik', 'herning.bic-02', 'herning.bic-03', 'aabenraa.none', 'x', 'a'.repeat(300), '%2e%2e', 'kik%00'), fc.stringMatching(/^[a-z.-]{1,20}$/));
const suffix = fc.integer({ min: 0, max: 1e9 });

interface Req {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

const request: fc.Arbitrary<Req> = fc.oneof(
  fc.tuple(suffix, fc.constantFrom('viborg', 'aabenraa', 'herning')).chain(([n, org]) =>
    body({ id: `${org}.fuzz-${n}`, orgId: org, title: 'Fuzz', kind: 'initiative', status: 'active' }).map((b) => ({ method: 'POST', path: '/api/cases', body: b })),
  ),
  fc.tuple(weirdId, body({ status: 'completed', ownerUnit: 'Jobcentret', title: 'Ny titel' })).map(([id, b]) => ({ method: 'PATCH', path: `/api/cases/${id}`, body: b })),
  suffix.chain((n) =>
    body({ id: `viborg.fuzz-${n}`, orgId: 'viborg', caseId: 'viborg.ny-indsats', name: { da: 'Andel', en: 'Share' }, unit: 'percent', direction: 'lower-is-better' }).map((b) => ({ method: 'POST', path: '/api/kpis', body: b })),
  ),
  fc.tuple(fc.constantFrom(FIGURE_PATH, '/api/kpis/aabenraa.none/figures', '/api/kpis/x/figures'), body({ kind: 'actual', period: '2018-08-31', value: 137, source })).map(([path, b]) => ({ method: 'POST', path, body: b })),
  fc.tuple(fc.constantFrom('aabenraa.kik-ii.selvforsoergende~aabenraa~actual~2018-08-31', 'nope', 'aabenraa.kik-ii.selvforsoergende~aabenraa~budget~1900'), body({ value: 138, source }), fc.option(fc.constantFrom('"stale"', '*', ''), { nil: undefined })).map(([id, b, ifMatch]) => ({
    method: 'PUT',
    path: `${FIGURE_PATH}/${id}`,
    body: b,
    ...(ifMatch !== undefined ? { headers: { 'if-match': ifMatch } } : {}),
  })),
  body({ q: 'Hvor mange er selvforsørgende i KIK II?', lang: 'da' }).map((b) => ({ method: 'POST', path: '/api/query', body: b })),
  fc.tuple(fc.constantFrom(QUICK_WIN, PRIORITY), fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined })).chain(([base, key]) =>
    body(base).map((b) => ({ method: 'POST', path: '/api/proposals', body: b, ...(key ? { headers: { 'idempotency-key': key } } : {}) })),
  ),
  fc.tuple(weirdId, body({ decision: 'request-changes', comment: 'Mere om økonomien' })).map(([id, b]) => ({ method: 'POST', path: `/api/proposals/${id}/decision`, body: b })),
  fc.tuple(
    fc.oneof(
      fc.constant('kpi;period;value\naabenraa.kik-ii.selvforsoergende;2018-09;410\n'),
      fc.tuple(fc.constantFrom('kpi;period;value', 'kpi,periode,værdi', 'nøgletal;dato;antal;enhed', 'x'), fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 })).map(([h, rows]) => [h, ...rows].join('\n')),
      fc.string({ maxLength: 200 }),
    ),
    fc.constantFrom('', '?dryRun=true', '?org=atlantis'),
  ).map(([csv, query]) => ({ method: 'POST', path: `/api/import${query}`, rawBody: csv, headers: { 'content-type': 'text/csv' } })),
  fc.tuple(fc.constantFrom('/api/cases', '/api/kpis', '/api/query', '/api/proposals', FIGURE_PATH), fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '\u0000', '{"q":"x"}{')).map(([path, rawBody]) => ({
    method: 'POST',
    path,
    rawBody,
    headers: { 'content-type': 'application/json' },
  })),
);

describe(`fault: ${RUNS} generated API bodies`, () => {
  it('never answers 5xx, and a refused request writes nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const before = writes.total;
        const res = await api.call(req.method, req.path, {
          ...(req.rawBody !== undefined ? { rawBody: req.rawBody } : { body: req.body }),
          ...(req.headers ? { headers: req.headers } : {}),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${req.method} ${req.path} ${JSON.stringify(req.body ?? req.rawBody)?.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) expect(writes.total - before, `${req.method} ${req.path} answered ${res.status} after writing`).toBe(0);
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    // The generator must reach both sides: accepted writes and refusals of several kinds.
    expect([...statuses.keys()].filter((s) => s >= 200 && s < 300).length).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 10);
    expect(writes.total).toBeGreaterThan(50);
    // The generated values include a CPR number ('010190-1234'): none may have been stored anywhere.
    expect(await storedCpr(api.store)).toEqual([]);
  }, 400_000);
});
