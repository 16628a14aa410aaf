/**
 * Who may decide on a proposal: whoever the authorization policy (functions/security) lets do
 * "proposals.decide" to the proposal's organisation — the reviewer role (REVIEWER_IDS as Teams user ids
 * or Entra object ids, admins, or everyone in a local trial with no roles configured) and membership.
 */
import type { Config } from '../config.js';
import type { Actor, Proposal } from '../domain/model.js';
import type { Role } from '../domain/proposals/index.js';
import { can, isTrial, teamsUserCan, type Caller, type SecurityConfig } from '../security/index.js';

/** Someone acting on a proposal: a Teams user (id and, when known, Entra object id) or an API caller. */
export interface Person {
  id: string;
  name?: string;
  aadObjectId?: string;
  kind: Actor['kind'];
  /** An API caller as the REST guard admitted them; the policy is asked with it for the proposal's organisation. */
  caller?: Caller;
}

export interface ReviewerPolicy {
  /** May this person decide on proposals of this organisation? */
  isReviewer(person: Person, orgId: string): boolean;
  /** Teams ids whose cards refresh automatically (Action.Execute refresh userIds). */
  refreshUserIds(submitter?: Person): string[];
  /** True when everyone may review (local trial without configured roles). */
  readonly everyone: boolean;
}

export function reviewerPolicy(config: SecurityConfig & Pick<Config, 'proposals'>): ReviewerPolicy {
  const everyone = isTrial(config);
  return {
    everyone,
    isReviewer(person, orgId) {
      if (person.kind === 'system') return true;
      if (person.caller) return can(person.caller, 'proposals.decide', { orgId });
      if (person.kind !== 'user') return false;
      return teamsUserCan({ id: person.id, ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}) }, 'proposals.decide', config, { orgId });
    },
    refreshUserIds(submitter) {
      // Everyone who may decide: reviewers and admins (an admin is every role), as Teams user MRIs.
      const list = [...config.proposals.reviewerIds, ...config.security.admins];
      if (everyone && submitter?.kind === 'user') list.push(submitter.id);
      // A local trial's made-up ids are kept: the Playground matches them as they are.
      const mris = list.map((id) => teamsUserMri(id) ?? (everyone ? id : undefined)).filter((id): id is string => id !== undefined);
      return [...new Set(mris)].slice(0, MAX_REFRESH_USERS);
    },
  };
}

/** Teams refreshes a card automatically for at most this many listed users; others press "Refresh". */
export const MAX_REFRESH_USERS = 60;

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user MRI Teams matches refresh.userIds against: a Teams user id (`29:…`, `8:orgid:…`) as it is, an
 * Entra object id as `8:orgid:<id>`; anything else (a local trial's made-up ids) cannot be matched.
 */
export function teamsUserMri(id: string): string | undefined {
  if (/^(29|8):/.test(id)) return id;
  if (ENTRA_OBJECT_ID.test(id)) return `8:orgid:${id.toLowerCase()}`;
  return undefined;
}

export function actorOfPerson(person: Person): Actor {
  return { id: person.id, ...(person.name ? { name: person.name } : {}), kind: person.kind };
}

export function rolesOf(person: Person, proposal: Pick<Proposal, 'orgId' | 'submittedBy'>, policy: ReviewerPolicy): Role[] {
  const roles: Role[] = [];
  if (person.kind === 'system') roles.push('system');
  if (policy.isReviewer(person, proposal.orgId)) roles.push('reviewer');
  if (person.id === proposal.submittedBy.id) roles.push('submitter');
  return roles;
}
