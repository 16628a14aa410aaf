import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerNames } from '../../functions/store/containers.js';
import { startApi, type Api } from './api-harness.js';
import { loadFixtures, source } from './fixtures.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
});
afterAll(() => api.close());

/** How many items every container holds: "nothing written" means this does not change. */
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(containerNames.map(async (name) => [name, (await api.store[name].findAll()).length] as const));
  return Object.fromEntries(entries);
}

async function auditOf(entityId: string) {
  return api.store.audit.findAll({ partitionKey: entityId });
}

const newCase = { id: 'viborg.spor-1', orgId: 'viborg', title: 'Spor 1: quick wins', kind: 'initiative', status: 'active' };
const principal = (claims: object) => Buffer.from(JSON.stringify(claims)).toString('base64');

describe('POST /api/cases', () => {
  it('creates a case with defaults, Location and ETag, and audits it', async () => {
    const res = await api.call('POST', '/api/cases', {
      body: newCase,
      headers: { 'x-ms-client-principal': principal({ identityProvider: 'aad', userId: 'u-42', userDetails: 'mette@viborg.dk' }) },
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/cases/viborg.spor-1');
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).toEqual({ ...newCase, effortTypes: [], aliases: [], published: true });
    expect(await api.store.cases.get('viborg.spor-1', 'viborg')).toMatchObject(newCase);
    const [entry, ...more] = await auditOf('viborg.spor-1');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ entityType: 'case', action: 'create', actor: { id: 'u-42', name: 'mette@viborg.dk', kind: 'user' }, after: res.body });
    expect(entry!.before).toBeUndefined();
  });

  it('409s on a duplicate id and writes nothing', async () => {
    const before = await counts();
    const res = await api.call('POST', '/api/cases', { body: { ...newCase, title: 'Another' } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: 409, title: 'Conflict', detail: `A case with id "${newCase.id}" already exists.` });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a missing field', { ...newCase, id: 'viborg.x', title: undefined }, ['title']],
    ['a wrongly typed field', { ...newCase, id: 'viborg.x', status: 3 }, ['status']],
    ['two bad fields', { ...newCase, id: 'viborg.x', kind: 'nonsense', effortTypes: ['tidlig', 'sent'] }, ['kind', 'effortTypes.1']],
    ['an id outside its organisation', { ...newCase, id: 'aabenraa.x' }, ['id']],
    ['an unknown organisation', { ...newCase, id: 'odense.x', orgId: 'odense' }, ['orgId']],
    ['an unknown parent', { ...newCase, id: 'viborg.x', parentId: 'viborg.none' }, ['parentId']],
    ['a CPR number in free text', { ...newCase, id: 'viborg.x', title: 'Borger 010190-1234' }, ['title']],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, body, fields) => {
    const before = await counts();
    const res = await api.call('POST', '/api/cases', { body });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['invalid JSON', '{"id": "viborg.y",', 'application/json', 400],
    ['no body', '', 'application/json', 400],
    ['a non-JSON type', 'id=viborg.y', 'application/x-www-form-urlencoded', 415],
    ['a body over 1 MB', JSON.stringify({ ...newCase, id: 'viborg.y', title: 'x'.repeat(1024 * 1024) }), 'application/json', 413],
  ])('refuses %s', async (_what, rawBody, type, status) => {
    const before = await counts();
    const res = await api.call('POST', '/api/cases', { rawBody, headers: { 'content-type': type } });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    expect(await counts()).toEqual(before);
  });
});

describe('PATCH /api/cases/{id}', () => {
  it('merges the patch, returns the new ETag and audits before and after', async () => {
    const read = await api.call('GET', '/api/cases/aabenraa.kik-ii');
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', {
      body: { status: 'completed', ownerUnit: 'Jobcenter Aabenraa' },
      headers: { 'if-match': read.headers.etag! },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'aabenraa.kik-ii', code: 'KIK II', status: 'completed', ownerUnit: 'Jobcenter Aabenraa', effortTypes: ['tidlig'] });
    expect(res.headers.etag).not.toBe(read.headers.etag);
    const entries = await auditOf('aabenraa.kik-ii');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'update', actor: { id: 'api', kind: 'api' }, before: { status: 'active' }, after: { status: 'completed' } });
  });

  it('removes an optional field given as null', async () => {
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { ownerUnit: null } });
    expect(res.status).toBe(200);
    expect(res.body.ownerUnit).toBeUndefined();
    expect((await api.store.cases.get('aabenraa.kik-ii', 'aabenraa'))?.ownerUnit).toBeUndefined();
  });

  it('412s on a stale If-Match and writes nothing', async () => {
    const first = await api.call('GET', '/api/cases/aabenraa.kik');
    await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'KIK (changed by someone else)' } });
    const before = await counts();
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'Mine' }, headers: { 'if-match': first.headers.etag! } });
    expect(res.status).toBe(412);
    expect(res.body.title).toBe('Precondition failed');
    expect(await counts()).toEqual(before);
    expect((await api.store.cases.get('aabenraa.kik', 'aabenraa'))?.title).toBe('KIK (changed by someone else)');
  });

  it.each([
    [{ titel: 'typo' }, ['titel']],
    [{ orgId: 'viborg' }, ['orgId']],
    [{ status: 'finished' }, ['status']],
    [{ title: null }, ['title']],
    [{ parentId: 'aabenraa.kik-ii' }, ['parentId']],
  ])('refuses the patch %j naming the field', async (body, fields) => {
    const before = await counts();
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await counts()).toEqual(before);
  });

  it('404s for a case that does not exist', async () => {
    expect((await api.call('PATCH', '/api/cases/aabenraa.none', { body: { title: 'x' } })).status).toBe(404);
  });

  it('refuses a patch that is no JSON object, saying so, and writes nothing', async () => {
    const before = await counts();
    for (const rawBody of ['[]', '[{"title":"x"}]', '"title"', '7', 'null', 'false']) {
      const res = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { rawBody, headers: { 'content-type': 'application/json' } });
      expect(res.status, rawBody).toBe(400);
      expect(res.body.detail, rawBody).toBe('A case patch is a JSON object of the fields to change.');
      expect(res.body.errors, rawBody).toEqual([{ field: '(body)', message: 'expected an object' }]);
    }
    expect(await counts()).toEqual(before);
  });

  it('words each refusal of a patch, and takes the case\'s own id and organisation sent back unchanged', async () => {
    const refused = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { titel: 'typo', id: 'aabenraa.other', orgId: 'viborg' } });
    expect(refused.body.detail).toBe('The patch is invalid: titel: is not a field of a case; id: cannot change; create a new case instead; orgId: cannot change; create a new case instead');
    expect(refused.body.errors).toEqual([
      { field: 'titel', message: 'is not a field of a case' },
      { field: 'id', message: 'cannot change; create a new case instead' },
      { field: 'orgId', message: 'cannot change; create a new case instead' },
    ]);
    const own = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { parentId: 'aabenraa.kik-ii' } });
    expect(own.body.detail).toBe('A case cannot be its own parent.');
    expect(own.body.errors).toEqual([{ field: 'parentId', message: 'is the case itself' }]);
    const same = await api.call('PATCH', '/api/cases/aabenraa.kik-ii', { body: { id: 'aabenraa.kik-ii', orgId: 'aabenraa', ownerUnit: 'Jobcenter' } });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ id: 'aabenraa.kik-ii', orgId: 'aabenraa', ownerUnit: 'Jobcenter' });
  });

  it('checks a parent only when the patch changes it: a case whose parent is gone can still be edited', async () => {
    // Written past the API (as a data transfer may): its parent does not exist.
    await api.store.cases.create({ ...newCase, kind: 'initiative', status: 'active', id: 'viborg.orphan', parentId: 'viborg.gone', effortTypes: [], aliases: [], published: true });
    const res = await api.call('PATCH', '/api/cases/viborg.orphan', { body: { title: 'Renamed' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Renamed', parentId: 'viborg.gone' });
    // A new parent is checked.
    const moved = await api.call('PATCH', '/api/cases/viborg.orphan', { body: { parentId: 'viborg.also-gone' } });
    expect(moved.status).toBe(400);
    expect(moved.body.errors).toEqual([{ field: 'parentId', message: 'unknown case "viborg.also-gone"' }]);
  });

  it('404s for a case that does not exist, naming it', async () => {
    const res = await api.call('GET', '/api/cases/aabenraa.none');
    expect(res.body.detail).toBe('There is no case "aabenraa.none".');
  });
});

describe('POST /api/kpis', () => {
  const kpi = { id: 'viborg.unge.andel', orgId: 'viborg', caseId: 'viborg.unge', name: { da: 'Andel unge', en: 'Share of young people' }, unit: 'percent', direction: 'lower-is-better' };

  it('creates a KPI and lists it', async () => {
    const res = await api.call('POST', '/api/kpis', { body: kpi });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/kpis/viborg.unge.andel');
    expect(res.body).toMatchObject({ ...kpi, scale: 1, aliases: [] });
    expect((await api.call('GET', '/api/kpis?org=viborg&q=andel')).body.items.map((k: { id: string }) => k.id)).toEqual(['viborg.unge.andel']);
    expect(await auditOf('viborg.unge.andel')).toHaveLength(1);
  });

  it.each([
    [{ ...kpi, id: 'viborg.k2', unit: 'bananas' }, ['unit']],
    [{ ...kpi, id: 'viborg.k2', name: { da: 'Kun dansk' } }, ['name.en']],
    [{ ...kpi, id: 'viborg.k2', caseId: 'viborg.none' }, ['caseId']],
  ])('refuses %j naming the field', async (body, fields) => {
    const before = await counts();
    const res = await api.call('POST', '/api/kpis', { body });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await counts()).toEqual(before);
  });

  it('409s on a duplicate', async () => {
    const res = await api.call('POST', '/api/kpis', { body: kpi });
    expect(res.status).toBe(409);
    expect(res.body.detail).toBe(`A KPI with id "${kpi.id}" already exists.`);
  });
});

describe('figures', () => {
  const path = '/api/kpis/aabenraa.kik-ii.selvforsoergende/figures';
  const figure = { kind: 'actual', period: '2018-08-31', value: 137, source };
  const figureUrl = `${path}/aabenraa.kik-ii.selvforsoergende~aabenraa~actual~2018-08-31`;

  it("adds a figure in the KPI's organisation and answers 201 with its Location", async () => {
    const res = await api.call('POST', path, { body: figure });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(figureUrl);
    expect(res.body).toMatchObject({ ...figure, kpiId: 'aabenraa.kik-ii.selvforsoergende', orgId: 'aabenraa', updatedBy: { id: 'api', kind: 'api' } });
    const read = await api.call('GET', res.headers.location!);
    expect(read.status).toBe(200);
    expect(read.body.value).toBe(137);
    expect(read.headers.etag).toBe(res.headers.etag);
    const detail = await api.call('GET', '/api/kpis/aabenraa.kik-ii.selvforsoergende');
    expect(detail.body.figures.map((f: { value: number }) => f.value)).toEqual([137]);
    expect(await auditOf(res.body.id)).toMatchObject([{ entityType: 'figure', action: 'create' }]);
  });

  it('takes a comparison figure for another organisation', async () => {
    const res = await api.call('POST', path, { body: { ...figure, orgId: 'klynge-7', value: 120 } });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe('aabenraa.kik-ii.selvforsoergende~klynge-7~actual~2018-08-31');
  });

  it('refuses a comparison figure for an organisation that does not exist, naming it, writing nothing', async () => {
    const before = await counts();
    const res = await api.call('POST', path, { body: { ...figure, orgId: 'odense', value: 120 } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ detail: 'There is no organisation "odense".', errors: [{ field: 'orgId', message: 'unknown organisation "odense"' }] });
    expect(await counts()).toEqual(before);
  });

  it('409s when the KPI already has that figure, pointing at it', async () => {
    const before = await counts();
    const res = await api.call('POST', path, { body: { ...figure, value: 140 } });
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain(figureUrl);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ ...figure, value: '137' }, ['value']],
    [{ ...figure, period: 'August 2018' }, ['period']],
    [{ ...figure, period: '2018-02-30' }, ['period']],
    [{ ...figure, period: '2017-08--2016-09' }, ['period']],
    [{ kind: 'actual', period: '2018', value: 1 }, ['source']],
    [{ ...figure, period: '2019', orgId: 'odense' }, ['orgId']],
  ])('refuses %j naming the field', async (body, fields) => {
    const before = await counts();
    const res = await api.call('POST', path, { body });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(await counts()).toEqual(before);
  });

  it('says why a range that ends before it starts is refused', async () => {
    const res = await api.call('POST', path, { body: { ...figure, period: '2017-08--2016-09' } });
    expect(res.body.errors).toEqual([{ field: 'period', message: expect.stringContaining('period ends before it starts') }]);
  });

  it('refuses a CPR number sent as a number in any field, naming it, and takes large ordinary figures', async () => {
    const before = await counts();
    const refused: [object, string][] = [
      [{ ...figure, period: '2019', value: 3112901234 }, 'value'],
      [{ ...figure, period: '2019', source: { ...source, page: 1503054123 } }, 'source.page'],
    ];
    for (const [body, field] of refused) {
      const res = await api.call('POST', path, { body });
      expect(res.status).toBe(400);
      expect(res.body.detail).toBe('Målbot stores no CPR numbers; remove them and send again.');
      expect(res.body.errors).toEqual([{ field, message: 'contains a CPR number' }]);
    }
    expect(await counts()).toEqual(before);
    // A billion kroner whose digits are no date, and ten digits with day 32.
    for (const [period, value] of [['2020', 1500000000], ['2021', 3212901234]] as const) {
      const res = await api.call('POST', path, { body: { ...figure, period, value } });
      expect(res.status).toBe(201);
      expect(res.body.value).toBe(value);
    }
  });

  it('404s for an unknown KPI', async () => {
    expect((await api.call('POST', '/api/kpis/aabenraa.none/figures', { body: figure })).status).toBe(404);
  });

  it('corrects a figure with PUT and If-Match, and audits it', async () => {
    const read = await api.call('GET', figureUrl);
    const res = await api.call('PUT', figureUrl, {
      body: { value: 138, source: { document: 'test.pdf', locator: 'table 2' } },
      headers: { 'if-match': read.headers.etag!, 'x-ms-client-principal': principal({ auth_typ: 'aad', claims: [{ typ: 'oid', val: 'u-7' }, { typ: 'name', val: 'Lars' }] }) },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: 138, period: '2018-08-31', updatedBy: { id: 'u-7', name: 'Lars', kind: 'user' } });
    expect(res.headers.etag).not.toBe(read.headers.etag);
    const entries = await auditOf(res.body.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ before: { value: 137 }, after: { value: 138 } });
  });

  it('428s a PUT without If-Match and 412s a stale one, writing nothing', async () => {
    const stale = (await api.call('GET', figureUrl)).headers.etag!;
    await api.call('PUT', figureUrl, { body: { value: 139, source }, headers: { 'if-match': stale } });
    const before = await counts();
    const missing = await api.call('PUT', figureUrl, { body: { value: 1, source } });
    expect(missing.status).toBe(428);
    expect(missing.body).toEqual({
      type: 'urn:maalbot:problem:precondition-required', title: 'Precondition required', status: 428, instance: new URL(figureUrl, 'http://x').pathname,
      detail: "Send the figure's ETag in If-Match; read it with GET first.", errors: [{ field: 'If-Match', message: 'required' }],
    });
    const old = await api.call('PUT', figureUrl, { body: { value: 1, source }, headers: { 'if-match': stale } });
    expect(old.status).toBe(412);
    expect(await counts()).toEqual(before);
    expect((await api.call('GET', figureUrl)).body.value).toBe(139);
  });

  it("404s for a figure address under another KPI", async () => {
    const res = await api.call('GET', '/api/kpis/viborg.unge.fuldtidspersoner/figures/aabenraa.kik-ii.selvforsoergende~aabenraa~actual~2018-08-31');
    expect(res.status).toBe(404);
  });
});
