/**
 * Fault: 20 reviewers decide on the same proposal at the same moment, through
 * POST /api/proposals/{id}/decision (the registered function, in-process, over a real embedded store):
 * some with the ETag they read (If-Match), some without, approving, rejecting and asking for changes.
 * Exactly one decision is recorded — one 200, the rest 409 or 412 — and its effects happen once:
 * one audit entry, and for an approval one case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { PRIORITY } from '../proposals/support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
});
afterAll(() => api.close());

const DECISIONS = [
  { decision: 'approve', comment: 'Godkendt' },
  { decision: 'reject', comment: 'Ikke i år' },
  { decision: 'request-changes', comment: 'Mere om økonomien' },
];

describe('fault: 20 concurrent decisions on one proposal', () => {
  it('records exactly one, answers the others 409 or 412, and applies the one once', async () => {
    for (let round = 0; round < 3; round++) {
      const created = await api.call('POST', '/api/proposals', { body: { ...PRIORITY, title: `${PRIORITY.title} ${round}` } });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const etag = created.headers.etag!;
      const casesBefore = (await api.store.cases.findAll()).length;

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api.call('POST', `/api/proposals/${id}/decision`, {
            // Each round a different decision leads, so each kind is the winner once.
            body: DECISIONS[(i + round) % DECISIONS.length],
            ...(i % 2 ? { headers: { 'if-match': etag } } : {}),
          }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 200 && s !== 409 && s !== 412)).toEqual([]);

      const stored = await api.store.proposals.get(id, 'herning');
      expect(stored!.decisions).toHaveLength(1);
      const winner = responses.find((r) => r.status === 200)!.body;
      expect(stored!.status).toBe(winner.status);
      expect(stored!.decisions[0]).toEqual(winner.decisions[0]);
      const audits = (await api.store.audit.findAll()).filter((a) => a.entityId === id && a.action === 'decision');
      expect(audits).toHaveLength(1);
      const casesAfter = await api.store.cases.findAll();
      expect(casesAfter.length - casesBefore).toBe(stored!.status === 'approved' ? 1 : 0);
    }
  }, 60_000);
});
