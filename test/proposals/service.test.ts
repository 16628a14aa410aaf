import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, moveProposal, myProposals, pendingProposals, reviseProposal, submitProposal } from '../../functions/proposals/index.js';
import { MANAGER, MANAGER_2, openFixture, PRIORITY, QUICK_WIN, STAFF, type Fixture } from './support.js';

let f: Fixture;
beforeEach(async () => {
  f = await openFixture();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await f.close();
});

const submit = (input: unknown, formId = 'form-1', person = STAFF) =>
  submitProposal(f.ctx, input, { person, lang: 'da', idempotencyKey: submissionKey(formId, person.id), conversationId: 'a:chat-1' });

describe('submit', () => {
  it('stores a quick win and numbers a priority proposal after the unit\'s last (BIC 07 → BIC 08)', async () => {
    const qw = await submit(QUICK_WIN);
    expect(qw).toMatchObject({ kind: 'created', proposal: { kind: 'quick-win', status: 'submitted', estimatedYearlySaving: 1600, submittedBy: { id: STAFF.id } } });
    // Only a priority proposal is numbered: a quick win neither has a number nor holds one.
    expect(qw.kind === 'created' && 'number' in qw.proposal).toBe(false);
    expect(await f.store.reservations.findAll({ where: { holder: qw.kind === 'created' ? qw.proposal.id : '' } })).toEqual([]);
    const p = await submit(PRIORITY, 'form-2');
    expect(p).toMatchObject({ kind: 'created', proposal: { number: 'BIC 08', conversationId: 'a:chat-1' } });
    const audit = await f.store.audit.findAll({ where: { entityType: 'proposal', action: 'create' } });
    expect(audit.map((a) => a.entityId).sort()).toEqual([qw.kind === 'created' && qw.proposal.id, p.kind === 'created' && p.proposal.id].sort());
  });

  it('stores one proposal for a double click or a retry, even when they arrive together', async () => {
    const before = (await f.store.proposals.findAll()).length;
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => submit(PRIORITY)));
    const after = await f.store.proposals.findAll();
    expect(after.length).toBe(before + 1);
    expect(new Set(outcomes.map((o) => o.kind !== 'invalid' && o.proposal.id)).size).toBe(1);
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1);
    expect((await submit(PRIORITY)).kind).toBe('duplicate');
  });

  it('gives two proposals submitted at once different numbers', async () => {
    const [a, b] = await Promise.all([submit(PRIORITY, 'form-a'), submit(PRIORITY, 'form-b', MANAGER_2)]);
    const numbers = [a, b].map((o) => o.kind === 'created' && o.proposal.number);
    const stored = await f.store.proposals.findAll({ partitionKey: 'herning' });
    const mine = stored.filter((p) => p.title === PRIORITY.title).map((p) => p.number).sort();
    expect(mine).toEqual(['BIC 08', 'BIC 09']);
    expect(numbers).toContain('BIC 08');
  });

  it('refuses a CPR number: nothing stored, nothing logged with the number', async () => {
    const output: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(' ')));
    }
    const before = (await f.store.proposals.findAll()).length;
    const outcome = await submit({ ...QUICK_WIN, description: 'Hjælp borger 010190-1234 hurtigere' });
    expect(outcome).toMatchObject({ kind: 'invalid', cpr: true, errors: [{ field: 'description' }] });
    expect((await f.store.proposals.findAll()).length).toBe(before);
    expect((await f.store.audit.findAll()).some((a) => JSON.stringify(a).includes('010190'))).toBe(false);
    expect(output.join('\n')).not.toContain('010190');
    expect(JSON.stringify(outcome)).not.toContain('010190');
  });

  it('refuses a number already used and an unknown organisation, storing nothing', async () => {
    expect(await submit({ ...PRIORITY, number: 'bic 7' })).toMatchObject({ kind: 'invalid', errors: [{ field: 'number' }] });
    expect(await submit({ ...QUICK_WIN, orgId: 'atlantis' }, 'form-3')).toMatchObject({ kind: 'invalid', errors: [{ field: 'orgId' }] });
  });
});

describe('decisions', () => {
  it('records exactly one of 20 decisions made at once; the others learn who decided and when', async () => {
    const created = await submit(PRIORITY);
    if (created.kind !== 'created') throw new Error('not created');
    const id = created.proposal.id;
    const reviewers = Array.from({ length: 20 }, (_, i) => (i % 2 ? MANAGER : MANAGER_2));
    const outcomes = await Promise.all(
      reviewers.map((person, i) => decideProposal(f.ctx, id, i % 3 ? { decision: 'approve' } : { decision: 'reject', comment: 'Ingen penge' }, { person, lang: 'da' })),
    );
    const decided = outcomes.filter((o) => o.kind === 'decided');
    expect(decided).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'already-decided')).toHaveLength(19);
    const stored = await f.store.proposals.get(id, 'herning');
    expect(stored!.decisions).toHaveLength(1);
    for (const o of outcomes) if (o.kind === 'already-decided') expect(o.decision).toEqual(stored!.decisions[0]);
    expect(await f.store.audit.findAll({ where: { entityId: id, action: 'decision' } })).toHaveLength(1);
  });

  it('refuses a non-reviewer politely and changes nothing', async () => {
    const created = await submit(QUICK_WIN);
    if (created.kind !== 'created') throw new Error('not created');
    const outcome = await decideProposal(f.ctx, created.proposal.id, { decision: 'approve' }, { person: STAFF, lang: 'da' });
    expect(outcome.kind).toBe('not-permitted');
    const stored = await f.store.proposals.get(created.proposal.id, 'herning');
    expect(stored).toMatchObject({ status: 'submitted', decisions: [], _etag: created.proposal._etag });
  });

  it('turns an approved priority proposal into a case with budget figures and its success criterion as a goal', async () => {
    const created = await submit(PRIORITY);
    if (created.kind !== 'created') throw new Error('not created');
    const outcome = await decideProposal(f.ctx, created.proposal.id, { decision: 'approve', comment: 'Godt forslag' }, { person: MANAGER, lang: 'da' });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { status: 'approved', caseId: 'herning.bic-08' } });
    const c = await f.store.cases.get('herning.bic-08', 'herning');
    expect(c).toMatchObject({ kind: 'approved-proposal', status: 'planned', code: 'BIC 08', proposalId: created.proposal.id, period: '2027--2029' });
    const figures = await f.store.figures.findAll({ partitionKey: 'herning.bic-08.driftsudgifter' });
    expect(figures.map((x) => [x.kind, x.period, x.value])).toEqual([
      ['budget', '2027', 375],
      ['budget', '2028', 450],
      ['budget', '2029', -281],
    ]);
    const goal = await f.store.goals.get('herning.bic-08.succeskriterium', 'herning');
    expect(goal).toMatchObject({ target: 12, deadline: '2029', caseId: 'herning.bic-08' });
    const kpi = await f.store.kpis.get(goal!.kpiId, 'herning');
    expect(kpi).toMatchObject({ unit: 'persons', direction: 'higher-is-better' });
    const caseAudit = await f.store.audit.findAll({ where: { entityId: 'herning.bic-08' } });
    expect(caseAudit.map((a) => a.action)).toEqual(['create']);
  });

  it('approving a seeded proposal upgrades its existing case instead of adding another', async () => {
    const outcome = await decideProposal(f.ctx, 'herning.bic-01', { decision: 'approve' }, { person: MANAGER_2, lang: 'en' });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { caseId: 'herning.bic-01' } });
    expect(await f.store.cases.get('herning.bic-01', 'herning')).toMatchObject({ kind: 'approved-proposal', status: 'planned' });
    const budget = await f.store.figures.findAll({ partitionKey: 'herning.bic-01.sparet-forsoergelse' });
    expect(budget.filter((x) => x.kind === 'budget').map((x) => x.value)).toEqual([290, 1161, 1161]);
  });

  it('requires a reason to reject and keeps the proposal open without one', async () => {
    const outcome = await decideProposal(f.ctx, 'herning.bic-02', { decision: 'reject' }, { person: MANAGER, lang: 'da', commentField: 'reason' });
    expect(outcome).toMatchObject({ kind: 'invalid', errors: [{ field: 'reason' }] });
    expect(await f.store.proposals.get('herning.bic-02', 'herning')).toMatchObject({ status: 'submitted' });
  });
});

describe('after a decision', () => {
  it('lets the submitter resubmit after changes were requested, once', async () => {
    const created = await submit(QUICK_WIN);
    if (created.kind !== 'created') throw new Error('not created');
    const id = created.proposal.id;
    await decideProposal(f.ctx, id, { decision: 'request-changes', comment: 'Hvad koster det?' }, { person: MANAGER, lang: 'da' });
    const changed = { ...QUICK_WIN, estimatedYearlySaving: '250' };
    expect((await reviseProposal(f.ctx, id, changed, 'resubmit', { person: MANAGER_2, lang: 'da' })).kind).toBe('not-permitted');
    const again = await reviseProposal(f.ctx, id, changed, 'resubmit', { person: STAFF, lang: 'da' });
    expect(again).toMatchObject({ kind: 'changed', proposal: { status: 'submitted', estimatedYearlySaving: 250, decisions: [{ decision: 'request-changes' }] } });
    expect((await reviseProposal(f.ctx, id, changed, 'resubmit', { person: STAFF, lang: 'da' })).kind).toBe('unchanged');
    expect((await moveProposal(f.ctx, id, 'implement', MANAGER)).kind).toBe('not-now');
  });

  it('lists my proposals and the pending ones, newest first, paged', async () => {
    await submit(QUICK_WIN, 'a');
    await submit({ ...QUICK_WIN, title: 'Nummer to' }, 'b');
    const mine = await myProposals(f.ctx, STAFF.id, 0, 1);
    expect(mine).toMatchObject({ total: 2, pages: 2, page: 0, items: [{ title: 'Nummer to' }] });
    const pending = await pendingProposals(f.ctx, 0, 5);
    expect(pending.total).toBe(32);
    expect(pending.items[0]!.title).toBe('Nummer to');
    expect((await pendingProposals(f.ctx, 99, 5)).page).toBe(6);
  });
});
