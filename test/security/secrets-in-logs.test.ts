/**
 * Secrets never reach a log: not from the logger (registered secrets are blanked wherever they appear),
 * not from a refused bot request, not from a configuration error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../functions/config.js';
import { botLog, logEvent, registerSecrets, secretsOf } from '../../functions/telemetry.js';
import { message } from '../bot/support/activities.js';
import { startBot } from '../bot/support/bot-harness.js';
import { captureAllLogs, type LogCapture } from './support/log-capture.js';

const APP_PASSWORD = 'Pw~8Q~fake-bot-client-secret-1234567890';
const COSMOS_KEY = 'C2dmYWtlLWNvc21vcy1rZXktZm9yLXRlc3RzLW9ubHk=';
const env = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: APP_PASSWORD, COSMOS_ENDPOINT: 'http://127.0.0.1:1', COSMOS_KEY };

let logs: LogCapture | undefined;
afterEach(() => logs?.stop());

describe('secrets', () => {
  it('are blanked from every record once registered, even inside an error message', () => {
    logs = captureAllLogs();
    const config = loadConfig(env);
    registerSecrets(secretsOf(config));
    logEvent('error', `Login failed with ${APP_PASSWORD}`, { detail: `key=${COSMOS_KEY}` });
    botLog('error', 'Token request failed', new Error(`AADSTS7000215: Invalid client secret provided: ${APP_PASSWORD}`));
    const text = logs.text();
    expect(text).toContain('[secret]');
    expect(text).not.toContain(APP_PASSWORD);
    expect(text).not.toContain(COSMOS_KEY);
  });

  it('stay out of the log of a refused bot request', async () => {
    logs = captureAllLogs();
    const bot = await startBot({ MicrosoftAppId: env.MicrosoftAppId, MicrosoftAppPassword: APP_PASSWORD });
    try {
      const res = await bot.post(message(bot.channel.serviceUrl, 'hjælp'), { headers: { authorization: `Bearer ${APP_PASSWORD}` } });
      expect(res.status).toBe(401);
      const text = [logs.text(), ...bot.logs].join('\n');
      expect(text).toMatch(/Refused/);
      expect(text).not.toContain(APP_PASSWORD);
      expect(JSON.stringify(res.body)).not.toContain(APP_PASSWORD);
    } finally {
      await bot.close();
    }
  });

  it('stay out of configuration errors', () => {
    const attempt = () => loadConfig({ ...env, MAALBOT_MODE: 'azure', PORT: 'not-a-port', COSMOS_ENDPOINT: 'not a url' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).toMatch(/port/);
      expect((error as Error).message).not.toContain(APP_PASSWORD);
      expect((error as Error).message).not.toContain(COSMOS_KEY);
    }
  });
});
