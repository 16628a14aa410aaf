/** In Azure the app refuses to start with missing settings, and says which; locally nothing is needed. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS } from '../../functions/config.js';

const complete = {
  WEBSITE_SITE_NAME: 'func-api-abc',
  COSMOS_ENDPOINT: 'https://cosmos-abc.documents.azure.com:443/',
  AZURE_CLIENT_ID: '00000000-0000-0000-0000-0000000000aa',
  MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000bb',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
};

describe('starting in Azure', () => {
  it('starts with every required setting, trusting the principal header only behind App Service authentication', () => {
    expect(loadConfig(complete).mode).toBe('azure');
    expect(loadConfig(complete).security.trustClientPrincipal).toBe(false);
    expect(loadConfig({ ...complete, WEBSITE_AUTH_ENABLED: 'True' }).security.trustClientPrincipal).toBe(true);
  });

  it('refuses to start with nothing set, naming every required setting', () => {
    const required = SETTINGS.filter((s) => s.requiredInAzure).map((s) => s.env);
    expect(required.length).toBeGreaterThan(3);
    expect(() => loadConfig({ MAALBOT_MODE: 'azure' })).toThrow(ConfigError);
    try {
      loadConfig({ MAALBOT_MODE: 'azure' });
    } catch (error) {
      for (const name of required) expect((error as Error).message).toContain(name);
    }
  });

  it.each(['COSMOS_ENDPOINT', 'MicrosoftAppId', 'APPLICATIONINSIGHTS_CONNECTION_STRING'])('names %s when only it is missing', (name) => {
    const env: Record<string, string> = { ...complete, [name]: '' };
    expect(() => loadConfig(env)).toThrow(new RegExp(`Missing settings for Azure: ${name}$`));
  });

  it('parses role lists, organisation members and the tenant allow-list', () => {
    const config = loadConfig({ ...complete, MAALBOT_ADMINS: ' a , b ', MAALBOT_ORG_MEMBERS: 'vejle:x,y; viborg:z', ALLOWED_TENANT_IDS: 't1,t2' });
    expect(config.security.admins).toEqual(['a', 'b']);
    expect(config.security.orgMembers).toEqual({ vejle: ['x', 'y'], viborg: ['z'] });
    expect(config.bot.allowedTenantIds).toEqual(['t1', 't2']);
    expect(() => loadConfig({ ...complete, MAALBOT_ORG_MEMBERS: 'Not A Slug:x' })).toThrow(/orgMembers/);
  });

  it('needs nothing locally', () => {
    expect(loadConfig({}).mode).toBe('local');
  });
});

describe('the client-principal header in local mode', () => {
  it('is believed on a loopback address only: off it, anyone could claim a role', () => {
    expect(loadConfig({}).security.trustClientPrincipal).toBe(true);
    expect(loadConfig({ HOST: '127.0.0.1' }).security.trustClientPrincipal).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).security.trustClientPrincipal).toBe(false);
    expect(loadConfig({ HOST: '192.168.1.20' }).security.trustClientPrincipal).toBe(false);
  });
});
