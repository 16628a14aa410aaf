/**
 * Who may decide on proposals. Configured as Teams user ids ("29:…") or Entra object ids; the API's
 * function-key holder counts as a reviewer (it can change any data anyway). With no reviewers configured
 * in local mode everyone may review, so a trial in the Playground works end to end; in Azure nobody may
 * until reviewers are configured.
 */
import type { Config } from '../config.js';
import type { Actor } from '../domain/model.js';
import type { Role } from '../domain/proposals/index.js';

/** Someone acting on a proposal: a Teams user (id and, when known, Entra object id) or an API caller. */
export interface Person {
  id: string;
  name?: string;
  aadObjectId?: string;
  kind: Actor['kind'];
}

export interface ReviewerPolicy {
  isReviewer(person: Person): boolean;
  /** Teams ids whose cards refresh automatically (Action.Execute refresh userIds). */
  refreshUserIds(submitter?: Person): string[];
  /** True when everyone may review (local trial without configured reviewers). */
  readonly everyone: boolean;
}

export function reviewerPolicy(config: Pick<Config, 'mode' | 'proposals'>): ReviewerPolicy {
  const ids = new Set(config.proposals.reviewerIds);
  const everyone = ids.size === 0 && config.mode === 'local';
  return {
    everyone,
    isReviewer(person) {
      if (person.kind === 'api' || person.kind === 'system') return true;
      return everyone || ids.has(person.id) || (!!person.aadObjectId && ids.has(person.aadObjectId));
    },
    refreshUserIds(submitter) {
      // Refresh userIds are Teams ids; Entra object ids in the list are simply never matched.
      const list = [...ids];
      if (everyone && submitter?.kind === 'user') list.push(submitter.id);
      return list.slice(0, 60);
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
