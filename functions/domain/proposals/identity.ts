/**
 * How a submit gets its proposal id and number. The id is derived from an idempotency key (the card
 * instance and the user, or an API client's Idempotency-Key), so a double click or a retried request
 * creates the same id twice and the store's create refuses the second: one proposal per submit, with no
 * lock and no read-then-write race.
 */
import { createHash } from 'node:crypto';
import type { Proposal } from '../model.js';
import { nextProposalNumber } from '../proposal-to-case.js';

/** The key of one submit: the same form instance sent by the same person is the same submit. */
export function submissionKey(formInstanceId: string, userId: string): string {
  return createHash('sha256').update(`${formInstanceId}\u0000${userId}`).digest('hex');
}

/** "herning.forslag-3f9a2c1b7d0e": org first (it is the partition key), then a short hash of the key. */
export function proposalIdFor(orgId: string, kind: Proposal['kind'], key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${orgId}.${kind === 'quick-win' ? 'quick-win' : 'forslag'}-${hash}`;
}

/**
 * The prefix a unit's numbers carry. The unit's earlier proposals say it ("Jobcentret" numbers "JC 01");
 * a unit new to Målbot uses its own name when it is short ("BIC"), its initials when it has several words
 * ("Center for Beskæftigelse" → "CFB"), or its first three letters ("Sygedagpenge" → "SYG").
 */
export function unitPrefix(unit: string, numbersOfUnit: readonly string[]): string {
  for (const number of numbersOfUnit) {
    const m = /^\s*(\p{L}[\p{L} -]*?)\s*\d/u.exec(number);
    if (m) return m[1]!.toUpperCase();
  }
  const words = unit.trim().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return 'F';
  if (words.length === 1) return words[0]!.length <= 5 ? words[0]!.toUpperCase() : words[0]!.slice(0, 3).toUpperCase();
  return words.map((w) => w[0]!).join('').slice(0, 5).toUpperCase();
}

/**
 * The number for a new priority proposal of `unit`, given the organisation's proposals: the one typed
 * (normalised already), or the next of the unit ("BIC 07" → "BIC 08").
 */
export function assignNumber(unit: string, typed: string | undefined, existing: readonly Pick<Proposal, 'responsibleUnit' | 'number'>[]): string {
  if (typed) return typed;
  const sameUnit = existing.filter((p) => sameText(p.responsibleUnit, unit) && p.number).map((p) => p.number!);
  const prefix = unitPrefix(unit, sameUnit);
  const numbers = existing.map((p) => p.number).filter((n): n is string => !!n);
  return nextProposalNumber(prefix, numbers);
}

/** Is `number` taken by another proposal of the organisation ("BIC 08" and "bic08" are the same)? */
export function numberTaken(number: string, existing: readonly Pick<Proposal, 'id' | 'number'>[], exceptId?: string): boolean {
  const key = compactNumber(number);
  return existing.some((p) => p.id !== exceptId && p.number !== undefined && compactNumber(p.number) === key);
}

/** The one spelling of a number for comparing and reserving it: "BIC 08", "bic08" and " BIC  08 " are one. */
export function compactNumber(number: string): string {
  return number.replace(/\s+/g, '').toLowerCase();
}

/** The number after `number` in its series, keeping prefix and width: "QQ 12" → "QQ 13", "BIC 09" → "BIC 10". */
export function followingNumber(number: string): string {
  const m = /^(.*?)(\d+)(\s*)$/.exec(number);
  if (!m) throw new Error(`"${number}" does not end in digits`);
  return `${m[1]}${String(Number(m[2]) + 1).padStart(m[2]!.length, '0')}`;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}
