/**
 * Two people on one proposal, the second acting between the first one's read and write: a reviewer's
 * approval against the submitter's withdrawal, in both orders. Whoever writes second finds the ETag
 * stale, reads again, and is answered from what the first did; neither overwrites the other.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, moveProposal, submitProposal } from '../../functions/proposals/index.js';
import type { ProposalContext } from '../../functions/proposals/context.js';
import type { Store } from '../../functions/store/store.js';
import { MANAGER, MANAGER_2, openFixture, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

async function submitted(): Promise<string> {
  const outcome = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-1', STAFF.id) });
  if (outcome.kind !== 'created') throw new Error(`submit gave ${outcome.kind}`);
  return outcome.proposal.id;
}

/** The context with `meanwhile` run once, just before the first proposal write of the actor using it. */
function interruptedBy(meanwhile: () => Promise<unknown>): ProposalContext {
  let done = false;
  const proposals = new Proxy(f.store.proposals, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as (...args: unknown[]) => Promise<unknown>;
      if (prop !== 'replace') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        if (!done) {
          done = true;
          await meanwhile();
        }
        return value.apply(target, args);
      };
    },
  });
  const store = new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) }) as Store;
  return { ...f.ctx, store };
}

describe('a decision and a withdrawal interleaved', () => {
  it('the submitter withdraws while the reviewer approves: the approval finds it withdrawn and records nothing', async () => {
    const id = await submitted();
    const reviewer = interruptedBy(() => moveProposal(f.ctx, id, 'archive', STAFF));

    const outcome = await decideProposal(reviewer, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });

    expect(outcome.kind).toBe('already-decided');
    const stored = await f.store.proposals.get(id, QUICK_WIN.orgId);
    expect(stored).toMatchObject({ status: 'archived', decisions: [] });
    const audit = await f.store.audit.findAll({ partitionKey: id });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('the reviewer approves while the submitter withdraws: the withdrawal is refused and the approval stands', async () => {
    const id = await submitted();
    const submitter = interruptedBy(() => decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' }));

    const outcome = await moveProposal(submitter, id, 'archive', STAFF);

    expect(outcome.kind).toBe('not-permitted');
    const stored = await f.store.proposals.get(id, QUICK_WIN.orgId);
    expect(stored?.status).toBe('approved');
    expect(stored?.decisions.map((d) => [d.decision, d.by.id])).toEqual([['approve', MANAGER.id]]);
  });

  it('two reviewers deciding differently in between: the second learns the first one\'s decision', async () => {
    const id = await submitted();
    const second = interruptedBy(() => decideProposal(f.ctx, id, { decision: 'reject', comment: 'Ikke nu' }, { person: MANAGER, lang: 'da' }));

    const outcome = await decideProposal(second, id, { decision: 'approve' }, { person: MANAGER_2, lang: 'da' });

    expect(outcome).toMatchObject({ kind: 'already-decided', decision: { decision: 'reject', by: { id: MANAGER.id } } });
    expect((await f.store.proposals.get(id, QUICK_WIN.orgId))?.status).toBe('rejected');
  });
});
