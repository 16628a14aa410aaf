/**
 * Finding 8: a local Målbot on loopback trusts the person at the keyboard, so a web page they have open
 * must not be able to act for them. A cross-site form POST (no JSON content type) is 415, a DNS-rebinding
 * page (a foreign Host) is 421, a request carrying a foreign Origin is 403 — and none writes anything.
 * The real local host on a loopback port, called over a socket so the Host header is the test's to set.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../functions/local/host.js';
import { message } from '../bot/support/activities.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { loadFixtures } from '../functions/fixtures.js';

let api: Api;
let host: RunningHost;
let port: number;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
  host = await startHost(api.functions.http, { port: 0, host: '127.0.0.1', log: () => undefined });
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  await api.close();
});

function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const NEW_CASE = JSON.stringify({ id: 'aabenraa.csrf', orgId: 'aabenraa', title: 'Oprettet af en fremmed side', kind: 'business-case', status: 'active' });
const cases = async () => (await api.store.cases.findAll()).length;
const own = () => ({ host: `127.0.0.1:${port}` });

describe('a cross-site form POST', () => {
  it.each([
    ['application/x-www-form-urlencoded', 'title=x'],
    ['text/plain', NEW_CASE],
    ['multipart/form-data; boundary=x', NEW_CASE],
  ])('sent as %s cannot create a case: 415 naming Content-Type', async (type, body) => {
    const before = await cases();
    const res = await call('POST', '/api/cases', { ...own(), 'content-type': type }, body);
    expect(res.status).toBe(415);
    expect(res.body.errors).toEqual([{ field: 'Content-Type', message: 'expected application/json' }]);
    expect(await cases()).toBe(before);
  });

  it('nor can a JSON body without any content type', async () => {
    const res = await call('POST', '/api/cases', own(), NEW_CASE);
    expect(res.status).toBe(415);
  });

  it('the bot endpoint insists on JSON too', async () => {
    const res = await call('POST', '/api/messages', { ...own(), 'content-type': 'text/plain' }, JSON.stringify(message('http://127.0.0.1:1/', 'hjælp')));
    expect(res.status).toBe(415);
  });
});

describe('the Host header', () => {
  // PORT: the port the host is bound to, known once it listens.
  const withPort = (name: string) => name.replace('PORT', String(port));

  it.each(['evil.example:PORT', 'evil.example', 'rebind.127.0.0.1.nip.io:PORT', '10.0.0.5:PORT', '0.0.0.0:PORT'])('%s (a DNS-rebinding page) is 421 and writes nothing', async (name) => {
    const before = await cases();
    const res = await call('POST', '/api/cases', { host: withPort(name), 'content-type': 'application/json' }, NEW_CASE);
    expect(res.status).toBe(421);
    expect(res.body.detail).toContain(`127.0.0.1:${port}`);
    expect(await cases()).toBe(before);
  });

  it('naming loopback on another port is 421 too', async () => {
    expect((await call('GET', '/api/orgs', { host: `127.0.0.1:${port + 1}` })).status).toBe(421);
    expect((await call('GET', '/api/orgs', { host: '127.0.0.1' })).status).toBe(421);
  });

  it('missing is refused (Node answers an HTTP/1.1 request without Host with 400 itself)', async () => {
    expect([400, 421]).toContain((await call('GET', '/api/orgs', {})).status);
  });

  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT', '[::1]:PORT'])('%s is served', async (name) => {
    expect((await call('GET', '/api/orgs', { host: withPort(name) })).status).toBe(200);
  });
});

describe('the Origin header', () => {
  it.each(['https://evil.example', 'null', 'http://127.0.0.1.evil.example'])('%s is 403 and writes nothing', async (origin) => {
    const before = await cases();
    const res = await call('POST', '/api/cases', { ...own(), origin, 'content-type': 'application/json' }, NEW_CASE);
    expect(res.status).toBe(403);
    expect(await cases()).toBe(before);
  });

  it('a loopback origin (the Playground, a local page) is served', async () => {
    const res = await call('POST', '/api/cases', { ...own(), origin: 'http://localhost:56150', 'content-type': 'application/json' }, NEW_CASE);
    expect(res.status).toBe(201);
  });
});

describe('the unauthenticated bot', () => {
  it.each(['http://169.254.169.254/', 'http://metadata.google.internal/', 'http://10.0.0.1:8080/', 'file:///etc/passwd'])('refuses to answer to %s: 400 naming serviceUrl before any turn runs', async (serviceUrl) => {
    const res = await call('POST', '/api/messages', { ...own(), 'content-type': 'application/json' }, JSON.stringify(message(serviceUrl, 'hjælp')));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['serviceUrl']);
  });
});
