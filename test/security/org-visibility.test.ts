/**
 * Organisation membership: a user of organisation A sees B's published cases but never B's unpublished
 * ones — not in a list, not by id (404, as if it did not exist), not by changing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../functions/domain/model.js';
import { loadFixtures } from '../functions/fixtures.js';
import { inAzure, signedInAs, startSecureApi, type SecureApi } from './support/secure-api.js';

const AABENRAA_USER = 'oid-aabenraa';
const VIBORG_USER = 'oid-viborg';
const VIBORG_EDITOR = 'oid-viborg-editor';
const ADMIN = 'oid-admin';

const draft = (orgId: string, slug: string): Case => ({
  id: `${orgId}.${slug}`,
  orgId,
  title: `Udkast ${orgId}`,
  kind: 'proposal',
  status: 'proposed',
  effortTypes: [],
  aliases: [],
  published: false,
});

let api: SecureApi;
beforeAll(async () => {
  api = await startSecureApi({
    env: {
      HOME_ORG: 'aabenraa',
      MAALBOT_ADMINS: ADMIN,
      MAALBOT_EDITORS: VIBORG_EDITOR,
      MAALBOT_ORG_MEMBERS: `viborg:${VIBORG_USER},${VIBORG_EDITOR}`,
    },
    adjust: inAzure,
  });
  await loadFixtures(api.store);
  await api.store.cases.upsert(draft('aabenraa', 'hemmelig'));
  await api.store.cases.upsert(draft('viborg', 'udkast'));
});
afterAll(() => api.close());

async function listedIds(user: string, query = ''): Promise<string[]> {
  const res = await api.call('GET', `/api/cases${query}`, { headers: signedInAs(user) });
  expect(res.status).toBe(200);
  return res.body.items.map((c: Case) => c.id);
}

describe('a user of Viborg', () => {
  it("does not get Aabenraa's unpublished case in a list, with or without the org filter", async () => {
    const all = await listedIds(VIBORG_USER);
    expect(all).not.toContain('aabenraa.hemmelig');
    expect(all).toEqual(expect.arrayContaining(['aabenraa.kik', 'viborg.unge', 'viborg.udkast']));
    const filtered = await listedIds(VIBORG_USER, '?org=aabenraa');
    expect(filtered).not.toContain('aabenraa.hemmelig');
    expect(filtered).toContain('aabenraa.kik-ii');
  });

  it("gets 404 for Aabenraa's unpublished case by id, exactly as for a missing one", async () => {
    const hidden = await api.call('GET', '/api/cases/aabenraa.hemmelig', { headers: signedInAs(VIBORG_USER) });
    const missing = await api.call('GET', '/api/cases/aabenraa.findes-ikke', { headers: signedInAs(VIBORG_USER) });
    expect(hidden.status).toBe(404);
    expect(hidden.body.title).toBe(missing.body.title);
    expect(JSON.stringify(hidden.body)).not.toContain('Udkast');
  });

  it("cannot change Aabenraa's cases even as an editor: 404 for the hidden one, 403 for a published one", async () => {
    expect((await api.call('PATCH', '/api/cases/aabenraa.hemmelig', { body: { title: 'x' }, headers: signedInAs(VIBORG_EDITOR) })).status).toBe(404);
    expect((await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'x' }, headers: signedInAs(VIBORG_EDITOR) })).status).toBe(403);
    expect((await api.store.cases.get('aabenraa.kik', 'aabenraa'))!.title).toBe('Kommunal investeringsstrategi');
  });

  it('cannot create a case in Aabenraa, but can in Viborg', async () => {
    const body = (orgId: string) => ({ id: `${orgId}.nyt`, orgId, title: 'Nyt', kind: 'initiative', status: 'planned' });
    expect((await api.call('POST', '/api/cases', { body: body('aabenraa'), headers: signedInAs(VIBORG_EDITOR) })).status).toBe(403);
    expect((await api.call('POST', '/api/cases', { body: body('viborg'), headers: signedInAs(VIBORG_EDITOR) })).status).toBe(201);
  });

  it('sees its own unpublished case', async () => {
    expect((await api.call('GET', '/api/cases/viborg.udkast', { headers: signedInAs(VIBORG_USER) })).status).toBe(200);
  });
});

describe('a user of Aabenraa (the home organisation: everyone not listed elsewhere)', () => {
  it("sees Aabenraa's unpublished case and not Viborg's", async () => {
    const ids = await listedIds(AABENRAA_USER);
    expect(ids).toContain('aabenraa.hemmelig');
    expect(ids).not.toContain('viborg.udkast');
    expect((await api.call('GET', '/api/cases/aabenraa.hemmelig', { headers: signedInAs(AABENRAA_USER) })).status).toBe(200);
    expect((await api.call('GET', '/api/cases/viborg.udkast', { headers: signedInAs(AABENRAA_USER) })).status).toBe(404);
  });
});

describe('an admin', () => {
  it("sees every organisation's unpublished cases", async () => {
    expect(await listedIds(ADMIN)).toEqual(expect.arrayContaining(['aabenraa.hemmelig', 'viborg.udkast']));
  });
});

describe("an editor of Viborg and Aabenraa's KPIs and figures", () => {
  const source = { document: 'test', locator: 'test' };

  it('cannot create a KPI for Aabenraa, nor add or change an Aabenraa figure; nothing is written', async () => {
    const before = (await api.store.kpis.findAll()).length;
    const kpi = await api.call('POST', '/api/kpis', {
      headers: signedInAs(VIBORG_EDITOR),
      body: { id: 'aabenraa.fremmed', orgId: 'aabenraa', name: { da: 'Fremmed', en: 'Foreign' }, unit: 'persons', direction: 'neutral' },
    });
    expect(kpi.status).toBe(403);
    expect((await api.store.kpis.findAll()).length).toBe(before);

    const add = await api.call('POST', '/api/kpis/aabenraa.kik-ii.selvforsoergende/figures', {
      headers: signedInAs(VIBORG_EDITOR),
      body: { kind: 'actual', period: '2019-02', value: 1, source },
    });
    expect(add.status).toBe(403);
    const figures = await api.store.figures.findAll({ partitionKey: 'aabenraa.kik-ii.selvforsoergende' });
    expect(figures.some((f) => f.period === '2019-02')).toBe(false);
  });

  it("may add a figure to Viborg's own KPI", async () => {
    const own = (await api.store.kpis.findAll({ partitionKey: 'viborg' }))[0]!;
    const res = await api.call('POST', `/api/kpis/${own.id}/figures`, {
      headers: signedInAs(VIBORG_EDITOR),
      body: { kind: 'actual', period: '2019-03', value: 2, source },
    });
    expect(res.status).toBe(201);
  });
});

describe("what hangs off another organisation's unpublished case", () => {
  const KPI = 'aabenraa.hemmelig.tal';
  beforeAll(async () => {
    const kpi = await api.call('POST', '/api/kpis', {
      headers: signedInAs(ADMIN),
      body: { id: KPI, orgId: 'aabenraa', caseId: 'aabenraa.hemmelig', name: { da: 'Hemmeligt tal', en: 'Secret figure' }, unit: 'persons', direction: 'neutral' },
    });
    expect(kpi.status).toBe(201);
    const read = await api.call('GET', '/api/cases/aabenraa.hemmelig', { headers: signedInAs(ADMIN) });
    const patched = await api.call('PATCH', '/api/cases/aabenraa.hemmelig', { headers: { ...signedInAs(ADMIN), 'if-match': read.headers.etag! }, body: { title: 'Udkast aabenraa (rettet)' } });
    expect(patched.status).toBe(200);
  });

  it('is hidden from a Viborg user: its KPIs, their goals and the audit entries of both', async () => {
    const as = signedInAs(VIBORG_USER);
    expect((await api.call('GET', '/api/kpis?case=aabenraa.hemmelig', { headers: as })).body.items).toEqual([]);
    expect((await api.call('GET', '/api/kpis?org=aabenraa', { headers: as })).body.items.map((k: { id: string }) => k.id)).not.toContain(KPI);
    expect((await api.call('GET', `/api/kpis/${KPI}`, { headers: as })).status).toBe(404);
    for (const entity of ['aabenraa.hemmelig', KPI]) {
      const audit = await api.call('GET', `/api/audit?entity=${entity}`, { headers: as });
      expect(audit.status).toBe(200);
      expect(audit.body.items).toEqual([]);
    }
    expect((await api.call('GET', `/api/audit?kpi=${KPI}`, { headers: as })).body.items).toEqual([]);
  });

  it('hides an entity whose entries put it in that case only at the last, and shows it to Aabenraa', async () => {
    const goal = 'aabenraa.flyttet';
    const entry = (n: number, after: object) => ({ id: `2026-02-0${n}-${goal}`, entityType: 'goal' as const, entityId: goal, action: 'update' as const, actor: { id: 'u-1', kind: 'user' as const }, at: `2026-02-0${n}T00:00:00.000Z`, after });
    await api.store.audit.create(entry(1, { title: 'Mål' }));
    await api.store.audit.create(entry(2, { title: 'Mål, rettet' }));
    await api.store.audit.create(entry(3, { caseId: 'aabenraa.hemmelig' }));
    expect((await api.call('GET', `/api/audit?entity=${goal}`, { headers: signedInAs(VIBORG_USER) })).body.items).toEqual([]);
    expect((await api.call('GET', `/api/audit?entity=${goal}`, { headers: signedInAs(AABENRAA_USER) })).body.items).toHaveLength(3);
  });

  it('is shown to a user of Aabenraa', async () => {
    const as = signedInAs(AABENRAA_USER);
    expect((await api.call('GET', '/api/kpis?case=aabenraa.hemmelig', { headers: as })).body.items.map((k: { id: string }) => k.id)).toEqual([KPI]);
    expect((await api.call('GET', '/api/audit?entity=aabenraa.hemmelig', { headers: as })).body.items).toHaveLength(1);
    expect((await api.call('GET', `/api/audit?entity=${KPI}`, { headers: as })).body.items).toHaveLength(1);
  });

  it('hides entries that name the case only through their KPI: a KPI\'s own, or a figure\'s by its kpiId', async () => {
    const other = 'aabenraa.hemmelig.andet';
    await api.store.kpis.upsert({ id: other, orgId: 'aabenraa', caseId: 'aabenraa.hemmelig', name: { da: 'Andet tal', en: 'Other figure' }, aliases: [], unit: 'persons', scale: 1, direction: 'neutral' });
    const figure = `${other}~aabenraa~actual~2019-01`;
    const entry = (id: string, entityType: 'kpi' | 'figure', entityId: string, after: object) => ({ id, entityType, entityId, action: 'update' as const, actor: { id: 'u-1', kind: 'user' as const }, at: '2026-03-01T00:00:00.000Z', after });
    await api.store.audit.create(entry('2026-03-01-kpi', 'kpi', other, { unit: 'persons' }));
    await api.store.audit.create(entry('2026-03-01-figure', 'figure', figure, { kpiId: other, value: 1 }));
    for (const entity of [other, figure]) {
      expect((await api.call('GET', `/api/audit?entity=${encodeURIComponent(entity)}`, { headers: signedInAs(VIBORG_USER) })).body.items, entity).toEqual([]);
      expect((await api.call('GET', `/api/audit?entity=${encodeURIComponent(entity)}`, { headers: signedInAs(AABENRAA_USER) })).body.items, entity).toHaveLength(1);
    }
  });
});
