/** Revising a proposal: the retried-resubmit answer and a number the proposal already holds. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, moveProposal, reviseProposal, submitProposal } from '../../functions/proposals/index.js';
import { unstored } from '../../functions/store/store.js';
import { contended, MANAGER, openFixture, PRIORITY, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => {
  f = await openFixture();
});
afterEach(async () => {
  await f.close();
});

async function submitted(input: unknown): Promise<string> {
  const created = await submitProposal(f.ctx, input, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-1', STAFF.id), conversationId: 'a:chat-1' });
  if (created.kind !== 'created') throw new Error(`not created: ${created.kind}`);
  return created.proposal.id;
}

describe('an identical resubmit', () => {
  // Only "submitted" is the state a retried resubmit leaves behind; in any other the resubmit is refused.
  it('of a proposal in review is not now, not "unchanged"', async () => {
    const id = await submitted(QUICK_WIN);
    expect((await moveProposal(f.ctx, id, 'start-review', MANAGER)).kind).toBe('changed');
    const outcome = await reviseProposal(f.ctx, id, QUICK_WIN, 'resubmit', { person: STAFF, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'not-now', proposal: { status: 'in-review' } });
  });

  it('of an approved proposal is not now, not "unchanged"', async () => {
    const id = await submitted(QUICK_WIN);
    expect((await decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' })).kind).toBe('decided');
    const outcome = await reviseProposal(f.ctx, id, QUICK_WIN, 'resubmit', { person: STAFF, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'not-now', proposal: { status: 'approved' } });
  });

  it('right after a resubmit that went through is "unchanged"', async () => {
    const id = await submitted(QUICK_WIN);
    await decideProposal(f.ctx, id, { decision: 'request-changes', comment: 'Hvad koster det?' }, { person: MANAGER, lang: 'da' });
    expect((await reviseProposal(f.ctx, id, QUICK_WIN, 'resubmit', { person: STAFF, lang: 'da' })).kind).toBe('changed');
    expect(await reviseProposal(f.ctx, id, QUICK_WIN, 'resubmit', { person: STAFF, lang: 'da' })).toMatchObject({ kind: 'unchanged', proposal: { status: 'submitted' } });
  });
});

describe('an edit keeping the number', () => {
  // Numbers given before reservations existed may be shared by an older proposal: keeping one's own
  // number is never a clash, whoever else holds it.
  it('is not refused when an older proposal holds the same number', async () => {
    const id = await submitted(PRIORITY);
    const approved = await decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    if (approved.kind !== 'decided') throw new Error(`not decided: ${approved.kind}`);
    const number = approved.proposal.number!;
    await f.store.proposals.create({ ...unstored(approved.proposal), id: 'herning.legacy-copy', status: 'archived', decisions: [], caseId: undefined });
    const outcome = await reviseProposal(f.ctx, id, { ...PRIORITY, number: number.toLowerCase(), title: 'Flere praktikker' }, 'edit', { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'changed', proposal: { number, title: 'Flere praktikker', status: 'approved' } });
  });

  it('to a number a proposal of another organisation holds is no clash: numbers are per organisation', async () => {
    const id = await submitted(PRIORITY);
    const approved = await decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    if (approved.kind !== 'decided') throw new Error(`not decided: ${approved.kind}`);
    await f.store.proposals.create({ ...unstored(approved.proposal), id: 'viborg.qq-01', orgId: 'viborg', number: 'QQ 01', status: 'archived', decisions: [], caseId: undefined });
    const outcome = await reviseProposal(f.ctx, id, { ...PRIORITY, number: 'QQ 01' }, 'edit', { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'changed', proposal: { number: 'QQ 01' } });
  });

  it('to a number another proposal holds is refused, naming the number', async () => {
    const id = await submitted(PRIORITY);
    await decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    const outcome = await reviseProposal(f.ctx, id, { ...PRIORITY, number: 'BIC 02' }, 'edit', { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'invalid', errors: [{ field: 'number', message: expect.stringContaining('BIC 02') }] });
  });
});

describe('what a revision keeps beside the content', () => {
  it('a resubmit keeps the chat it came from and where its review cards were posted', async () => {
    const id = await submitted(QUICK_WIN);
    const posts = [{ conversationId: '19:reviewers@thread.tacv2', activityId: 'activity-1' }];
    const stored = (await f.store.proposals.get(id, 'herning'))!;
    await f.store.proposals.replace({ ...unstored(stored), reviewPosts: posts }, stored._etag);
    await decideProposal(f.ctx, id, { decision: 'request-changes', comment: 'Hvad koster det?' }, { person: MANAGER, lang: 'da' });
    const outcome = await reviseProposal(f.ctx, id, { ...QUICK_WIN, estimatedYearlySaving: '250' }, 'resubmit', { person: STAFF, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'changed', proposal: { estimatedYearlySaving: 250, conversationId: 'a:chat-1', reviewPosts: posts } });
    expect(await f.store.proposals.get(id, 'herning')).toMatchObject({ conversationId: 'a:chat-1', reviewPosts: posts });
  });

  it('an edit of a proposal from a document keeps the date the document gives it', async () => {
    const seeded = (await f.store.proposals.get('herning.bic-02', 'herning'))!;
    expect(seeded.sourceDate).toBe('2016');
    expect((await decideProposal(f.ctx, seeded.id, { decision: 'approve' }, { person: MANAGER, lang: 'da' })).kind).toBe('decided');
    const outcome = await reviseProposal(f.ctx, seeded.id, { ...PRIORITY, number: seeded.number, title: 'Nyt navn' }, 'edit', { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'changed', proposal: { title: 'Nyt navn', sourceDate: '2016', source: seeded.source } });
  });
});

describe('the case of a revised proposal', () => {
  it('an edit of an approved priority proposal carries its case along', async () => {
    const id = await submitted(PRIORITY);
    const approved = await decideProposal(f.ctx, id, { decision: 'approve' }, { person: MANAGER, lang: 'da' });
    if (approved.kind !== 'decided') throw new Error(`not decided: ${approved.kind}`);
    const economy = [{ year: '2027', operatingCostChange: '500', benefitSaving: '1.161', staffChange: '0,61' }, ...PRIORITY.economy.slice(1)];
    const edited = await reviseProposal(f.ctx, id, { ...PRIORITY, number: approved.proposal.number, economy }, 'edit', { person: MANAGER, lang: 'da' });
    expect(edited).toMatchObject({ kind: 'changed', proposal: { caseId: 'herning.bic-08' } });
    const figures = await f.store.figures.findAll({ partitionKey: 'herning.bic-08.driftsudgifter' });
    expect(figures.map((x) => [x.kind, x.period, x.value])).toEqual([
      ['budget', '2027', 500],
      ['budget', '2028', 450],
      ['budget', '2029', -281],
    ]);
  });

  it('moving a priority proposal into review makes no case', async () => {
    const id = await submitted(PRIORITY);
    expect(await moveProposal(f.ctx, id, 'start-review', MANAGER)).toMatchObject({ kind: 'changed', proposal: { status: 'in-review' } });
    expect(await f.store.cases.get('herning.bic-08', 'herning')).toBeUndefined();
  });

  it('a resubmit of a priority proposal makes no case', async () => {
    const id = await submitted(PRIORITY);
    await decideProposal(f.ctx, id, { decision: 'request-changes', comment: 'Mere om økonomien' }, { person: MANAGER, lang: 'da' });
    const outcome = await reviseProposal(f.ctx, id, { ...PRIORITY, background: 'Nu med økonomi.' }, 'resubmit', { person: STAFF, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'changed', proposal: { number: 'BIC 08', status: 'submitted' } });
    expect(outcome.kind === 'changed' && outcome.proposal.caseId).toBeFalsy();
    expect(await f.store.cases.get('herning.bic-08', 'herning')).toBeUndefined();
  });
});

describe('a failed write', () => {
  it('that is no stale ETag is passed on at once, not retried', async () => {
    const id = await submitted(QUICK_WIN);
    let replaces = 0;
    const proposals = new Proxy(f.store.proposals, {
      get: (target, prop) =>
        prop === 'replace'
          ? () => {
              replaces++;
              return Promise.reject(new Error('disk full'));
            }
          : (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target),
    });
    const store = new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) });
    await expect(moveProposal({ ...f.ctx, store }, id, 'start-review', MANAGER)).rejects.toThrow('disk full');
    expect(replaces).toBe(1);
  });

  it('that stays stale five times is a 412 carrying its code and the proposal id, for the wording in either language', async () => {
    const id = await submitted(QUICK_WIN);
    const { ctx } = contended(f, async () => true);
    await expect(moveProposal(ctx, id, 'start-review', MANAGER)).rejects.toMatchObject({ status: 412, reason: { code: 'proposal.kept-changing', params: { id } } });
  });
});
