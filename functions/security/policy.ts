/**
 * The authorization policy: what each action needs — a role, and for actions on one organisation's
 * things, membership of that organisation — and the one function that answers "may this caller do this
 * to that?". Pure: REST, chat, import and proposals all ask `can`, so a rule changes in one place.
 */
import { ForbiddenError } from '../domain/errors.js';
import { organisationsOf, rolesOf, type Principal, type Role, type SecurityConfig } from './roles.js';

/**
 * Scope "own": done only to the caller's own organisations' things. "visible": anyone with the role, except
 * that an unpublished case (and what belongs to it) is its organisation's own business. "any": no org rule.
 */
export type Scope = 'own' | 'visible' | 'any';

export const POLICY = {
  /** Health, the OpenAPI document, and /api/messages (the bot authenticates its own requests). */
  public: { role: undefined, scope: 'any' },
  read: { role: 'reader', scope: 'visible' },
  'cases.write': { role: 'editor', scope: 'own' },
  /** KPIs and their figures (a cluster's or the nation's included) are kept by the KPI's own organisation. */
  'figures.write': { role: 'editor', scope: 'own' },
  'proposals.submit': { role: 'reader', scope: 'any' },
  'proposals.decide': { role: 'reviewer', scope: 'own' },
  'subscriptions.change': { role: 'admin', scope: 'any' },
  'settings.change': { role: 'admin', scope: 'any' },
  /** What an operation that declares no action gets: admins only, so a forgotten declaration fails closed. */
  undeclared: { role: 'admin', scope: 'any' },
} as const satisfies Record<string, { role: Role | undefined; scope: Scope }>;
export type Action = keyof typeof POLICY;

/** The role each action needs (undefined: none). */
export const ACTION_ROLES = Object.fromEntries(Object.entries(POLICY).map(([a, p]) => [a, p.role])) as { [A in Action]: (typeof POLICY)[A]['role'] };

/** A principal with its roles and organisations worked out. */
export interface Caller {
  principal: Principal;
  roles: ReadonlySet<Role>;
  orgs: ReadonlySet<string> | 'all';
}

/** What an action touches: the organisation it belongs to and, for reads, whether it is published. */
export interface Resource {
  orgId: string;
  published?: boolean;
}

export function callerOf(principal: Principal, config: SecurityConfig): Caller {
  const roles = rolesOf(principal, config);
  return { principal, roles, orgs: organisationsOf(principal, roles, config) };
}

export function requiredRole(action: Action): Role | undefined {
  return POLICY[action].role;
}

/** Without a resource only the role is checked: the REST guard's first look, before the item is known. */
export function can(caller: Caller, action: Action, resource?: Resource): boolean {
  const { role, scope } = POLICY[action];
  if (role && !caller.roles.has(role)) return false;
  if (!resource || scope === 'any') return true;
  if (scope === 'own' || resource.published === false) return isMember(caller, resource.orgId);
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

const REFUSED: Partial<Record<Action, (org: string) => string>> = {
  'cases.write': (org) => `Only editors of ${org} can create or change its cases.`,
  'figures.write': (org) => `Only editors of ${org} can create or change its KPIs and figures.`,
  'proposals.decide': (org) => `Only reviewers of ${org} can decide on its proposals.`,
};

/** Throws a 403 naming the organisation when the caller may not do this to its things. No caller: the guard was not passed (a direct call), nothing to check. */
export function requirePermission(caller: Caller | undefined, action: Action, resource: Resource): void {
  if (caller && !can(caller, action, resource)) {
    throw new ForbiddenError(REFUSED[action]?.(resource.orgId) ?? `This needs the ${requiredRole(action) ?? 'right'} role for ${resource.orgId}.`);
  }
}
