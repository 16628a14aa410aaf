/**
 * Roles for Teams users, for the bot: the same policy as REST, keyed by the Entra object id Teams sends
 * as `from.aadObjectId` (and the Teams user id, which REVIEWER_IDS may also hold). Teams tokens carry no
 * app roles, so only the MAALBOT_* settings and REVIEWER_IDS count here.
 */
import { callerOf, can, type Action, type Caller, type Resource } from './policy.js';
import type { SecurityConfig } from './roles.js';

export interface TeamsUser {
  /** Teams user id ("29:…"). */
  id?: string;
  /** Entra object id. */
  aadObjectId?: string;
}

export function teamsCaller(user: TeamsUser, config: SecurityConfig): Caller {
  const ids = [user.aadObjectId, user.id].filter((id): id is string => Boolean(id));
  return callerOf({ ids, claimRoles: [] }, config);
}

/** The policy as the bot's features ask it: may this Teams user do this (to that)? */
export type Permit = (user: TeamsUser, action: Action, resource?: Resource) => boolean;

export function teamsPermit(config: SecurityConfig): Permit {
  return (user, action, resource) => teamsUserCan(user, action, config, resource);
}

export function teamsUserCan(user: TeamsUser, action: Action, config: SecurityConfig, resource?: Resource): boolean {
  return can(teamsCaller(user, config), action, resource);
}

