/**
 * Who may decide on proposals: whoever functions/security gives the reviewer role (REVIEWER_IDS as Teams
 * user ids or Entra object ids, admins, or everyone in a local trial with no roles configured). An API
 * caller has passed the REST guard for "proposals.decide" before the handler runs.
 */
import type { Config } from '../config.js';
import type { Actor } from '../domain/model.js';
import type { Role } from '../domain/proposals/index.js';
import { isTrial, teamsUserCan, type SecurityConfig } from '../security/index.js';

/** Someone acting on a proposal: a Teams user (id and, when known, Entra object id) or an API caller. */
export interface Person {
  id: string;
  name?: string;
  aadObjectId?: string;
  kind: Actor['kind'];
  /** The REST guard has already checked this caller's role for the action. */
  authorised?: boolean;
}

export interface ReviewerPolicy {
  isReviewer(person: Person): boolean;
  /** Teams ids whose cards refresh automatically (Action.Execute refresh userIds). */
  refreshUserIds(submitter?: Person): string[];
  /** True when everyone may review (local trial without configured roles). */
  readonly everyone: boolean;
}

export function reviewerPolicy(config: SecurityConfig & Pick<Config, 'proposals'>): ReviewerPolicy {
  const everyone = isTrial(config);
  return {
    everyone,
    isReviewer(person) {
      if (person.kind === 'system' || person.authorised) return true;
      if (person.kind !== 'user') return false;
      return teamsUserCan({ id: person.id, ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}) }, 'proposals.decide', config);
    },
    refreshUserIds(submitter) {
      // Refresh userIds are Teams ids; Entra object ids in the list are simply never matched. Teams takes 60 at most.
      const list = [...config.proposals.reviewerIds];
      if (everyone && submitter?.kind === 'user') list.push(submitter.id);
      return [...new Set(list)].slice(0, 60);
    },
  };
}

export function actorOfPerson(person: Person): Actor {
  return { id: person.id, ...(person.name ? { name: person.name } : {}), kind: person.kind };
}

export function rolesOf(person: Person, submittedBy: Actor, policy: ReviewerPolicy): Role[] {
  const roles: Role[] = [];
  if (person.kind === 'system') roles.push('system');
  if (policy.isReviewer(person)) roles.push('reviewer');
  if (person.id === submittedBy.id) roles.push('submitter');
  return roles;
}
