/** With MicrosoftAppId set, /api/messages demands a Bot Framework token; without one, loopback only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botAuth, LOCAL_MODE_WARNING } from '../../bot/index.js';
import { ConfigError, loadConfig } from '../../functions/config.js';
import { CONVERSATIONS, installationUpdate, message } from './support/activities.js';
import { startBot, type BotHarness } from './support/bot-harness.js';

describe('with MicrosoftAppId set', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(() => bot.close());

  it('answers an activity without a token with 401 and does nothing', async () => {
    const res = await bot.post(installationUpdate(bot.channel.serviceUrl, 'add'));
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(await bot.store.conversations.get(CONVERSATIONS.personal.id, CONVERSATIONS.personal.id)).toBeUndefined();
    expect(bot.channel.sent).toEqual([]);
  });

  it('answers a message with a non-Bearer Authorization header with 401', async () => {
    const res = await bot.post(message(bot.channel.serviceUrl, 'hjælp'), { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(res.status).toBe(401);
    expect(bot.channel.sent).toEqual([]);
  });

  it('still answers a malformed body with 400 before looking at tokens', async () => {
    expect((await bot.post(undefined, { raw: 'nope' })).status).toBe(400);
  });
});

describe('without MicrosoftAppId', () => {
  it('runs unauthenticated on a loopback address', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '::1']) expect(botAuth(loadConfig({ HOST }))).toEqual({ mode: 'local-unauthenticated' });
    expect(LOCAL_MODE_WARNING).toMatch(/WITHOUT authentication/);
  });

  it('refuses to run on any other address', () => {
    for (const HOST of ['0.0.0.0', '192.168.1.20', '::']) expect(() => botAuth(loadConfig({ HOST }))).toThrow(ConfigError);
  });

  it('uses the app id, secret and type when they are set', () => {
    expect(botAuth(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'app', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }))).toEqual({
      mode: 'bot-framework',
      appId: 'app',
      appType: 'UserAssignedMSI',
      tenantId: 't',
    });
  });
});
