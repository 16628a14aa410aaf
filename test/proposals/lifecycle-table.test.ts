/**
 * The lifecycle's whole case table: every status × action × role, checked in the domain transition
 * itself. A card that hides a button is not a permission check; the transition must refuse the wrong
 * role for every move, or an API call or a crafted card submit gets through.
 */
import { describe, expect, it } from 'vitest';
import { ProposalStatusSchema, type ProposalStatus } from '../../functions/domain/model.js';
import { availableActions, isDecided, isPending, transition, type LifecycleAction, type Role } from '../../functions/domain/proposals/index.js';

const ACTIONS: LifecycleAction[] = ['start-review', 'approve', 'reject', 'request-changes', 'resubmit', 'implement', 'archive', 'edit'];
const ROLES: Role[] = ['reviewer', 'submitter', 'system'];

/** What the lifecycle allows, written out from its documentation: status → action → [next status, who]. */
const ALLOWED: Record<ProposalStatus, Partial<Record<LifecycleAction, [ProposalStatus, Role[]]>>> = {
  submitted: {
    'start-review': ['in-review', ['reviewer', 'system']],
    approve: ['approved', ['reviewer']],
    reject: ['rejected', ['reviewer']],
    'request-changes': ['changes-requested', ['reviewer']],
    archive: ['archived', ['submitter']],
  },
  'in-review': {
    approve: ['approved', ['reviewer']],
    reject: ['rejected', ['reviewer']],
    'request-changes': ['changes-requested', ['reviewer']],
    archive: ['archived', ['submitter']],
  },
  approved: {
    implement: ['implemented', ['reviewer']],
    archive: ['archived', ['reviewer']],
    edit: ['approved', ['reviewer']],
  },
  rejected: { archive: ['archived', ['reviewer']] },
  'changes-requested': {
    resubmit: ['submitted', ['submitter']],
    archive: ['archived', ['reviewer', 'submitter']],
  },
  implemented: { archive: ['archived', ['reviewer']] },
  archived: {},
};

describe('proposal lifecycle: every status, action and role', () => {
  it('the table covers every status there is', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...ProposalStatusSchema.options].sort());
  });

  for (const status of ProposalStatusSchema.options) {
    for (const action of ACTIONS) {
      const allowed = ALLOWED[status][action];
      it(`${action} from ${status}`, () => {
        for (const role of ROLES) {
          const expected = !allowed
            ? { ok: false, reason: 'not-allowed-now' }
            : allowed[1].includes(role)
              ? { ok: true, status: allowed[0] }
              : { ok: false, reason: 'not-permitted' };
          expect(transition(status, action, [role]), `${action} from ${status} by ${role}`).toEqual(expected);
        }
        // Holding no role at all permits nothing; holding every role permits whatever anyone may do.
        expect(transition(status, action, [])).toEqual(allowed ? { ok: false, reason: 'not-permitted' } : { ok: false, reason: 'not-allowed-now' });
        expect(transition(status, action, ROLES)).toEqual(allowed ? { ok: true, status: allowed[0] } : { ok: false, reason: 'not-allowed-now' });
      });
    }

    it(`the buttons on a ${status} proposal are exactly the moves each role may make`, () => {
      for (const role of ROLES) {
        const mine = ACTIONS.filter((a) => ALLOWED[status][a]?.[1].includes(role));
        expect(availableActions(status, [role]), role).toEqual(mine);
      }
    });
  }

  it('only submitted and in-review proposals wait for a reviewer', () => {
    const pending = ProposalStatusSchema.options.filter(isPending);
    expect(pending).toEqual(['submitted', 'in-review']);
    expect(ProposalStatusSchema.options.filter(isDecided)).toEqual(ProposalStatusSchema.options.filter((s) => !pending.includes(s)));
  });
});
