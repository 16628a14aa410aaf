/**
 * Locally nobody signs in: on a loopback address the caller is a local admin, said once in the log.
 * Bound to any other address, the same call without a principal is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogs } from '../../functions/telemetry.js';
import { loadFixtures } from '../functions/fixtures.js';
import { startSecureApi, type SecureApi } from './support/secure-api.js';

let api: SecureApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('local mode', () => {
  it('on loopback: no principal is the local admin, told once', async () => {
    const logs = captureLogs();
    try {
      api = await startSecureApi({ env: { HOST: '127.0.0.1', MAALBOT_EDITORS: 'somebody-else' } });
      await loadFixtures(api.store);
      const changed = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { ownerUnit: 'Lokalt' } });
      expect(changed.status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await api.call('GET', '/api/orgs')).status).toBe(200);
      // Vitest gives each test file fresh modules, so this file's process-wide "once" starts here.
      expect(logs.records.filter((r) => /local admin/.test(r.message))).toHaveLength(1);
    } finally {
      logs.stop();
    }
  });

  it('on loopback the role settings still apply to a signed-in user', async () => {
    api = await startSecureApi({ env: { HOST: '127.0.0.1', MAALBOT_EDITORS: 'oid-editor' } });
    await loadFixtures(api.store);
    const principal = Buffer.from(JSON.stringify({ identityProvider: 'aad', userId: 'oid-reader', userRoles: ['authenticated'] })).toString('base64');
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { title: 'x' }, headers: { 'x-ms-client-principal': principal } });
    expect(res.status).toBe(403);
  });

  it('on any other address: no principal is 401', async () => {
    api = await startSecureApi({ env: { HOST: '0.0.0.0' } });
    expect((await api.call('GET', '/api/orgs')).status).toBe(401);
  });
});
