/**
 * The first look at a Bot Framework token, on its own: a fake fetch serves the OpenID metadata and keys
 * (and counts the calls), and time is a number the test moves. Every refusal reason, the expiry's five
 * minutes of skew at its edge, and when the keys are fetched again; bot-token-authority.test.ts runs
 * the same check behind the bot endpoint with real signatures.
 */
import { describe, expect, it } from 'vitest';
import { channelTokenCheck, KEYS_RETRY_AFTER_S } from '../../functions/security/channel-tokens.js';

const ISSUER = 'https://api.botframework.com';
const APP_ID = 'app-1';
const METADATA = 'https://login.example/openid';
const KEYS = 'https://login.example/keys';
const REFRESH_MS = 60 * 60_000;
const T0 = Date.parse('2026-11-30T12:00:00Z');

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** A JWT's shape with any header and payload; the signature is never looked at here. */
const token = (payload: unknown, header: unknown = { alg: 'RS256', kid: 'k1' }) => `Bearer ${b64(header)}.${b64(payload)}.c2ln`;
const claims = (over: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: APP_ID, exp: T0 / 1000 + 3600, ...over });

type Answer = { status?: number; body?: unknown; hang?: boolean };

/** The authority: answers per URL (changeable), every request recorded with the signal it carried. */
function authority(answers: Record<string, Answer> = {}) {
  const served: Record<string, Answer> = { [METADATA]: { body: { jwks_uri: KEYS } }, [KEYS]: { body: { keys: [{ kid: 'k1' }, { kid: 'k2' }] } }, ...answers };
  const requests: { url: string; signal: unknown }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, signal: init?.signal });
    const answer = served[url] ?? { status: 404 };
    if (answer.hang) return new Promise(() => {});
    return new Response(JSON.stringify(answer.body ?? {}), { status: answer.status ?? 200 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests, served };
}

function checker(auth = authority()) {
  const clock = { t: T0 };
  const check = channelTokenCheck({ openIdMetadataUrl: METADATA, issuer: ISSUER, appId: APP_ID, timeoutMs: 50, refreshAfterMs: REFRESH_MS, fetch: auth.fetch, now: () => clock.t });
  return { check: (authorization: string) => check.check(authorization), clock, auth };
}

const refusal = (why: string) => ({ status: 401, message: `A valid Bot Framework token is required (${why}).` });

describe('refused with 401 before any key is fetched', () => {
  it.each([
    ['no Bearer', `Basic ${b64('user:pass')}`, 'not a bearer JWT'],
    ['Bearer not at the start', `Basic x Bearer ${b64({ kid: 'k1' })}.${b64(claims())}.c2ln`, 'not a bearer JWT'],
    ['two parts', `Bearer ${b64({ kid: 'k1' })}.${b64(claims())}`, 'not a bearer JWT'],
    ['a part that is not base64url JSON', `Bearer ${b64({ kid: 'k1' })}.not-json.c2ln`, 'not a bearer JWT'],
    ['characters outside base64url', `Bearer ${b64({ kid: 'k1' })}.${b64(claims())}.c2l+`, 'not a bearer JWT'],
    ['a header that is null', token(claims(), null), 'not a bearer JWT'],
    ['a header that is a number', token(claims(), 7), 'not a bearer JWT'],
    ['a payload that is a number', token(7), 'not a bearer JWT'],
    ['a payload that is null', token(null), 'not a bearer JWT'],
    ['another issuer', token(claims({ iss: 'https://evil.example' })), 'wrong issuer'],
    ['no issuer', token(claims({ iss: undefined })), 'wrong issuer'],
    ['another audience', token(claims({ aud: 'app-2' })), 'wrong audience'],
    ['a list of other audiences', token(claims({ aud: ['app-2', 'app-3'] })), 'wrong audience'],
    ['no audience', token(claims({ aud: undefined })), 'wrong audience'],
    ['no expiry', token(claims({ exp: undefined })), 'expired'],
    ['an expiry that is not a number', token(claims({ exp: String(T0 / 1000 + 3600) })), 'expired'],
    ['an expiry more than five minutes ago', token(claims({ exp: (T0 - 5 * 60_000) / 1000 - 1 })), 'expired'],
    ['no key id', token(claims(), { alg: 'RS256' }), 'no key id'],
    ['a key id that is not a string', token(claims(), { alg: 'RS256', kid: 1 }), 'no key id'],
  ])('%s', async (_name, authorization, why) => {
    const { check, auth } = checker();
    await expect(check(authorization)).rejects.toMatchObject(refusal(why));
    expect(auth.requests).toEqual([]);
  });
});

describe('passed on to botbuilder', () => {
  it.each([
    ['the app as audience', claims()],
    ['the app among audiences', claims({ aud: ['app-0', APP_ID] })],
    ['an expiry exactly five minutes ago (the allowed skew)', claims({ exp: (T0 - 5 * 60_000) / 1000 })],
  ])('%s', async (_name, payload) => {
    const { check } = checker();
    await expect(check(token(payload))).resolves.toBeUndefined();
  });

  it('with spaces around the header value', async () => {
    const { check } = checker();
    await expect(check(`  ${token(claims())} `)).resolves.toBeUndefined();
  });
});

describe('the signing keys', () => {
  it('are fetched once, through the metadata\'s jwks_uri, each request with a deadline signal, then known', async () => {
    const { check, auth } = checker();
    await check(token(claims()));
    await check(token(claims(), { kid: 'k2' }));
    expect(auth.requests.map((r) => r.url)).toEqual([METADATA, KEYS]);
    expect(auth.requests.every((r) => r.signal instanceof AbortSignal)).toBe(true);
  });

  it('a known key id never fetches again, however old the keys are', async () => {
    const { check, auth, clock } = checker();
    await check(token(claims()));
    clock.t = T0 + 10 * REFRESH_MS;
    await check(token(claims({ exp: clock.t / 1000 + 60 })));
    expect(auth.requests).toHaveLength(2);
  });

  it('an unknown key id is 401, and refetches only once the keys are refreshAfterMs old', async () => {
    const { check, auth, clock } = checker();
    await check(token(claims()));
    await expect(check(token(claims(), { kid: 'forged' }))).rejects.toMatchObject(refusal('unknown signing key'));
    expect(auth.requests).toHaveLength(2);
    clock.t = T0 + REFRESH_MS - 1;
    await expect(check(token(claims(), { kid: 'forged' }))).rejects.toMatchObject(refusal('unknown signing key'));
    expect(auth.requests).toHaveLength(2);
    // A key added since: found at the refresh.
    auth.served[KEYS] = { body: { keys: [{ kid: 'k1' }, { kid: 'k3' }] } };
    clock.t = T0 + REFRESH_MS;
    await expect(check(token(claims(), { kid: 'k3' }))).resolves.toBeUndefined();
    expect(auth.requests).toHaveLength(4);
  });

  it('key entries without a string kid are ignored', async () => {
    const { check } = checker(authority({ [KEYS]: { body: { keys: [{ kid: 5 }, {}, { kid: 'k1' }] } } }));
    await expect(check(token(claims(), { kid: '5' }))).rejects.toMatchObject(refusal('unknown signing key'));
    await expect(check(token(claims()))).resolves.toBeUndefined();
  });

  it('checks arriving together share one fetch', async () => {
    const { check, auth } = checker();
    await Promise.all([check(token(claims())), check(token(claims(), { kid: 'k2' })), check(token(claims()))]);
    expect(auth.requests.map((r) => r.url)).toEqual([METADATA, KEYS]);
  });
});

describe('keys that cannot be had', () => {
  it.each([
    ['the metadata answers 500', { [METADATA]: { status: 500 } }, `${METADATA} answered 500`],
    ['the keys answer 404', { [KEYS]: { status: 404 } }, `${KEYS} answered 404`],
    ['the metadata names no jwks_uri', { [METADATA]: { body: { issuer: ISSUER } } }, 'The OpenID metadata names no jwks_uri'],
    ['the key set has no key list', { [KEYS]: { body: { keys: 'k1' } } }, 'The key set has no keys'],
    ['the metadata never answers', { [METADATA]: { hang: true } }, 'The Bot Framework token authority did not answer within 50 ms'],
  ])('%s: 503 with Retry-After and the reason', async (_name, answers, reason) => {
    const { check } = checker(authority(answers));
    const error = await check(token(claims())).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: KEYS_RETRY_AFTER_S });
    expect((error as Error).message).toContain(`The Bot Framework signing keys cannot be fetched (${reason}`);
  });

  it('are tried again after Retry-After, not before, and not only after the full refresh interval', async () => {
    const auth = authority({ [METADATA]: { status: 500 } });
    const { check, clock } = checker(auth);
    await expect(check(token(claims()))).rejects.toMatchObject({ status: 503 });
    expect(auth.requests).toHaveLength(1);
    clock.t = T0 + KEYS_RETRY_AFTER_S * 1000 - 1;
    await expect(check(token(claims()))).rejects.toMatchObject({ status: 503, message: 'The Bot Framework signing keys are being fetched; try again shortly.' });
    expect(auth.requests).toHaveLength(1);
    auth.served[METADATA] = { body: { jwks_uri: KEYS } };
    clock.t = T0 + KEYS_RETRY_AFTER_S * 1000;
    await expect(check(token(claims()))).resolves.toBeUndefined();
    expect(auth.requests).toHaveLength(3);
  });

  it('once keys are known, a failed refresh keeps them: a known key passes, an unknown one is 401', async () => {
    const auth = authority();
    const { check, clock } = checker(auth);
    await check(token(claims()));
    auth.served[METADATA] = { status: 500 };
    clock.t = T0 + REFRESH_MS;
    await expect(check(token(claims(), { kid: 'forged' }))).rejects.toMatchObject(refusal('unknown signing key'));
    expect(auth.requests).toHaveLength(3);
    await expect(check(token(claims()))).resolves.toBeUndefined();
  });
});
