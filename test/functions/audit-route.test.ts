/**
 * GET /api/audit at its boundary, on a small hand-made store: the query string's schema and the
 * one-of-two rule, each refusal as problem+json naming its field and word for word; and what each form
 * answers, paged (hidden cases' entries: test/security/org-visibility.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../functions/domain/model.js';
import { startApi, type Api } from './api-harness.js';
import { loadFixtures } from './fixtures.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await loadFixtures(api.store);
  const entry = (id: string, entityId: string, at: string, after: object, entityType: AuditEntry['entityType'] = 'figure'): AuditEntry => ({
    id, entityType, entityId, action: 'update', actor: { id: 'u-1', kind: 'user' }, at, after,
  });
  const figure = 'viborg.unge.fuldtidspersoner~viborg~actual~2017-09';
  for (const e of [
    entry('2026-01-01-a', figure, '2026-01-01T00:00:00.000Z', { value: 1 }),
    entry('2026-01-02-b', figure, '2026-01-02T00:00:00.000Z', { value: 2 }),
    entry('2026-01-03-c', figure, '2026-01-03T00:00:00.000Z', { value: 3 }),
    entry('2026-01-04-d', 'viborg.unge.fuldtidspersoner', '2026-01-04T00:00:00.000Z', { unit: 'persons' }, 'kpi'),
  ]) {
    await api.store.audit.create(e);
  }
});
afterAll(() => api.close());

describe('the query string', () => {
  it.each([
    ['neither entity nor kpi', '', 'Give exactly one of entity or kpi.', [{ field: 'entity', message: 'required' }]],
    ['an empty entity, which is none', '?entity=', 'Give exactly one of entity or kpi.', [{ field: 'entity', message: 'required' }]],
    ['both', '?entity=x&kpi=viborg.unge.fuldtidspersoner', 'Give exactly one of entity or kpi.', [{ field: 'kpi', message: 'give entity or kpi, not both' }]],
  ])('%s: a 400 naming the field', async (_what, query, detail, errors) => {
    const res = await api.call('GET', `/api/audit${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toEqual({ type: 'urn:maalbot:problem:invalid-request', title: 'Invalid request', status: 400, detail, instance: '/api/audit', errors });
  });

  it.each([
    ['a KPI id that is no id', '?kpi=Ikke%20et%20id', 'kpi'],
    ['a page size over 200', '?entity=x&limit=201', 'limit'],
    ['a page size of 0', '?entity=x&limit=0', 'limit'],
    ['an entity id over 300 characters', `?entity=${'x'.repeat(301)}`, 'entity'],
  ])('%s: a 400 naming it', async (_what, query, field) => {
    const res = await api.call('GET', `/api/audit${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('a CPR number in a parameter: refused, naming the parameter and not the number', async () => {
    const res = await api.call('GET', '/api/audit?entity=010190-1234');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'entity', message: 'contains a CPR number' }]);
    expect(JSON.stringify(res.body)).not.toContain('010190');
  });
});

describe('what it answers', () => {
  it('an entity’s entries oldest first, paged by the store', async () => {
    const first = await api.call('GET', '/api/audit?entity=viborg.unge.fuldtidspersoner~viborg~actual~2017-09&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: AuditEntry) => e.id)).toEqual(['2026-01-01-a', '2026-01-02-b']);
    const next = await api.call('GET', `/api/audit?entity=viborg.unge.fuldtidspersoner~viborg~actual~2017-09&limit=2&continuation=${encodeURIComponent(first.body.continuation)}`);
    expect(next.body.items.map((e: AuditEntry) => e.id)).toEqual(['2026-01-03-c']);
    expect(next.body.continuation).toBeUndefined();
  });

  it('a KPI’s entries and its figures’, newest first, paged', async () => {
    const first = await api.call('GET', '/api/audit?kpi=viborg.unge.fuldtidspersoner&limit=3');
    expect(first.body.items.map((e: AuditEntry) => e.id)).toEqual(['2026-01-04-d', '2026-01-03-c', '2026-01-02-b']);
    const next = await api.call('GET', `/api/audit?kpi=viborg.unge.fuldtidspersoner&limit=3&continuation=${encodeURIComponent(first.body.continuation)}`);
    expect(next.body.items.map((e: AuditEntry) => e.id)).toEqual(['2026-01-01-a']);
  });

});
