/**
 * A lifecycle move (archive, start-review, …) written while the proposal keeps changing: a stale write
 * is retried from a fresh read, and after five stale writes in a row the caller gets a 412 naming the
 * proposal instead of a move made on a version nobody read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../../functions/domain/errors.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { moveProposal, submitProposal } from '../../functions/proposals/index.js';
import { contended, openFixture, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

async function submitted(): Promise<string> {
  const outcome = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-move', STAFF.id) });
  if (outcome.kind !== 'created') throw new Error(`submit gave ${outcome.kind}`);
  return outcome.proposal.id;
}

describe('a move on a proposal that keeps changing', () => {
  it('is retried from a fresh read after a stale write, and made once', async () => {
    const id = await submitted();
    const { ctx } = contended(f, async (attempt) => attempt === 1);
    const outcome = await moveProposal(ctx, id, 'archive', STAFF);
    expect(outcome.kind).toBe('changed');
    expect((await f.store.proposals.get(id, QUICK_WIN.orgId))?.status).toBe('archived');
    const audit = await f.store.audit.findAll({ partitionKey: id });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('gives up after five stale writes with a 412 naming the proposal, and moves nothing', async () => {
    const id = await submitted();
    const { ctx, replaces } = contended(f, async () => true);
    const moving = moveProposal(ctx, id, 'archive', STAFF);
    await expect(moving).rejects.toThrow(`Proposal ${id} kept changing; try again.`);
    await expect(moving).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(replaces()).toBe(5);
    expect((await f.store.proposals.get(id, QUICK_WIN.orgId))?.status).toBe('submitted');
  });
});
