/**
 * A reviewer's decision, written with the ETag of the version the reviewer's request read. Two reviewers
 * deciding at once both read the same version; the store lets exactly one replace it, and the other, on
 * reading again, finds the proposal decided and is told by whom and when.
 */
import { PreconditionFailedError } from '../domain/errors.js';
import {
  decisionErrors,
  isDecided,
  latestDecision,
  recordedDecision,
  transition,
  type DecisionInput,
} from '../domain/proposals/index.js';
import { recordAudit } from '../store/audit.js';
import { unstored } from '../store/store.js';
import { planCase, writeCase, type CasePlan } from './approved-case.js';
import { ATTEMPTS, readProposal, type ActingAs, type AlreadyDecided, type Invalid, type NotFound, type NotPermitted, type ProposalContext, type StoredProposal } from './context.js';
import { actorOfPerson, rolesOf } from './reviewers.js';

export type DecideOutcome = Invalid | NotFound | NotPermitted | AlreadyDecided | { kind: 'decided'; proposal: StoredProposal; before: StoredProposal };

export async function decideProposal(ctx: ProposalContext, id: string, input: DecisionInput, acting: ActingAs & { commentField?: string }): Promise<DecideOutcome> {
  const errors = decisionErrors(input, acting.lang, acting.commentField);
  if (errors.length) return { kind: 'invalid', errors };
  const actor = actorOfPerson(acting.person);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await readProposal(ctx, id);
    if (!found) return { kind: 'not-found' };
    if (!ctx.reviewers.isReviewer(acting.person, found.orgId)) return { kind: 'not-permitted', proposal: found };
    const move = transition(found.status, input.decision, rolesOf(acting.person, found, ctx.reviewers));
    if (!move.ok) {
      if (move.reason === 'not-permitted') return { kind: 'not-permitted', proposal: found };
      return alreadyDecided(found);
    }
    const at = ctx.now();
    let plan: CasePlan | undefined;
    if (input.decision === 'approve' && found.kind === 'priority') plan = await planCase(ctx.store, unstored(found), at);
    const next = {
      ...unstored(found),
      status: move.status,
      decisions: [...found.decisions, recordedDecision(input, actor, at)],
      ...(plan ? { caseId: plan.case.id } : {}),
    };
    let updated: StoredProposal;
    try {
      updated = await ctx.store.proposals.replace(next, found._etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) continue;
      throw error;
    }
    await recordAudit(ctx.store, { entityType: 'proposal', entityId: id, action: 'decision', actor, at, before: found, after: updated });
    if (plan) await writeCase(ctx.store, plan, actor, at);
    return { kind: 'decided', proposal: updated, before: found };
  }
  const last = await readProposal(ctx, id);
  if (last && isDecided(last.status)) return alreadyDecided(last);
  throw new PreconditionFailedError(`Proposal ${id} kept changing while a decision was being recorded; try again.`);
}

function alreadyDecided(p: StoredProposal): AlreadyDecided {
  const decision = latestDecision(p.decisions);
  return { kind: 'already-decided', proposal: p, ...(decision ? { decision } : {}) };
}
