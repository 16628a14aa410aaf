/**
 * The bot endpoint with an app id: Bot Framework tokens are checked by botbuilder against a local token
 * authority (support/token-authority.ts). No token, a forged token and an expired token are 401; a good
 * token from a tenant outside the allow-list is 403 and logged without the message's content.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotEndpoint, type BotEndpoint } from '../../bot/index.js';
import { loadConfig } from '../../functions/config.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { message, TENANT } from '../bot/support/activities.js';
import { startTokenAuthority, type TokenAuthority } from './support/token-authority.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const SECRET_TEXT = 'Borgeren 010190-1234 har fået job';

let authority: TokenAuthority;
let store: Store;
let dir: string;
const logs: string[] = [];

function botFor(env: Record<string, string>): BotEndpoint {
  const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', ...env });
  return createBotEndpoint({
    config,
    store,
    log: (level, text, ...details) => logs.push([level, text, ...details.map(String)].join(' ')),
    channelAuthority: { openIdMetadataUrl: authority.openIdMetadataUrl, issuer: authority.issuer },
  });
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({ iss: authority.issuer, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 3600, ...overrides });

/** An activity that needs no reply, so a valid turn never calls out to the (absent) channel. */
const reaction = (tenant: string) => ({ ...message(SERVICE_URL, 'x'), type: 'messageReaction', channelData: { tenant: { id: tenant } }, conversation: { id: 'a:1', conversationType: 'personal', tenantId: tenant } });

beforeAll(async () => {
  authority = await startTokenAuthority();
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-tokens-'));
  store = await openEmbeddedStore({ dir });
});
afterAll(async () => {
  await store.close();
  await authority.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Bot Framework token validation', () => {
  it.each([
    ['no token', () => ''],
    ['a forged token (signed with another key)', () => `Bearer ${authority.token(claims(), { forged: true })}`],
    ['an expired token', () => `Bearer ${authority.token(claims({ nbf: now() - 7200, exp: now() - 3600 }))}`],
    ['a token for another bot', () => `Bearer ${authority.token(claims({ aud: 'another-app' }))}`],
    ['a token from another issuer', () => `Bearer ${authority.token(claims({ iss: 'https://evil.example' }))}`],
  ])('refuses %s with 401', async (_what, header) => {
    const bot = botFor({});
    await expect(bot.handle(JSON.stringify(message(SERVICE_URL, 'hjælp')), header())).rejects.toMatchObject({ status: 401 });
  });

  it('accepts a valid token', async () => {
    const bot = botFor({});
    const result = await bot.handle(JSON.stringify(reaction(TENANT)), `Bearer ${authority.token(claims())}`);
    expect(result.status).toBe(200);
  });
});

describe('tenant allow-list', () => {
  it('refuses a valid token from another tenant with 403 and logs it without content', async () => {
    logs.length = 0;
    const bot = botFor({ ALLOWED_TENANT_IDS: 'tenant-allowed' });
    const activity = { ...message(SERVICE_URL, SECRET_TEXT), channelData: { tenant: { id: 'tenant-other' } } };
    await expect(bot.handle(JSON.stringify(activity), `Bearer ${authority.token(claims())}`)).rejects.toMatchObject({ status: 403 });
    expect(logs.join('\n')).toMatch(/tenant-other/);
    expect(logs.join('\n')).not.toContain('010190');
    expect(logs.join('\n')).not.toContain('fået job');
  });

  it('lets the allowed tenant in, case-insensitively', async () => {
    const bot = botFor({ ALLOWED_TENANT_IDS: 'other, TENANT-AABENRAA' });
    expect((await bot.handle(JSON.stringify(reaction(TENANT)), `Bearer ${authority.token(claims())}`)).status).toBe(200);
  });

  it("defaults to the bot's own tenant", async () => {
    const bot = botFor({ MicrosoftAppTenantId: 'tenant-home' });
    await expect(bot.handle(JSON.stringify(reaction(TENANT)), `Bearer ${authority.token(claims())}`)).rejects.toMatchObject({ status: 403 });
    expect((await bot.handle(JSON.stringify(reaction('tenant-home')), `Bearer ${authority.token(claims())}`)).status).toBe(200);
  });

  it('checks the token before the tenant: no token from a foreign tenant is still 401', async () => {
    const bot = botFor({ ALLOWED_TENANT_IDS: 'tenant-allowed' });
    await expect(bot.handle(JSON.stringify(reaction('tenant-other')), '')).rejects.toMatchObject({ status: 401 });
  });
});
