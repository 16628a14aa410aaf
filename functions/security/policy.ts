/**
 * What each action needs, and the one function that answers "may this caller do this?". Pure: the REST
 * guard and the bot both ask `can`, so a rule changes in one place.
 */
import { ForbiddenError } from '../domain/errors.js';
import { organisationsOf, rolesOf, type Principal, type Role, type SecurityConfig } from './roles.js';

/** Every action a route or a bot feature can declare, with the role it needs (undefined: none). */
export const ACTION_ROLES = {
  /** Health, the OpenAPI document, and /api/messages (the bot authenticates its own requests). */
  public: undefined,
  read: 'reader',
  'cases.write': 'editor',
  'figures.write': 'editor',
  'proposals.submit': 'reader',
  'proposals.decide': 'reviewer',
  'subscriptions.change': 'admin',
  'settings.change': 'admin',
  /** What an operation that declares no action gets: admins only, so a forgotten declaration fails closed. */
  undeclared: 'admin',
} as const satisfies Record<string, Role | undefined>;
export type Action = keyof typeof ACTION_ROLES;

/** A principal with its roles and organisations worked out. */
export interface Caller {
  principal: Principal;
  roles: ReadonlySet<Role>;
  orgs: ReadonlySet<string> | 'all';
}

/** What an action touches, when that matters: cases are kept within their organisation until published. */
export interface Resource {
  orgId: string;
  published?: boolean;
}

export function callerOf(principal: Principal, config: SecurityConfig): Caller {
  const roles = rolesOf(principal, config);
  return { principal, roles, orgs: organisationsOf(principal, roles, config) };
}

export function requiredRole(action: Action): Role | undefined {
  return ACTION_ROLES[action];
}

export function can(caller: Caller, action: Action, resource?: Resource): boolean {
  const role = ACTION_ROLES[action];
  if (role && !caller.roles.has(role)) return false;
  if (!resource) return true;
  // An unpublished case is its organisation's own business; cases, KPIs and figures are changed only by
  // their own organisation's editors.
  if (resource.published === false || action === 'cases.write' || action === 'figures.write') return isMember(caller, resource.orgId);
  return true;
}

export function isMember(caller: Caller, orgId: string): boolean {
  return caller.orgs === 'all' || caller.orgs.has(orgId);
}

/** For lists and reads of cases: whether the caller may see this one at all. */
export function canSeeCase(caller: Caller | undefined, item: { orgId: string; published?: boolean }): boolean {
  // No caller means the request did not pass the guard (a direct call): show only what is public.
  if (!caller) return item.published !== false;
  return can(caller, 'read', { orgId: item.orgId, published: item.published !== false });
}

/** Cases are created and changed by their own organisation's editors (and admins). */
export function requireCaseWrite(caller: Caller | undefined, item: { orgId: string }): void {
  if (caller && !can(caller, 'cases.write', { orgId: item.orgId })) {
    throw new ForbiddenError(`Only editors of ${item.orgId} can create or change its cases.`);
  }
}

/** KPIs and their figures (a cluster's or the nation's included) are kept by the KPI's own organisation. */
export function requireFigureWrite(caller: Caller | undefined, kpiOrgId: string): void {
  if (caller && !can(caller, 'figures.write', { orgId: kpiOrgId })) {
    throw new ForbiddenError(`Only editors of ${kpiOrgId} can create or change its KPIs and figures.`);
  }
}
