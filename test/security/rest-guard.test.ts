/**
 * The REST guard on its own, with requests made in the test: who the caller is (a signed-in principal,
 * the local admin of a loopback run, or nobody), the 401 and 403 it answers otherwise with what they
 * say, and the caller it hands to the handler.
 */
import { HttpRequest } from '@azure/functions';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { ForbiddenError } from '../../functions/domain/errors.js';
import { NotSignedInError } from '../../functions/security/not-signed-in-error.js';
import { authorize, callerOfRequest } from '../../functions/security/rest-guard.js';

const signedIn = (id: string) => {
  const principal = Buffer.from(JSON.stringify({ auth_typ: 'aad', claims: [{ typ: 'oid', val: id }] })).toString('base64');
  return new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/cases', headers: { 'x-ms-client-principal': principal } });
};
const anonymous = () => new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/cases' });
/** Behind App Service authentication in Azure, with a reader list. */
const azure = loadConfig({ WEBSITE_AUTH_ENABLED: 'true', MAALBOT_READERS: 'rd', MAALBOT_EDITORS: 'ed', HOME_ORG: 'aabenraa' });

describe('authorize', () => {
  it('admits a signed-in caller with the role, and hands the handler that caller', () => {
    const request = signedIn('ed');
    const caller = authorize(request, 'cases.write', { ...azure, mode: 'azure' });
    expect([...caller.roles].sort()).toEqual(['editor', 'reader']);
    expect(callerOfRequest(request)).toBe(caller);
    expect(callerOfRequest(anonymous())).toBeUndefined();
  });

  it('refuses a caller without the role with 403, naming the role needed and those held, or none', () => {
    const config = { ...azure, mode: 'azure' as const };
    expect(() => authorize(signedIn('stranger'), 'read', config)).toThrow(new ForbiddenError('This needs the reader role; you have none.'));
    expect(() => authorize(signedIn('ed'), 'settings.change', config)).toThrow(new ForbiddenError('This needs the admin role; you have editor, reader.'));
    const refused = signedIn('stranger');
    expect(() => authorize(refused, 'read', config)).toThrow(ForbiddenError);
    expect(callerOfRequest(refused)).toBeUndefined();
  });

  it('a request without a principal in Azure is 401', () => {
    expect(() => authorize(anonymous(), 'read', { ...azure, mode: 'azure' })).toThrow(NotSignedInError);
    expect(() => authorize(anonymous(), 'read', { ...azure, mode: 'azure' })).toThrow(/^Sign in through the app's authentication \(Microsoft Entra ID\)/);
  });

  it('does not read the principal header when it is not to be trusted', () => {
    const untrusted = { ...azure, mode: 'azure' as const, security: { ...azure.security, trustClientPrincipal: false } };
    expect(() => authorize(signedIn('ed'), 'read', untrusted)).toThrow(NotSignedInError);
  });

  it('locally on loopback nobody signs in: the caller is the local admin; on another address nobody is', () => {
    const local = loadConfig({ HOST: '127.0.0.1', MAALBOT_READERS: 'rd' });
    const caller = authorize(anonymous(), 'settings.change', local);
    expect(caller.principal).toMatchObject({ ids: ['local'], local: true });
    expect(caller.orgs).toBe('all');
    expect(() => authorize(anonymous(), 'read', { ...local, host: '0.0.0.0' })).toThrow(NotSignedInError);
  });
});

describe('the local admin as the module is loaded', () => {
  // LOCAL_ADMIN and the once-per-process warning are made when the module loads, before a test starts: a
  // mutation tool that switches a change on per test reaches them only through a test that loads the module itself.
  it('is the principal "local", and the first local call warns once, naming the host', async () => {
    vi.resetModules();
    const telemetry = await import('../../functions/telemetry.js');
    const guard = await import('../../functions/security/rest-guard.js');
    const local = loadConfig({ HOST: '127.0.0.1', MAALBOT_READERS: 'rd' });
    const logs = telemetry.captureLogs();
    try {
      expect(guard.authorize(anonymous(), 'read', local).principal).toEqual({ ids: ['local'], claimRoles: [], local: true });
      guard.authorize(anonymous(), 'read', local);
      const warnings = logs.records.filter((r) => r.message.includes('local admin'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ level: 'warning', host: '127.0.0.1' });
    } finally {
      logs.stop();
    }
  });
});
