/** decideProposal: which approvals make a case. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../../functions/domain/errors.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, submitProposal } from '../../functions/proposals/index.js';
import { MANAGER, openFixture, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

describe('an approval', () => {
  it('of a quick win makes no case: only priority proposals become cases', async () => {
    const created = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-qw', STAFF.id) });
    if (created.kind !== 'created') throw new Error(`submit gave ${created.kind}`);
    const cases = (await f.store.cases.findAll({ partitionKey: 'herning' })).length;
    const outcome = await decideProposal(f.ctx, created.proposal.id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { status: 'approved' } });
    expect(outcome.kind === 'decided' && 'caseId' in outcome.proposal).toBe(false);
    expect(await f.store.cases.findAll({ partitionKey: 'herning' })).toHaveLength(cases);
  });
});

describe('an If-Match list', () => {
  it('decides when the current ETag, bare, comes after a stale one', async () => {
    const created = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-im', STAFF.id) });
    if (created.kind !== 'created') throw new Error(`submit gave ${created.kind}`);
    const { _etag } = (await f.store.proposals.get(created.proposal.id, 'herning'))!;
    const outcome = await decideProposal(f.ctx, created.proposal.id, { decision: 'approve' }, { person: MANAGER, lang: 'da', ifMatch: `"stale", ${_etag}` });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { status: 'approved' } });
  });
});

describe('a decision whose pending work cannot be cleared', () => {
  it('passes on a failure that is no stale ETag and leaves the work pending for the next write', async () => {
    const created = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-pw', STAFF.id) });
    if (created.kind !== 'created') throw new Error(`submit gave ${created.kind}`);
    let replaces = 0;
    // The decision's replace goes through; the one clearing its pending work fails once.
    const proposals = new Proxy(f.store.proposals, {
      get: (target, prop) => {
        const value = (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target);
        return prop === 'replace' ? (...args: unknown[]) => (++replaces === 2 ? Promise.reject(new Error('disk full')) : value(...args)) : value;
      },
    });
    const store = new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) });
    await expect(decideProposal({ ...f.ctx, store }, created.proposal.id, { decision: 'approve' }, { person: MANAGER, lang: 'da' })).rejects.toThrow('disk full');
    expect(replaces).toBe(2);
    expect(await f.store.proposals.get(created.proposal.id, 'herning')).toMatchObject({ status: 'approved', pending: { action: 'decision' } });
  });

  it('after a stale ETag finds its own work still pending and finishes it again', async () => {
    const created = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-se', STAFF.id) });
    if (created.kind !== 'created') throw new Error(`submit gave ${created.kind}`);
    let replaces = 0;
    const proposals = new Proxy(f.store.proposals, {
      get: (target, prop) => {
        const value = (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target);
        return prop === 'replace' ? (...args: unknown[]) => (++replaces === 2 ? Promise.reject(new PreconditionFailedError('stale')) : value(...args)) : value;
      },
    });
    const store = new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) });
    const outcome = await decideProposal({ ...f.ctx, store }, created.proposal.id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { status: 'approved' } });
    expect(outcome.kind === 'decided' && 'pending' in outcome.proposal).toBe(false);
    expect(await f.store.proposals.get(created.proposal.id, 'herning')).not.toHaveProperty('pending');
  });
});
