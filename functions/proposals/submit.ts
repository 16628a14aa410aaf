/**
 * Submitting a proposal: validate (CPR first), then create under an id derived from the idempotency key,
 * so one submit is one proposal however often it arrives. A priority proposal without a number gets the
 * next of its unit; two submits racing for the same number are sorted out after the fact, the later one
 * taking the next free number.
 */
import { ConflictError } from '../domain/errors.js';
import { ProposalSchema, type Proposal } from '../domain/model.js';
import { assignNumber, MESSAGES, numberTaken, proposalFromDraft, proposalIdFor, validateDraft } from '../domain/proposals/index.js';
import { recordAudit } from '../store/audit.js';
import { ATTEMPTS, type ActingAs, type Invalid, type ProposalContext, type StoredProposal } from './context.js';
import { actorOfPerson } from './reviewers.js';
import { unstored } from '../store/store.js';

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

  let number: string | undefined;
  if (draft.kind === 'priority') {
    const existing = await store.proposals.findAll({ partitionKey: draft.orgId });
    if (draft.number && numberTaken(draft.number, existing)) {
      const msg = options.lang === 'da' ? `${draft.number} er allerede brugt; lad feltet stå tomt for at få næste nummer.` : `${draft.number} is taken; leave it blank to get the next number.`;
      return { kind: 'invalid', errors: [{ field: 'number', message: msg }] };
    }
    number = assignNumber(draft.responsibleUnit, draft.number, existing);
  }
  const at = ctx.now();
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
  if (draft.kind === 'priority' && !draft.number) stored = await settleNumber(ctx, stored);
  await recordAudit(store, { entityType: 'proposal', entityId: id, action: 'create', actor, at, after: stored });
  return { kind: 'created', proposal: stored };
}

/** When a concurrent submit took the same number first, move this one to the next free number. */
async function settleNumber(ctx: ProposalContext, mine: StoredProposal): Promise<StoredProposal> {
  let current = mine;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const all = await ctx.store.proposals.findAll({ partitionKey: current.orgId });
    const rivals = all.filter((p) => p.id !== current.id && p.number === current.number);
    const first = rivals.every((r) => r.submittedAt > current.submittedAt || (r.submittedAt === current.submittedAt && r.id > current.id));
    if (first) return current;
    const number = assignNumber(current.responsibleUnit, undefined, all);
    current = await ctx.store.proposals.replace({ ...unstored(current), number }, current._etag);
  }
  return current;
}
