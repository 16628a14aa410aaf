/**
 * The local host's own request and response objects against the library's: for every case the handler
 * must see the same method, URL, headers, query, parameters, user and body as from @azure/functions'
 * HttpRequest, and the client the same status, headers, cookies and bytes as the HttpResponse path
 * (what Azure's worker sends).
 */
import azureFunctions, { type HttpResponseInit } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { LocalHttpRequest, type LocalRequestInit } from '../../functions/local/local-request.js';
import { localResponse } from '../../functions/local/local-response.js';

const { HttpRequest, HttpResponse } = azureFunctions;

const principal = Buffer.from(JSON.stringify({ identityProvider: 'aad', userId: 'u1', userDetails: 'ann@example.dk', userRoles: ['x'] })).toString('base64');
const init = (headers: Record<string, string> = {}, method = 'POST'): LocalRequestInit => ({
  method,
  url: 'http://127.0.0.1:7071/api/cases/c1?a=1&b=%C3%A6',
  headers: { 'content-type': 'application/json', ...headers },
  query: { a: '1', b: 'æ' },
  params: { id: 'c1' },
});
const bytes = (text: string | number[]) => (typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text));
const both = (body: Uint8Array, headers?: Record<string, string>, method?: string) => {
  const i = init(headers, method);
  return { local: new LocalHttpRequest(i, body), library: new HttpRequest({ ...i, ...(body.length ? { body: { bytes: body } } : {}) }) };
};
const settled = (p: Promise<unknown>) => p.then((value) => ({ value }), (error: Error) => ({ error: error.constructor.name }));

describe('the local request reads as the library request does', () => {
  it('has the same method, url, headers, query, params and user', () => {
    const { local, library } = both(bytes('{}'), { 'x-ms-client-principal': principal, 'x-custom': 'a, b' });
    expect(local.method).toBe(library.method);
    expect(local.url).toBe(library.url);
    expect([...local.headers]).toEqual([...library.headers]);
    expect([...local.query]).toEqual([...library.query]);
    expect(local.params).toEqual(library.params);
    expect(local.user).toEqual(library.user);
    expect(local.user?.username).toBe('ann@example.dk');
    expect(both(bytes('{}')).local.user).toBeNull();
  });

  it.each([
    ['JSON', bytes('{"q":"ledighed i 2019","org":"aabenraa"}')],
    ['a BOM', bytes([0xef, 0xbb, 0xbf, ...bytes('{"q":"x"}')])],
    ['bytes that are not UTF-8', bytes([0x7b, 0xff, 0xfe, 0x7d])],
    ['text that is not JSON', bytes('q=1')],
    ['no body', bytes('')],
  ])('gives the same text, json and bytes for %s', async (_, body) => {
    for (const read of ['text', 'json', 'arrayBuffer'] as const) {
      const { local, library } = both(body);
      const [a, b] = [await settled(local[read]()), await settled(library[read]())];
      expect(a).toEqual(b);
      expect(local.bodyUsed).toBe(library.bodyUsed);
    }
  });

  it('refuses a second read as a used body does, and says it was used', async () => {
    const { local, library } = both(bytes('{"q":"x"}'));
    expect(local.bodyUsed).toBe(false);
    await local.json();
    await library.json();
    expect(local.bodyUsed).toBe(library.bodyUsed);
    await expect(local.text()).rejects.toThrow(TypeError);
    await expect(library.text()).rejects.toThrow(TypeError);
    await expect(local.blob()).rejects.toThrow(TypeError);
  });

  it('gives the body as a stream, a blob or a clone when asked, then reads through it', async () => {
    const { local } = both(bytes('{"q":"x"}'));
    const copy = local.clone();
    expect(await copy.text()).toBe('{"q":"x"}');
    const chunks: Uint8Array[] = [];
    for await (const chunk of local.body!) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('{"q":"x"}');
    expect(local.bodyUsed).toBe(true);
    await expect(local.arrayBuffer()).rejects.toThrow(TypeError);
    expect(await both(bytes('abc')).local.blob().then((b) => b.text())).toBe('abc');
    expect(both(bytes('')).local.body).toBeNull();
  });
});

async function viaLibrary(result: HttpResponseInit) {
  const response = new HttpResponse(result);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()).toString() };
}

describe('the local response writes what the library response holds', () => {
  const expires = new Date('2026-12-01T10:00:00Z');
  it.each<[string, HttpResponseInit]>([
    ['a JSON body', { status: 200, jsonBody: { answer: 'ja', figures: [{ value: 1.5 }] } }],
    ['no status', { jsonBody: { a: 1 } }],
    ['a status and headers in any case', { status: 201, jsonBody: { id: 'x' }, headers: { Location: '/api/x', ETag: '"1"' } }],
    ['headers as pairs', { status: 200, jsonBody: [1, 2], headers: [['X-One', ' 1 '], ['x-one', '2']] }],
    ['its own content type', { jsonBody: { a: 1 }, headers: { 'Content-Type': 'application/problem+json' } }],
    ['a JSON string', { jsonBody: 'tekst' }],
    ['zero', { jsonBody: 0 }],
    ['false', { jsonBody: false }],
    ['both bodies', { jsonBody: { a: 1 }, body: 'ignored' }],
    ['a status without a body', { status: 204, jsonBody: { a: 1 } }],
    ['a text body', { status: 200, body: 'plain' }],
    ['no body', { status: 404 }],
    ['a null JSON body', { status: 200, jsonBody: null }],
  ])('%s', async (_, result) => {
    const { cookies, ...local } = await localResponse(result);
    expect({ ...local, body: local.body.toString() }).toEqual(await viaLibrary(result));
    expect(cookies).toEqual([]);
  });

  it('writes cookies as Set-Cookie values', async () => {
    const result: HttpResponseInit = { jsonBody: {}, cookies: [{ name: 'a', value: 'b', path: '/', maxAge: 60, expires, secure: true, httpOnly: true, sameSite: 'Strict' }] };
    expect((await localResponse(result)).cookies).toEqual([`a=b; Path=/; Max-Age=60; Expires=${expires.toUTCString()}; Secure; HttpOnly; SameSite=Strict`]);
  });

  it('refuses what the library refuses', async () => {
    await expect(localResponse({ status: 700, jsonBody: {} })).rejects.toThrow(RangeError);
    await expect(localResponse({ jsonBody: {}, headers: { 'bad name': 'x' } })).rejects.toThrow(TypeError);
  });
});
