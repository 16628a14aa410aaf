/**
 * A reviewer's decision, written with the ETag of the version the reviewer's request read. Two reviewers
 * deciding at once both read the same version; the store lets exactly one replace it, and the other, on
 * reading again, finds the proposal decided and is told by whom and when. A caller that names the
 * version it decided on (If-Match) gets exactly that: its ETag is the replace's condition, the one check,
 * and a proposal changed since is a 412, never a decision on a version the caller did not see.
 * The audit entry and, for an approval, the case are owed by the same replace (pending.ts).
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
import { planCase } from './approved-case.js';
import { ATTEMPTS, readProposal, type ActingAs, type AlreadyDecided, type Invalid, type NotFound, type NotPermitted, type ProposalContext, type StoredProposal } from './context.js';
import { contentOf, finishPending, owing, settledProposal } from './pending.js';
import { actorOfPerson, rolesOf } from './reviewers.js';

export type DecideOutcome = Invalid | NotFound | NotPermitted | AlreadyDecided | { kind: 'decided'; proposal: StoredProposal; before: StoredProposal };

export interface DecideOptions extends ActingAs {
  commentField?: string;
  /** The If-Match header: the ETag(s) of the version the caller decided on, or "*". */
  ifMatch?: string;
}

export async function decideProposal(ctx: ProposalContext, id: string, input: DecisionInput, acting: DecideOptions): Promise<DecideOutcome> {
  const errors = decisionErrors(input, acting.lang, acting.commentField);
  if (errors.length) return { kind: 'invalid', errors };
  const actor = actorOfPerson(acting.person);
  const wanted = acting.ifMatch?.split(',').map((t) => t.trim()).filter((t) => t && t !== '*');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await settledProposal(ctx, id);
    if (!found) return { kind: 'not-found' };
    if (!ctx.reviewers.isReviewer(acting.person, found.orgId)) return { kind: 'not-permitted', proposal: found };
    const move = transition(found.status, input.decision, rolesOf(acting.person, found, ctx.reviewers));
    if (!move.ok) {
      if (move.reason === 'not-permitted') return { kind: 'not-permitted', proposal: found };
      return alreadyDecided(found);
    }
    const at = ctx.now();
    const plan = input.decision === 'approve' && found.kind === 'priority' ? await planCase(ctx.store, contentOf(found), at) : undefined;
    const next = owing(
      {
        ...contentOf(found),
        status: move.status,
        decisions: [...found.decisions, recordedDecision(input, actor, at)],
        ...(plan ? { caseId: plan.case.id } : {}),
      },
      { action: 'decision', actor, at, before: found, writeCase: !!plan },
    );
    // With If-Match the caller's ETag is the replace's condition: the version read here when it is that
    // one (HTTP may quote it), else the caller's own, which the store then refuses as stale.
    const condition = !wanted?.length || wanted.some((t) => t === found._etag || t === `"${found._etag}"`) ? found._etag : wanted[0]!;
    let written: StoredProposal;
    try {
      written = await ctx.store.proposals.replace(next, condition);
    } catch (error) {
      if (error instanceof PreconditionFailedError && !wanted?.length) continue;
      throw error;
    }
    return { kind: 'decided', proposal: await finishPending(ctx, written), before: found };
  }
  const last = await readProposal(ctx, id);
  if (last && isDecided(last.status)) return alreadyDecided(last);
  throw new PreconditionFailedError(`Proposal ${id} kept changing while a decision was being recorded; try again.`, { code: 'proposal.kept-changing', params: { id } });
}

function alreadyDecided(p: StoredProposal): AlreadyDecided {
  const decision = latestDecision(p.decisions);
  return { kind: 'already-decided', proposal: p, ...(decision ? { decision } : {}) };
}
