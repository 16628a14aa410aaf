/**
 * Bot authentication against a local OpenID configuration + JWKS server (support/token-authority.ts)
 * that can also fail or hang. A token signed with its key is accepted; every forgery is 401 whatever the
 * authority is doing; keys that cannot be had are 503 with Retry-After, never a 500 and never a hang; and
 * forged tokens do not make every request fetch the keys again (finding 6).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBotEndpoint, type BotEndpoint } from '../../bot/index.js';
import { loadConfig } from '../../functions/config.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { message, TENANT } from '../bot/support/activities.js';
import { startTokenAuthority, type TokenAuthority } from './support/token-authority.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

let authority: TokenAuthority;
let store: Store;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-authority-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(() => authority?.close());
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * `timeoutMs` bounds each fetch from the authority: short where it is meant to hang, long where it answers,
 * so a loaded machine (a mutation run beside the tests) does not turn a slow answer into a 503.
 */
async function botWithAuthority(timeoutMs = 10_000): Promise<BotEndpoint> {
  authority = await startTokenAuthority();
  const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_AUTH_TIMEOUT_MS: String(timeoutMs) });
  return createBotEndpoint({ config, store, log: () => undefined, channelAuthority: { openIdMetadataUrl: authority.openIdMetadataUrl, issuer: authority.issuer } });
}

const now = () => Math.floor(Date.now() / 1000);
const claims = () => ({ iss: authority.issuer, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 3600 });
const reaction = () => JSON.stringify({ ...message(SERVICE_URL, 'x'), type: 'messageReaction', channelData: { tenant: { id: TENANT } }, conversation: { id: 'a:1', conversationType: 'personal', tenantId: TENANT } });
const metadataFetches = () => authority.requests.filter((r) => r === '/openid').length;

describe('with the authority up', () => {
  it('accepts a token signed with its key and refuses forgeries with 401', async () => {
    const bot = await botWithAuthority();
    expect((await bot.handle(reaction(), `Bearer ${authority.token(claims())}`)).status).toBe(200);
    for (const header of [
      `Bearer ${authority.token(claims(), { forged: true })}`,
      `Bearer ${authority.token(claims(), { forged: true, kid: 'made-up-key' })}`,
      `Bearer ${authority.token({ ...claims(), aud: 'another-bot' })}`,
      'Bearer not.a.jwt',
      'Basic dXNlcjpwYXNz',
    ]) {
      await expect(bot.handle(reaction(), header)).rejects.toMatchObject({ status: 401 });
    }
  });

  it('fetches the keys once for a stream of forged tokens with unknown key ids', async () => {
    const bot = await botWithAuthority();
    for (let i = 0; i < 20; i++) {
      await expect(bot.handle(reaction(), `Bearer ${authority.token(claims(), { forged: true, kid: `forged-${i}` })}`)).rejects.toMatchObject({ status: 401 });
    }
    expect(metadataFetches()).toBe(1);
  });
});

describe.each(['down', 'hang'] as const)('with the authority %s', (mode) => {
  it('answers a forged token with the right issuer 503 and Retry-After, not 500, and in bounded time', async () => {
    const bot = await botWithAuthority(300);
    authority.behave(mode);
    const refused = await bot.handle(reaction(), `Bearer ${authority.token(claims(), { forged: true })}`).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 503, retryAfterSeconds: expect.any(Number) });
    // A second request within Retry-After does not call the authority again.
    const before = authority.requests.length;
    await expect(bot.handle(reaction(), `Bearer ${authority.token(claims(), { forged: true })}`)).rejects.toMatchObject({ status: 503 });
    expect(authority.requests.length).toBe(before);
  });

  it('still refuses what needs no keys to refuse with 401', async () => {
    const bot = await botWithAuthority();
    authority.behave(mode);
    await expect(bot.handle(reaction(), `Bearer ${authority.token({ ...claims(), iss: 'https://evil.example' })}`)).rejects.toMatchObject({ status: 401 });
    await expect(bot.handle(reaction(), `Bearer ${authority.token({ ...claims(), exp: now() - 3600 })}`)).rejects.toMatchObject({ status: 401 });
    expect(authority.requests).toEqual([]);
  });
});
