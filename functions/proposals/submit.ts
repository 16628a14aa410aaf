/**
 * Submitting a proposal: validate (CPR first), then create under an id derived from the idempotency key,
 * so one submit is one proposal however often it arrives. A priority proposal's number, typed or the next
 * of its unit, is reserved before the proposal is created (numbering.ts), so no two proposals share one.
 */
import { ConflictError } from '../domain/errors.js';
import { ProposalSchema, type Proposal } from '../domain/model.js';
import { MESSAGES, proposalFromDraft, proposalIdFor, validateDraft } from '../domain/proposals/index.js';
import type { ActingAs, Invalid, ProposalContext, StoredProposal } from './context.js';
import { actorOfPerson } from './reviewers.js';
import { reserveNextNumber, reserveNumber } from './numbering.js';
import { finishPending, owing, settledProposal } from './pending.js';

export interface SubmitOptions extends ActingAs {
  /** From the card instance and the user (submissionKey), or an API client's Idempotency-Key. */
  idempotencyKey: string;
  conversationId?: string;
}

export type SubmitOutcome = Invalid | { kind: 'created' | 'duplicate'; proposal: StoredProposal };

export async function submitProposal(ctx: ProposalContext, input: unknown, options: SubmitOptions): Promise<SubmitOutcome> {
  const result = validateDraft(input, options.lang);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, cpr: result.cpr };
  const draft = result.draft;
  const { store } = ctx;
  if (!(await store.organisations.get(draft.orgId, draft.orgId))) {
    return { kind: 'invalid', errors: [{ field: 'orgId', message: MESSAGES[options.lang].badSlug }] };
  }
  const id = proposalIdFor(draft.orgId, draft.kind, options.idempotencyKey);
  const earlier = await settledProposal(ctx, id);
  if (earlier) return { kind: 'duplicate', proposal: earlier };

  const at = ctx.now();
  let number: string | undefined;
  if (draft.kind === 'priority') {
    const existing = await store.proposals.findAll({ partitionKey: draft.orgId });
    const mine = { id, orgId: draft.orgId, responsibleUnit: draft.responsibleUnit };
    if (draft.number && !(await reserveNumber(store, mine, draft.number, existing, at))) {
      return { kind: 'invalid', errors: [{ field: 'number', message: MESSAGES[options.lang].numberTaken(draft.number) }] };
    }
    number = draft.number ?? (await reserveNextNumber(store, mine, existing, at));
  }
  const actor = actorOfPerson(options.person);
  const proposal: Proposal = ProposalSchema.parse({
    ...proposalFromDraft(draft, { id, ...(number ? { number } : {}), by: actor, at }),
    ...(options.conversationId ? { conversationId: options.conversationId } : {}),
  });
  let stored: StoredProposal;
  try {
    // The audit entry is owed by the create itself (pending.ts): a failure before it is written leaves
    // the debt in the proposal, for the retried submit or the next start to pay.
    stored = await store.proposals.create(owing(proposal, { action: 'create', actor, at }));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const winner = await settledProposal(ctx, id);
    if (!winner) throw error;
    return { kind: 'duplicate', proposal: winner };
  }
  return { kind: 'created', proposal: await finishPending(ctx, stored) };
}
