/**
 * The work a proposal's write owes after the write itself: its audit entry and, when it approves a
 * priority proposal or edits an approved one, the case. It is recorded in the proposal (`pending`) by the
 * very replace that changes it — one item, one atomic write, no transaction needed — and done afterwards
 * with writes that are safe to repeat (upserts of derived ids, audit entries with derived ids). So a
 * failure or a crash between the change and its consequences is finished by whoever comes next: the next
 * write of the proposal settles it first, and the start of the app settles every proposal left pending.
 * Never an approved proposal without its case, never a change without its audit entry — at most, for a
 * moment, one whose pending work is still to be done.
 */
import { randomUUID } from 'node:crypto';
import { PreconditionFailedError } from '../domain/errors.js';
import type { Actor, Proposal } from '../domain/model.js';
import { recordAudit } from '../store/audit.js';
import { unstored } from '../store/store.js';
import { planCase, writeCase } from './approved-case.js';
import { readProposal, type ProposalContext, type StoredProposal } from './context.js';

type Pending = NonNullable<Proposal['pending']>;

/** The proposal as content, without the work a previous write left (which belongs to that write). */
export function contentOf(p: Proposal | StoredProposal): Proposal {
  const { pending: _pending, ...rest } = unstored(p) as Proposal;
  return rest;
}

/** `next` carrying the work its write will owe. */
export function owing(next: Proposal, work: { action: Pending['action']; actor: Actor; at: string; before?: StoredProposal; writeCase?: boolean }): Proposal {
  return {
    ...contentOf(next),
    pending: {
      id: randomUUID(),
      action: work.action,
      actor: work.actor,
      at: work.at,
      ...(work.before ? { before: contentOf(work.before) } : {}),
      ...(work.writeCase ? { writeCase: true } : {}),
    },
  };
}

/** Does the proposal's pending work (again, if need be) and clears it; returns the proposal as it is then. */
export async function finishPending(ctx: ProposalContext, stored: StoredProposal): Promise<StoredProposal> {
  const work = stored.pending;
  if (!work) return stored;
  const content = contentOf(stored);
  await recordAudit(ctx.store, {
    entityType: 'proposal',
    entityId: stored.id,
    action: work.action,
    actor: work.actor,
    at: work.at,
    key: `${work.id}~proposal`,
    ...(work.before ? { before: work.before as object } : {}),
    after: content,
  });
  if (work.writeCase) await writeCase(ctx.store, await planCase(ctx.store, content, work.at), work.actor, work.at, work.id);
  try {
    return await ctx.store.proposals.replace(content, stored._etag);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    // Someone else finished this work first (and maybe wrote anew, having finished it): theirs stands.
    const now = await readProposal(ctx, stored.id);
    if (!now) throw error;
    return now.pending?.id === work.id ? finishPending(ctx, now) : now;
  }
}

/** The proposal with any work left by an earlier write done: what every write starts from. */
export async function settledProposal(ctx: ProposalContext, id: string): Promise<StoredProposal | undefined> {
  const found = await readProposal(ctx, id);
  return found?.pending ? finishPending(ctx, found) : found;
}

/** At start: finish what writes interrupted by a crash or a failure left. Returns how many were finished. */
export async function finishPendingProposals(ctx: ProposalContext): Promise<number> {
  // The pending work is a nested object, which store filters cannot reach; proposals are few enough to scan.
  const left = (await ctx.store.proposals.findAll()).filter((p) => p.pending);
  for (const p of left) await finishPending(ctx, p);
  return left.length;
}
