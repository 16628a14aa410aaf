/**
 * Request bodies above the limit are refused with 413 problem+json before anything is parsed or
 * written, whether Content-Length says so or lies about it — on every route that takes a body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../functions/http/request-body.js';
import { containerNames } from '../../functions/store/containers.js';
import { loadFixtures } from '../functions/fixtures.js';
import { startSecureApi, type SecureApi } from './support/secure-api.js';

let api: SecureApi;
beforeAll(async () => {
  api = await startSecureApi();
  await loadFixtures(api.store);
});
afterAll(() => api.close());

async function counts(): Promise<number[]> {
  return Promise.all(containerNames.map(async (name) => (await api.store[name].findAll()).length));
}

/** Valid JSON just over the limit: a case whose title is padded. */
const oversized = JSON.stringify({ id: 'aabenraa.stor', orgId: 'aabenraa', title: 'x'.repeat(MAX_BODY_BYTES), kind: 'initiative', status: 'planned' });

const routes: [string, string][] = [
  ['POST', '/api/cases'],
  ['PATCH', '/api/cases/aabenraa.kik-ii'],
  ['POST', '/api/kpis'],
  ['POST', '/api/kpis/viborg.unge.fuldtidspersoner/figures'],
  ['PUT', '/api/kpis/viborg.unge.fuldtidspersoner/figures/viborg.unge.fuldtidspersoner~viborg~actual~2017-09'],
  ['POST', '/api/query'],
  ['POST', '/api/messages'],
];

describe(`bodies over ${MAX_BODY_BYTES} bytes`, () => {
  it.each(routes)('%s %s → 413, nothing written', async (method, path) => {
    const before = await counts();
    const res = await api.call(method, path, { rawBody: oversized, headers: { 'content-type': 'application/json', 'if-match': '*' } });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 413, title: 'Payload too large' });
    expect(await counts()).toEqual(before);
  });

  it('is refused from Content-Length alone, and when Content-Length understates the body', async () => {
    const declared = await api.call('POST', '/api/cases', { rawBody: '{}', headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) } });
    expect(declared.status).toBe(413);
    const lying = await api.call('POST', '/api/cases', { rawBody: oversized, headers: { 'content-type': 'application/json', 'content-length': '20' } });
    expect(lying.status).toBe(413);
  });

  it('a body at the limit is not refused for its size', async () => {
    const atLimit = JSON.stringify({ question: 'x'.repeat(MAX_BODY_BYTES - 20) });
    expect(new TextEncoder().encode(atLimit).byteLength).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await api.call('POST', '/api/query', { rawBody: atLimit, headers: { 'content-type': 'application/json' } });
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });
});
