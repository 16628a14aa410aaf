/** What the proposal operations need: the store, who may review, and the clock (tests fix it). */
import type { FieldError } from '../domain/errors.js';
import type { Decision, Proposal } from '../domain/model.js';
import type { Store, Stored } from '../store/store.js';
import type { Lang } from '../domain/proposals/index.js';
import type { Person, ReviewerPolicy } from './reviewers.js';

export interface ProposalContext {
  store: Store;
  reviewers: ReviewerPolicy;
  now: () => string;
}

export interface ActingAs {
  person: Person;
  lang: Lang;
}

export type StoredProposal = Stored<Proposal>;

export type Invalid = { kind: 'invalid'; errors: FieldError[]; cpr?: boolean };
export type NotFound = { kind: 'not-found' };
export type NotPermitted = { kind: 'not-permitted'; proposal: StoredProposal };
/** Someone else moved it first: the status it has now and the decision that put it there. */
export type AlreadyDecided = { kind: 'already-decided'; proposal: StoredProposal; decision?: Decision };

/** Proposal ids begin with their organisation ("herning.bic-01"): the partition key. */
export function orgOfProposalId(id: string): string | undefined {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(0, dot) : undefined;
}

export async function readProposal(ctx: ProposalContext, id: string): Promise<StoredProposal | undefined> {
  const org = orgOfProposalId(id);
  return org ? ctx.store.proposals.get(id, org) : undefined;
}

/** Optimistic writes retry a few times on a stale ETag before giving up. */
export const ATTEMPTS = 5;
