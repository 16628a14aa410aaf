/**
 * Submitting a proposal: validate (CPR first), then create under an id derived from the idempotency key,
 * so one submit is one proposal however often it arrives. A priority proposal's number, typed or the next
 * of its unit, is reserved before the proposal is created (numbering.ts), so no two proposals share one.
 */
import { ConflictError } from '../domain/errors.js';
import { ProposalSchema, type Proposal } from '../domain/model.js';
import { MESSAGES, proposalFromDraft, proposalIdFor, validateDraft } from '../domain/proposals/index.js';
import { recordAudit } from '../store/audit.js';
import type { ActingAs, Invalid, ProposalContext, StoredProposal } from './context.js';
import { actorOfPerson } from './reviewers.js';
import { reserveNextNumber, reserveNumber } from './numbering.js';

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
  const earlier = await store.proposals.get(id, draft.orgId);
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
    stored = await store.proposals.create(proposal);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const winner = await store.proposals.get(id, draft.orgId);
    if (!winner) throw error;
    return { kind: 'duplicate', proposal: winner };
  }
  await recordAudit(store, { entityType: 'proposal', entityId: id, action: 'create', actor, at, after: stored });
  return { kind: 'created', proposal: stored };
}
