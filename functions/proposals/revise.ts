/**
 * Changing a proposal after it was submitted: the submitter resubmits after "changes requested", a
 * reviewer edits an approved proposal (its case follows), and the other moves of the lifecycle
 * (into review, implemented, archived). Each is one ETag-guarded write and one audit entry.
 */
import { isDeepStrictEqual } from 'node:util';
import { PreconditionFailedError } from '../domain/errors.js';
import type { Proposal } from '../domain/model.js';
import { compactNumber, MESSAGES, transition, validateDraft, withDraft, type LifecycleAction, type ProposalDraft } from '../domain/proposals/index.js';
import { reserveNumber } from './numbering.js';
import { contentOf, finishPending, owing, settledProposal } from './pending.js';
import { ATTEMPTS, readProposal, type ActingAs, type Invalid, type NotFound, type NotPermitted, type ProposalContext, type StoredProposal } from './context.js';
import { actorOfPerson, rolesOf, type Person } from './reviewers.js';

export type ReviseOutcome =
  | Invalid
  | NotFound
  | NotPermitted
  | { kind: 'not-now'; proposal: StoredProposal }
  | { kind: 'changed' | 'unchanged'; proposal: StoredProposal };

/** Resubmit (the submitter, after changes were requested) or edit (a reviewer, an approved proposal). */
export async function reviseProposal(ctx: ProposalContext, id: string, input: unknown, action: 'resubmit' | 'edit', acting: ActingAs): Promise<ReviseOutcome> {
  const result = validateDraft(input, acting.lang);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, cpr: result.cpr };
  const taken = await typedNumberTaken(ctx, id, result.draft);
  if (taken) return { kind: 'invalid', errors: [{ field: 'number', message: MESSAGES[acting.lang].numberTaken(taken) }] };
  // A proposal with a case carries it along (owed by the same write, pending.ts). Only an approved priority
  // proposal has one, so only an edit: a resubmit starts from "changes requested", never approved.
  return write(ctx, id, action, acting.person, (p) => withDraft(p, result.draft), (p) => !!p.caseId);
}

/** A new number typed into a priority proposal is reserved like a submitted one; returns it when another proposal has it. */
async function typedNumberTaken(ctx: ProposalContext, id: string, draft: ProposalDraft): Promise<string | undefined> {
  if (draft.kind !== 'priority' || !draft.number) return undefined;
  const found = await readProposal(ctx, id);
  if (!found || (found.number && compactNumber(found.number) === compactNumber(draft.number))) return undefined;
  const existing = await ctx.store.proposals.findAll({ partitionKey: found.orgId });
  return (await reserveNumber(ctx.store, found, draft.number, existing, ctx.now())) ? undefined : draft.number;
}

/** A move without new content: start-review, implement, archive. */
export function moveProposal(ctx: ProposalContext, id: string, action: Exclude<LifecycleAction, 'resubmit' | 'edit' | 'approve' | 'reject' | 'request-changes'>, person: Person): Promise<ReviseOutcome> {
  return write(ctx, id, action, person, (p) => p);
}

async function write(
  ctx: ProposalContext,
  id: string,
  action: LifecycleAction,
  person: Person,
  change: (p: Proposal) => Proposal,
  carriesCase: (p: Proposal) => boolean = () => false,
): Promise<ReviseOutcome> {
  const actor = actorOfPerson(person);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await settledProposal(ctx, id);
    if (!found) return { kind: 'not-found' };
    const current = contentOf(found);
    const move = transition(found.status, action, rolesOf(person, found, ctx.reviewers));
    if (!move.ok) {
      // A retried resubmit finds its own work done: same content, already back in "submitted".
      if (action === 'resubmit' && found.status === 'submitted' && isDeepStrictEqual(change(current), current)) return { kind: 'unchanged', proposal: found };
      return move.reason === 'not-permitted' ? { kind: 'not-permitted', proposal: found } : { kind: 'not-now', proposal: found };
    }
    const next = { ...change(current), status: move.status };
    if (isDeepStrictEqual(next, current)) return { kind: 'unchanged', proposal: found };
    const at = ctx.now();
    let written: StoredProposal;
    try {
      written = await ctx.store.proposals.replace(owing(next, { action: 'update', actor, at, before: found, writeCase: carriesCase(next) }), found._etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) continue;
      throw error;
    }
    return { kind: 'changed', proposal: await finishPending(ctx, written) };
  }
  throw new PreconditionFailedError(`Proposal ${id} kept changing; try again.`, { code: 'proposal.kept-changing', params: { id } });
}
