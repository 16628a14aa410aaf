/**
 * Priority proposals' numbers ("BIC 08"), unique per organisation under any concurrency. Reading the
 * organisation's proposals only suggests a number; it is the proposal's only once its reservation
 * (store/reservations.ts) is created, and a create of a reservation that exists fails in the store
 * itself. So 30 submits at once that all read "QQ 12" as next get QQ 12 … QQ 41, each once. A submit
 * that reserved a number and then failed leaves a gap, never a duplicate; retried (same proposal id), it
 * finds its own reservation and keeps the number.
 */
import { ConflictError } from '../domain/errors.js';
import type { Proposal } from '../domain/model.js';
import { assignNumber, compactNumber, followingNumber, numberTaken } from '../domain/proposals/index.js';
import { reserve } from '../store/reservations.js';
import type { Store } from '../store/store.js';

/** Enough for every submit of a burst to find a free number; beyond it something else is wrong. */
const MAX_TRIES = 500;

export function numberReservationId(orgId: string, number: string): string {
  // encodeURIComponent: a typed number may hold characters a Cosmos DB id may not ("/", "#", "?").
  return `proposal-number:${orgId}:${encodeURIComponent(compactNumber(number))}`;
}

/** Takes `number` for the proposal; false when another proposal has it. */
export async function reserveNumber(
  store: Store,
  proposal: Pick<Proposal, 'id' | 'orgId'>,
  number: string,
  existing: readonly Pick<Proposal, 'id' | 'number'>[],
  at: string,
): Promise<boolean> {
  // Numbers given before reservations existed (seeded, older proposals) have no reservation: ask the list too.
  if (numberTaken(number, existing, proposal.id)) return false;
  return reserve(store, proposal.orgId, numberReservationId(proposal.orgId, number), proposal.id, at);
}

/** The next free number of the unit, reserved for the proposal. */
export async function reserveNextNumber(
  store: Store,
  proposal: Pick<Proposal, 'id' | 'orgId' | 'responsibleUnit'>,
  existing: readonly Pick<Proposal, 'id' | 'number' | 'responsibleUnit'>[],
  at: string,
): Promise<string> {
  let candidate = assignNumber(proposal.responsibleUnit, undefined, existing);
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    if (await reserveNumber(store, proposal, candidate, existing, at)) return candidate;
    candidate = followingNumber(candidate);
  }
  throw new ConflictError(`No free proposal number found after ${MAX_TRIES} tries (last ${candidate}); try again.`, { code: 'proposal.no-free-number', params: { last: candidate } });
}
