/**
 * Who may decide on a proposal and who is what to it, and the refresh list in a local trial: the
 * system always decides, a Teams user by the reviewer list (Teams id or Entra object id) and their
 * organisation, an API caller by the policy, an API actor without a caller never; MRIs only for ids
 * that are whole Teams or Entra ids.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { actorOfPerson, reviewerPolicy, rolesOf, teamsUserMri, type Person } from '../../functions/proposals/reviewers.js';

const OID = '7faf8ab2-3d56-4244-b585-20c8a42ed2b8';
const configured = () => loadConfig({ MAALBOT_MODE: 'local', HOME_ORG: 'herning', REVIEWER_IDS: `${OID},29:manager-2` });

describe('reviewers', () => {
  it('lets the system, listed Teams users of the organisation, and nobody else decide', () => {
    const policy = reviewerPolicy(configured());
    expect(policy.everyone).toBe(false);
    const cases: Array<[Person, string, boolean]> = [
      [{ id: 'sweep', kind: 'system' }, 'vejle', true],
      [{ id: '29:someone', aadObjectId: OID, kind: 'user' }, 'herning', true],
      [{ id: '29:manager-2', kind: 'user' }, 'herning', true],
      [{ id: '29:manager-2', kind: 'user' }, 'vejle', false],
      [{ id: '29:staff', kind: 'user' }, 'herning', false],
      [{ id: OID, kind: 'api' }, 'herning', false],
    ];
    for (const [person, org, may] of cases) expect(policy.isReviewer(person, org), `${person.id} in ${org}`).toBe(may);
  });

  it('gives a person their roles on a proposal: system, reviewer, submitter', () => {
    const policy = reviewerPolicy(configured());
    const proposal = { orgId: 'herning', submittedBy: { id: '29:manager-2', kind: 'user' as const } };
    expect(rolesOf({ id: '29:manager-2', kind: 'user' }, proposal, policy)).toEqual(['reviewer', 'submitter']);
    expect(rolesOf({ id: '29:staff', kind: 'user' }, proposal, policy)).toEqual([]);
    expect(rolesOf({ id: 'sweep', kind: 'system' }, proposal, policy)).toEqual(['system', 'reviewer']);
    expect(rolesOf({ id: '29:staff', kind: 'user' }, { ...proposal, submittedBy: { id: '29:staff', kind: 'user' } }, policy)).toEqual(['submitter']);
  });

  it('names an actor by id, name when known, and kind', () => {
    expect(actorOfPerson({ id: '29:a', name: 'Lone', aadObjectId: OID, kind: 'user' })).toEqual({ id: '29:a', name: 'Lone', kind: 'user' });
    expect(actorOfPerson({ id: '29:a', kind: 'user' })).toEqual({ id: '29:a', kind: 'user' });
  });

  it('in a local trial everyone reviews, and the refresh list keeps made-up ids and adds a submitting user', () => {
    const policy = reviewerPolicy(loadConfig({ MAALBOT_MODE: 'local' }));
    expect(policy.everyone).toBe(true);
    expect(policy.isReviewer({ id: 'local-user', kind: 'user' }, 'vejle')).toBe(true);
    expect(policy.refreshUserIds({ id: 'local-user', kind: 'user' })).toEqual(['local-user']);
    expect(policy.refreshUserIds({ id: 'sweep', kind: 'system' })).toEqual([]);
    expect(policy.refreshUserIds()).toEqual([]);
  });

  it('outside a trial the submitter is not added and ids Teams cannot match are dropped', () => {
    const policy = reviewerPolicy(loadConfig({ MAALBOT_MODE: 'local', REVIEWER_IDS: 'lone@herning.dk,29:manager-2' }));
    expect(policy.refreshUserIds({ id: '29:staff', kind: 'user' })).toEqual(['29:manager-2']);
  });

  it('takes only whole Teams user ids and Entra object ids as MRIs', () => {
    for (const id of [`x29:abc`, `a8:orgid:${OID}`, `${OID}0`, `0${OID}`, '']) expect(teamsUserMri(id), id).toBeUndefined();
    expect(teamsUserMri('8:orgid:abc')).toBe('8:orgid:abc');
  });
});
