/**
 * The proposal lifecycle and who may move it:
 *
 *   submitted → in-review → approved | rejected | changes-requested
 *   changes-requested → submitted (the submitter resubmits)
 *   approved → implemented; approved, rejected, changes-requested, implemented → archived
 *
 * Reviewers decide, mark implemented, edit an approved proposal and archive. The submitter resubmits and
 * may withdraw (archive) their own proposal while it is still open. The system moves a proposal into
 * review when it is posted to the reviewers. A decision may be taken straight from "submitted" too: the
 * review card is the invitation, not a step someone must remember to take.
 */
import type { ProposalStatus } from '../model.js';

export type LifecycleAction =
  | 'start-review'
  | 'approve'
  | 'reject'
  | 'request-changes'
  | 'resubmit'
  | 'implement'
  | 'archive'
  | 'edit';

export type Role = 'reviewer' | 'submitter' | 'system';

interface Rule {
  from: readonly ProposalStatus[];
  to: ProposalStatus | 'same';
  by: readonly Role[];
}

const OPEN: readonly ProposalStatus[] = ['submitted', 'in-review'];

const RULES: Record<LifecycleAction, Rule> = {
  'start-review': { from: ['submitted'], to: 'in-review', by: ['system', 'reviewer'] },
  approve: { from: OPEN, to: 'approved', by: ['reviewer'] },
  reject: { from: OPEN, to: 'rejected', by: ['reviewer'] },
  'request-changes': { from: OPEN, to: 'changes-requested', by: ['reviewer'] },
  resubmit: { from: ['changes-requested'], to: 'submitted', by: ['submitter'] },
  implement: { from: ['approved'], to: 'implemented', by: ['reviewer'] },
  archive: { from: ['approved', 'rejected', 'changes-requested', 'implemented'], to: 'archived', by: ['reviewer'] },
  edit: { from: ['approved'], to: 'same', by: ['reviewer'] },
};
// Withdrawing: the submitter may archive their own proposal while nobody has decided on it yet.
const WITHDRAW: Rule = { from: [...OPEN, 'changes-requested'], to: 'archived', by: ['submitter'] };

export type TransitionResult =
  | { ok: true; status: ProposalStatus }
  | { ok: false; reason: 'not-allowed-now' | 'not-permitted' };

/** The status after `action` by someone holding `roles`, or why it cannot happen. */
export function transition(status: ProposalStatus, action: LifecycleAction, roles: readonly Role[]): TransitionResult {
  const rules = action === 'archive' ? [RULES.archive, WITHDRAW] : [RULES[action]];
  const possibleNow = rules.filter((r) => r.from.includes(status));
  if (possibleNow.length === 0) return { ok: false, reason: 'not-allowed-now' };
  const permitted = possibleNow.find((r) => r.by.some((role) => roles.includes(role)));
  if (!permitted) return { ok: false, reason: 'not-permitted' };
  return { ok: true, status: permitted.to === 'same' ? status : permitted.to };
}

/** Open proposals wait for a reviewer: what "pending proposals" lists. */
export function isPending(status: ProposalStatus): boolean {
  return OPEN.includes(status);
}

/** Has a reviewer decided (so the review card shows the outcome, not buttons)? */
export function isDecided(status: ProposalStatus): boolean {
  return !isPending(status);
}

/** Which actions the holder of `roles` could take now: what buttons a card shows. */
export function availableActions(status: ProposalStatus, roles: readonly Role[]): LifecycleAction[] {
  return (Object.keys(RULES) as LifecycleAction[]).filter((a) => transition(status, a, roles).ok);
}
