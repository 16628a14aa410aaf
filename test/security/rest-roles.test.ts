/**
 * REST role boundaries in Azure mode: every call needs a signed-in user (401), and the action each
 * operation declares needs its role (403, problem+json), before anything is read or written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../functions/fixtures.js';
import { inAzure, signedInAs, startSecureApi, type SecureApi } from './support/secure-api.js';

const READER = 'oid-reader';
const EDITOR = 'oid-editor';
const REVIEWER = 'oid-reviewer';
const ADMIN = 'oid-admin';

let api: SecureApi;
beforeAll(async () => {
  api = await startSecureApi({
    env: { MAALBOT_EDITORS: EDITOR, MAALBOT_ADMINS: ADMIN, REVIEWER_IDS: REVIEWER, HOME_ORG: 'aabenraa' },
    adjust: inAzure,
  });
  await loadFixtures(api.store);
});
afterAll(() => api.close());

const figurePath = '/api/kpis/viborg.unge.fuldtidspersoner/figures/viborg.unge.fuldtidspersoner~viborg~actual~2017-09';
const newCase = { id: 'aabenraa.ny', orgId: 'aabenraa', title: 'Ny indsats', kind: 'initiative', status: 'planned' };

async function etagOf(path: string, user: string): Promise<string> {
  const res = await api.call('GET', path, { headers: signedInAs(user) });
  expect(res.status).toBe(200);
  return res.headers.etag!;
}

describe('without a signed-in user in Azure', () => {
  it.each([
    ['GET', '/api/orgs'],
    ['GET', '/api/cases'],
    ['GET', '/api/cases/aabenraa.kik'],
    ['POST', '/api/cases'],
    ['GET', '/api/kpis'],
    ['POST', '/api/query'],
  ])('%s %s is 401 problem+json', async (method, path) => {
    const res = await api.call(method, path, method === 'POST' ? { body: {} } : {});
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('still answers the public routes (health, the OpenAPI document)', async () => {
    expect((await api.call('GET', '/api/health')).status).toBe(200);
    expect((await api.call('GET', '/api/openapi.json')).status).toBe(200);
  });
});

describe('a reader', () => {
  it('reads', async () => {
    const res = await api.call('GET', '/api/cases?org=aabenraa', { headers: signedInAs(READER) });
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain('aabenraa.kik-ii');
  });

  it('cannot create a case: 403, nothing stored', async () => {
    const res = await api.call('POST', '/api/cases', { body: newCase, headers: signedInAs(READER) });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 403, title: 'Forbidden' });
    expect(res.body.detail).toMatch(/editor/);
    expect(await api.store.cases.get('aabenraa.ny', 'aabenraa')).toBeUndefined();
  });

  it('cannot change a case: 403, the case unchanged', async () => {
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { title: 'Hacked' }, headers: signedInAs(READER) });
    expect(res.status).toBe(403);
    expect((await api.store.cases.get('aabenraa.kik-ii', 'aabenraa'))!.title).toBe('KIK II');
  });

  it('cannot correct a figure: 403, the figure unchanged', async () => {
    const etag = await etagOf(figurePath, READER);
    const res = await api.call('PUT', figurePath, {
      body: { value: 1, source: { document: 'x.pdf', locator: 'p. 1' } },
      headers: { ...signedInAs(READER), 'if-match': etag },
    });
    expect(res.status).toBe(403);
    expect((await api.store.figures.get('viborg.unge.fuldtidspersoner~viborg~actual~2017-09', 'viborg.unge.fuldtidspersoner'))!.value).toBe(1869);
  });

  it('cannot add a figure or a KPI', async () => {
    const figure = { orgId: 'viborg', kind: 'actual', period: '2018-01', value: 5, source: { document: 'x.pdf', locator: 'p. 1' } };
    expect((await api.call('POST', '/api/kpis/viborg.unge.fuldtidspersoner/figures', { body: figure, headers: signedInAs(READER) })).status).toBe(403);
    const kpi = { id: 'aabenraa.ny-kpi', orgId: 'aabenraa', name: { da: 'Ny', en: 'New' }, unit: 'persons', scale: 1, direction: 'neutral' };
    expect((await api.call('POST', '/api/kpis', { body: kpi, headers: signedInAs(READER) })).status).toBe(403);
    expect(await api.store.kpis.get('aabenraa.ny-kpi', 'aabenraa')).toBeUndefined();
  });

  it('a reviewer is no editor either', async () => {
    expect((await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { title: 'x' }, headers: signedInAs(REVIEWER) })).status).toBe(403);
  });
});

describe('an editor', () => {
  it('changes a case of their organisation', async () => {
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { ownerUnit: 'Jobcenter' }, headers: signedInAs(EDITOR) });
    expect(res.status).toBe(200);
    expect(res.body.ownerUnit).toBe('Jobcenter');
  });

  it("adds and corrects a figure of their organisation's KPI, but not of another organisation's", async () => {
    const source = { document: 'x.pdf', locator: 'p. 1' };
    const added = await api.call('POST', '/api/kpis/aabenraa.kik-ii.selvforsoergende/figures', { body: { kind: 'actual', period: '2018-09-30', value: 431, source }, headers: signedInAs(EDITOR) });
    expect(added.status).toBe(201);
    const own = added.headers.location as string;
    const corrected = await api.call('PUT', own, { body: { value: 432, source }, headers: { ...signedInAs(EDITOR), 'if-match': await etagOf(own, EDITOR) } });
    expect(corrected.status).toBe(200);
    expect(corrected.body.value).toBe(432);

    // The editor belongs to Aabenraa (the home organisation); this figure is Viborg's.
    const foreign = await api.call('PUT', figurePath, { body: { value: 1870, source }, headers: { ...signedInAs(EDITOR), 'if-match': await etagOf(figurePath, EDITOR) } });
    expect(foreign.status).toBe(403);
  });

  it('gets the role from the roles claim (Entra app roles) as well as from MAALBOT_EDITORS', async () => {
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { ownerUnit: 'Claim' }, headers: signedInAs('oid-somebody', ['Maalbot.Editor']) });
    expect(res.status).toBe(200);
    expect((await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { ownerUnit: 'x' }, headers: signedInAs('oid-somebody', ['Maalbot.Superuser']) })).status).toBe(403);
  });

  it('an admin may do what an editor may', async () => {
    expect((await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { ownerUnit: 'Admin' }, headers: signedInAs(ADMIN) })).status).toBe(200);
  });
});

describe('when App Service authentication is off', () => {
  it('ignores x-ms-client-principal: anyone with a function key could write it, so the call is 401', async () => {
    const open = await startSecureApi({ env: { MAALBOT_ADMINS: ADMIN }, adjust: (c) => ({ ...c, mode: 'azure', security: { ...c.security, trustClientPrincipal: false } }) });
    try {
      const res = await open.call('GET', '/api/orgs', { headers: signedInAs(ADMIN) });
      expect(res.status).toBe(401);
    } finally {
      await open.close();
    }
  });
});
