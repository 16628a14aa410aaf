/**
 * A validated draft as a stored proposal, an edit laid over a stored proposal, the draft a proposal is
 * edited as, and the form inputs a draft is shown and submitted as. The proposal services reach these
 * through the store; here the domain's own rules are pinned without one.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Proposal } from '../../functions/domain/model.js';
import {
  draftFromForm, draftOf, ECONOMY_YEARS, formFromDraft, proposalFromDraft, validateDraft, withDraft, type ProposalDraft,
} from '../../functions/domain/proposals/index.js';

function parsed(input: Record<string, unknown>): ProposalDraft {
  const result = validateDraft(input, 'en');
  if (!result.ok) throw new Error(`fixture does not validate: ${JSON.stringify(result.errors)}`);
  return result.draft;
}

const quickWin = parsed({ kind: 'quick-win', orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Fælles booking', description: 'Ét bookingsystem.', estimatedYearlySaving: '1.600' });
const priority = parsed({
  kind: 'priority', orgId: 'herning', responsibleUnit: 'BIC', number: 'bic 7', title: 'Flere praktikker', effortTypes: 'tidlig,afhjaelpende',
  approach: 'investering', plannedAction: 'To jobkonsulenter.', economy: [{ year: '2027', operatingCostChange: '375', benefitSaving: '1.161', staffChange: '0,61' }],
});
const by: Actor = { id: 'u1', name: 'Sofie', kind: 'user' };
const at = '2026-11-30T10:00:00.000Z';

describe('proposalFromDraft', () => {
  it('stores a quick win as submitted, with empty economy and effort types and no undefined keys', () => {
    const p = proposalFromDraft(quickWin, { id: 'p1', by, at, number: 'JC 01' });
    expect(p).toEqual({
      kind: 'quick-win', orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Fælles booking', description: 'Ét bookingsystem.',
      estimatedYearlySaving: 1600, effortTypes: [], economy: [], id: 'p1', status: 'submitted', submittedBy: by, submittedAt: at, decisions: [],
    });
    expect(Object.values(p)).not.toContain(undefined);
  });

  it('gives a priority proposal the number it was assigned, not the one typed in the draft, and none when none was assigned', () => {
    expect(proposalFromDraft(priority, { id: 'p2', by, at, number: 'BIC 09' })).toMatchObject({ number: 'BIC 09', title: 'Flere praktikker', approach: 'investering' });
    expect(proposalFromDraft(priority, { id: 'p2', by, at })).not.toHaveProperty('number');
  });
});

describe('withDraft', () => {
  const stored: Proposal = {
    ...proposalFromDraft(priority, { id: 'p2', by, at, number: 'BIC 07' }),
    status: 'changes-requested', caseId: 'herning.praktik', source: { document: 'forslag.pdf', locator: 's. 2' },
    decisions: [{ decision: 'request-changes', by: { id: 'r1', kind: 'user' }, at, comment: 'Mere om økonomien' }],
  } as Proposal;

  it('lays the draft over the proposal, keeping who, when, status, decisions, case, source and organisation', () => {
    const edited = withDraft(stored, { ...priority, orgId: 'viborg', title: 'Endnu flere praktikker', number: undefined } as ProposalDraft);
    expect(edited).toMatchObject({
      id: 'p2', orgId: 'herning', kind: 'priority', number: 'BIC 07', title: 'Endnu flere praktikker', status: 'changes-requested',
      submittedBy: by, submittedAt: at, decisions: stored.decisions, caseId: 'herning.praktik', source: stored.source,
    });
    expect(withDraft(stored, { ...priority, number: 'BIC 12' } as ProposalDraft).number).toBe('BIC 12');
  });

  it('adds no case, source or number a proposal did not have', () => {
    const plain = proposalFromDraft(quickWin, { id: 'p1', by, at });
    const edited = withDraft(plain, { ...quickWin, title: 'Ny titel' });
    expect(edited).toEqual({ ...plain, title: 'Ny titel' });
    for (const key of ['caseId', 'source', 'number']) expect(edited).not.toHaveProperty(key);
  });
});

describe('draftOf', () => {
  it('gives back the draft a proposal was made from, for both kinds', () => {
    expect(draftOf(proposalFromDraft(quickWin, { id: 'p1', by, at }))).toEqual(quickWin);
    expect(draftOf(proposalFromDraft(priority, { id: 'p2', by, at, number: priority.kind === 'priority' ? priority.number! : '' }))).toEqual(priority);
  });

  it('fills a missing description or planned action with blank text, as the form needs a string', () => {
    const { description: _d, ...noDescription } = proposalFromDraft(quickWin, { id: 'p1', by, at });
    expect(draftOf(noDescription as Proposal)).toMatchObject({ kind: 'quick-win', description: '' });
    const { plannedAction: _p, ...noAction } = proposalFromDraft(priority, { id: 'p2', by, at });
    expect(draftOf(noAction as Proposal)).toMatchObject({ kind: 'priority', plannedAction: '' });
  });
});

describe('the form inputs of a draft', () => {
  it('shows a draft as Danish strings and reads them back to the same draft', () => {
    const form = formFromDraft(priority);
    expect(form).toEqual({
      orgId: 'herning', responsibleUnit: 'BIC', number: 'BIC 07', title: 'Flere praktikker', effortTypes: 'tidlig,afhjaelpende',
      approach: 'investering', plannedAction: 'To jobkonsulenter.', 'economy.0.year': '2027', 'economy.0.operatingCostChange': '375', 'economy.0.benefitSaving': '1.161',
      'economy.0.staffChange': '0,61',
    });
    expect(parsed(draftFromForm('priority', form))).toEqual(priority);
    expect(formFromDraft({ ...quickWin, expectedEffect: undefined } as ProposalDraft)).toStrictEqual({ orgId: 'herning', responsibleUnit: 'Jobcentret', title: 'Fælles booking', description: 'Ét bookingsystem.', estimatedYearlySaving: '1.600' });
  });

  it('shows at most the rows the form has, of a proposal with more years (as one imported from a document may be)', () => {
    if (priority.kind !== 'priority') throw new Error('fixture');
    const years = Array.from({ length: ECONOMY_YEARS + 1 }, (_, i) => ({ year: 2027 + i, operatingCostChange: 0, benefitSaving: 0, staffChange: 0 }));
    const form = formFromDraft({ ...priority, economy: years });
    expect(form[`economy.${ECONOMY_YEARS - 1}.year`]).toBe(String(2026 + ECONOMY_YEARS));
    expect(form).not.toHaveProperty(`economy.${ECONOMY_YEARS}.year`);
  });

  it('reads every economy row the form has, and a quick win without any', () => {
    const form: Record<string, string> = { orgId: 'herning', responsibleUnit: 'BIC', title: 'T', plannedAction: 'P' };
    for (let i = 0; i < ECONOMY_YEARS; i++) form[`economy.${i}.year`] = String(2027 + i);
    form[`economy.${ECONOMY_YEARS}.year`] = '2099';
    const draft = draftFromForm('priority', form);
    expect((draft.economy as unknown[]).length).toBe(ECONOMY_YEARS);
    expect(draftFromForm('quick-win', { ...form, description: 'D' })).toStrictEqual({ kind: 'quick-win', orgId: 'herning', responsibleUnit: 'BIC', title: 'T', description: 'D' });
  });
});
