/**
 * decideProposal's If-Match and its retries, directly: the ETag as HTTP quotes it, "*" and blanks in the
 * list, a stale ETag refused at once (never retried onto a newer version), and a proposal that keeps
 * changing under the reviewer — told who decided it when that is what happened, else a 412.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../../functions/domain/errors.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, submitProposal } from '../../functions/proposals/index.js';
import { contended, MANAGER, MANAGER_2, openFixture, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

async function submitted(): Promise<{ id: string; etag: string }> {
  const created = await submitProposal(f.ctx, QUICK_WIN, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-if-match', STAFF.id) });
  if (created.kind !== 'created') throw new Error(`submit gave ${created.kind}`);
  const stored = await f.store.proposals.get(created.proposal.id, QUICK_WIN.orgId);
  return { id: created.proposal.id, etag: stored!._etag };
}

const approve = { decision: 'approve' } as const;

describe('deciding with If-Match', () => {
  it.each([
    ['the bare ETag', (etag: string) => etag],
    ['the ETag quoted, as HTTP sends it', (etag: string) => `"${etag}"`],
    ['"*"', () => '*'],
    ['nothing but blanks and commas', () => ' , '],
    ['a list with blanks and a stale ETag before the current one', (etag: string) => ` , "stale", "${etag}"`],
  ])('decides on the current version named by %s', async (_what, header) => {
    const { id, etag } = await submitted();
    const outcome = await decideProposal(f.ctx, id, approve, { person: MANAGER, lang: 'da', ifMatch: header(etag) });
    expect(outcome.kind).toBe('decided');
    expect((await f.store.proposals.get(id, QUICK_WIN.orgId))?.status).toBe('approved');
  });

  it('refuses a stale ETag with one write attempt and decides nothing', async () => {
    const { id } = await submitted();
    const { ctx, replaces } = contended(f, async () => false);
    await expect(decideProposal(ctx, id, approve, { person: MANAGER, lang: 'da', ifMatch: '"stale"' })).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(replaces()).toBe(1);
    expect((await f.store.proposals.get(id, QUICK_WIN.orgId))?.status).not.toBe('approved');
  });
});

describe('a proposal that keeps changing under the reviewer', () => {
  it('without If-Match, retries and gives up with a 412 saying so when nobody decided it', async () => {
    const { id } = await submitted();
    const { ctx, replaces } = contended(f, async () => true);
    const deciding = decideProposal(ctx, id, approve, { person: MANAGER, lang: 'da' });
    await expect(deciding).rejects.toThrow(`Proposal ${id} kept changing while a decision was being recorded; try again.`);
    await expect(deciding).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(replaces()).toBe(5);
  });

  it('is told who decided it when another reviewer did so during the last attempt', async () => {
    const { id } = await submitted();
    const { ctx } = contended(f, async (attempt) => {
      if (attempt === 5) await decideProposal(f.ctx, id, { decision: 'reject', comment: 'Ikke nu' }, { person: MANAGER_2, lang: 'da' });
      return true;
    });
    const outcome = await decideProposal(ctx, id, approve, { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'already-decided', decision: { decision: 'reject', by: { id: MANAGER_2.id } } });
  });
});
