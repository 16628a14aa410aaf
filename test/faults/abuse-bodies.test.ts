/**
 * Abuse of every JSON route — deep nesting, invalid UTF-8, long texts without a space, bodies over the
 * limit — and of the bot endpoint with the same. Every answer is a 4xx naming the problem, never a 5xx,
 * and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../functions/security/limits.js';
import { containerNames } from '../../functions/store/containers.js';
import type { Repo } from '../../functions/store/store.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { loadFixtures } from '../functions/fixtures.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
});
afterAll(() => api.close());

const FIGURE = 'aabenraa.kontanthjaelp~aabenraa~actual~2001-01';
const JSON_ROUTES: [string, string][] = [
  ['POST', '/api/cases'],
  ['PATCH', '/api/cases/aabenraa.kik'],
  ['POST', '/api/kpis'],
  ['POST', '/api/kpis/aabenraa.kontanthjaelp/figures'],
  ['PUT', `/api/kpis/aabenraa.kontanthjaelp/figures/${encodeURIComponent(FIGURE)}`],
  ['POST', '/api/proposals'],
  ['POST', '/api/proposals/aabenraa.x/decision'],
  ['POST', '/api/query'],
  ['POST', '/api/messages'],
];

const deep = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);
const BODIES: [string, string | Uint8Array][] = [
  ['arrays nested 2,000 deep', deep(2000)],
  ['objects nested 100,000 deep', deep(100_000, '{"a":', '}')],
  ['arrays one level over the limit', deep(MAX_JSON_DEPTH + 1)],
  ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d])],
  ['a lone surrogate escape', '{"q":"\\ud800","title":"\\udfff"}'],
  ['50,000 characters without a space', JSON.stringify({ q: 'x'.repeat(50_000), title: 'y'.repeat(50_000), text: 'z'.repeat(50_000) })],
  ['over the body limit', JSON.stringify({ title: 'x'.repeat(1_100_000) })],
];

async function everything(): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of containerNames) out[name] = await (api.store[name] as Repo<{ id: string }>).findAll();
  return JSON.stringify(out);
}

describe.each(BODIES)('a body of %s', (_name, body) => {
  it('is a 4xx on every JSON route and writes nothing', async () => {
    const before = await everything();
    for (const [method, path] of JSON_ROUTES) {
      const res = await api.call(method, path, { rawBody: body, headers: { 'content-type': 'application/json', 'if-match': '*' } });
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
    }
    expect(await everything()).toBe(before);
  });
});

it('names the nesting limit when refusing a deep body', async () => {
  const res = await api.call('POST', '/api/cases', { rawBody: deep(2000), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(400);
  expect(res.body.detail).toContain(`${MAX_JSON_DEPTH} levels`);
});
