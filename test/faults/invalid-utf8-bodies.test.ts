/**
 * Fault: bytes, not strings. Every other generated body is valid UTF-8 because it starts as a JS string;
 * these are valid JSON bodies with an invalid UTF-8 sequence spliced in (lone continuation bytes,
 * overlong forms, surrogates, truncated sequences, code points past U+10FFFF, bytes that never occur).
 * A JSON route must refuse them as a 400 naming the body and write nothing, rather than store U+FFFD in
 * place of what the caller meant; no route may answer 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { useRuntime } from '../../functions/runtime.js';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { QUICK_WIN } from '../proposals/support.js';
import { countingStore, type WriteCounter } from './support/counting-store.js';

let api: Api;
let writes: WriteCounter;

beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
  const counted = countingStore(api.store);
  writes = counted.writes;
  useRuntime({ config: loadConfig({}), store: counted.store });
}, 60_000);
afterAll(() => api.close());

const INVALID: number[][] = [
  [0x80], // a continuation byte with no lead
  [0xbf],
  [0xc0, 0xaf], // overlong "/"
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf], // overlong, three bytes
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xf5, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xc3], // "Ã" cut short: a lead byte at the end of a string
  [0xe2, 0x82], // "€" cut short
];

const ROUTES: Array<{ path: string; body: Record<string, unknown> }> = [
  { path: '/api/cases', body: { id: 'viborg.utf8', orgId: 'viborg', title: 'Æblegrød', kind: 'initiative', status: 'active' } },
  { path: '/api/kpis/aabenraa.kik-ii.selvforsoergende/figures', body: { kind: 'actual', period: '2031-01-31', value: 137, source: { document: 'ø.pdf', locator: 'side 1' } } },
  { path: '/api/query', body: { q: 'Hvor mange er selvforsørgende i KIK II?', lang: 'da' } },
  { path: '/api/proposals', body: QUICK_WIN },
];

/** The body's JSON bytes with `bad` spliced in at `at` (a fraction of the length), inside a string value. */
function splice(body: Record<string, unknown>, bad: number[], at: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(body));
  // Insert right after an opening quote so the bytes land inside a string, where a decoder that
  // replaced them would otherwise let the request through.
  const quotes = json.reduce<number[]>((acc, byte, i) => (byte === 0x22 ? [...acc, i + 1] : acc), []);
  const where = quotes[Math.floor(at * quotes.length)]!;
  return new Uint8Array([...json.subarray(0, where), ...bad, ...json.subarray(where)]);
}

describe('fault: invalid UTF-8 in request bodies', () => {
  it('a JSON body with invalid UTF-8 anywhere in it is a 400 on the body, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.constantFrom(...INVALID), fc.double({ min: 0, max: 0.999, noNaN: true }), async (route, bad, at) => {
        const before = writes.total;
        const res = await api.call('POST', route.path, { rawBody: splice(route.body, bad, at), headers: { 'content-type': 'application/json' } });
        expect(res.status, `${route.path} with ${bad.map((b) => b.toString(16)).join(' ')}`).toBe(400);
        expect(res.body.errors).toEqual([{ field: '(body)', message: 'invalid JSON' }]);
        expect(writes.total).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('the same bodies without the bad bytes go through, so the refusal is the bytes', async () => {
    for (const route of ROUTES) {
      const res = await api.call('POST', route.path, { rawBody: splice(route.body, [], 0.5), headers: { 'content-type': 'application/json' } });
      expect(res.status, route.path).toBeLessThan(300);
    }
  });

  it('arbitrary bytes on any route with a body never give a 5xx, and a refusal writes nothing', async () => {
    const paths = [...ROUTES.map((r) => r.path), '/api/import', '/api/import?dryRun=true', '/api/proposals/none/decision'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.uint8Array({ maxLength: 200 }), fc.constantFrom('application/json', 'text/csv'), async (path, bytes, type) => {
        const before = writes.total;
        const res = await api.call('POST', path, { rawBody: bytes, headers: { 'content-type': type } });
        expect(res.status, `${path} ${type} ${Buffer.from(bytes).toString('hex')}`).toBeLessThan(500);
        if (res.status >= 400) expect(writes.total).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
