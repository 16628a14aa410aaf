/** The proposal API through the registered functions over a seeded embedded store (local admin on loopback). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { PRIORITY, QUICK_WIN } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
});
afterAll(() => api.close());

const count = async () => (await api.store.proposals.findAll()).length;

describe('POST /api/proposals', () => {
  it('creates a quick win from Danish-typed numbers, with Location and ETag, readable by GET', async () => {
    const res = await api.call('POST', '/api/proposals', { body: QUICK_WIN });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'quick-win', status: 'submitted', estimatedYearlySaving: 1600, submittedBy: { kind: 'api' } });
    expect(res.headers.location).toBe(`/api/proposals/${res.body.id}`);
    const read = await api.call('GET', res.headers.location!);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(res.headers.etag);
    expect(read.body).toEqual(res.body);
  });

  it('returns the first proposal again for a repeated Idempotency-Key', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'retry-42' };
    const first = await api.call('POST', '/api/proposals', { body: PRIORITY, headers });
    const again = await api.call('POST', '/api/proposals', { body: PRIORITY, headers });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(first.body.number).toBe('BIC 08');
    expect(await count()).toBe(before + 1);
  });

  it('answers an invalid body with problem+json naming each field, and stores nothing', async () => {
    const before = await count();
    const res = await api.call('POST', '/api/proposals', {
      body: { ...PRIORITY, title: '', economy: [{ year: 2027, staffChange: '0,615', operatingCostChange: 'mange' }] },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors).toEqual([
      { field: 'title', message: 'Required.' },
      { field: 'economy.0.operatingCostChange', message: 'Write a number, e.g. 1.600, -281 or 0,61.' },
      { field: 'economy.0.staffChange', message: 'At most 2 decimals.' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a CPR number without echoing it', async () => {
    const before = await count();
    const res = await api.call('POST', '/api/proposals', { body: { ...QUICK_WIN, targetGroup: 'fx 0101901234' } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'targetGroup', message: 'contains a CPR number' }]);
    expect(JSON.stringify(res.body)).not.toContain('0101901234');
    expect(await count()).toBe(before);
    expect(api.logs.join('\n')).not.toContain('0101901234');
  });
});

describe('GET /api/proposals', () => {
  it('lists by organisation, status and kind, paged', async () => {
    const res = await api.call('GET', '/api/proposals?org=herning&kind=priority&status=submitted&limit=10');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.continuation).toBeTruthy();
    expect(res.body.items.every((p: any) => p.orgId === 'herning' && p.kind === 'priority' && p.status === 'submitted')).toBe(true);
    expect((await api.call('GET', '/api/proposals?status=nonsense')).status).toBe(400);
    expect((await api.call('GET', '/api/proposals/herning.nope')).status).toBe(404);
  });
});

describe('POST /api/proposals/{id}/decision', () => {
  it('approves a priority proposal into a case listed by GET /api/cases, once', async () => {
    const created = await api.call('POST', '/api/proposals', { body: { ...PRIORITY, title: 'Til godkendelse', number: 'BIC 30' } });
    const id = created.body.id;
    const stale = await api.call('POST', `/api/proposals/${id}/decision`, { body: { decision: 'approve' }, headers: { 'if-match': '"not-the-etag"' } });
    expect(stale.status).toBe(412);
    const res = await api.call('POST', `/api/proposals/${id}/decision`, { body: { decision: 'approve', comment: 'Ja' }, headers: { 'if-match': created.headers.etag! } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', caseId: 'herning.bic-30', decisions: [{ decision: 'approve', comment: 'Ja', by: { kind: 'api' } }] });
    const cases = await api.call('GET', '/api/cases?org=herning&limit=200');
    expect(cases.body.items.find((c: any) => c.id === 'herning.bic-30')).toMatchObject({ kind: 'approved-proposal', proposalId: id });
    const again = await api.call('POST', `/api/proposals/${id}/decision`, { body: { decision: 'reject', comment: 'Nej' } });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/^The proposal is already decided \(approve\) by api at 20/);
  });

  it('needs a comment to reject or request changes; an unknown decision or proposal is refused', async () => {
    const noReason = await api.call('POST', '/api/proposals/herning.bic-02/decision', { body: { decision: 'reject' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'comment', message: 'Give a reason for the rejection.' }]);
    expect((await api.call('POST', '/api/proposals/herning.bic-02/decision', { body: { decision: 'maybe' } })).status).toBe(400);
    expect((await api.call('POST', '/api/proposals/herning.nope/decision', { body: { decision: 'approve' } })).status).toBe(404);
    expect((await api.store.proposals.get('herning.bic-02', 'herning'))!.status).toBe('submitted');
  });

  it('is in the OpenAPI document with its schemas', async () => {
    const doc = (await api.call('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/proposals', '/api/proposals/{id}', '/api/proposals/{id}/decision']));
    expect(doc.components.schemas).toHaveProperty('Proposal');
    expect(doc.components.schemas).toHaveProperty('ProposalInput');
    expect(doc.paths['/api/proposals/{id}/decision'].post.responses).toHaveProperty('409');
  });
});
