/**
 * Who holds which role. Roles come from two places that an administrator controls: the MAALBOT_*
 * settings (Entra object ids, or Teams user ids for the bot) and the `roles` claim that App Service
 * authentication passes on from the Entra app's app roles. Nothing the caller sends can grant a role.
 */
import type { Config } from '../config.js';

export const ROLES = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Someone making a request: a signed-in user, a Teams user, or the person at the keyboard of a local run. */
export interface Principal {
  /** Entra object id first; a Teams user also brings the Teams user id, so either may be configured. */
  ids: string[];
  /** Role names from the token's roles claim ("editor", "Maalbot.Editor", …). */
  claimRoles: string[];
  /** The loopback caller of a local run, which has no sign-in at all. */
  local?: boolean;
}

export type SecurityConfig = Pick<Config, 'mode' | 'homeOrg' | 'security'> & { proposals: Pick<Config['proposals'], 'reviewerIds'> };

/** What each role brings along: an admin is everything, editors and reviewers also read. */
const IMPLIED: Record<Role, Role[]> = {
  reader: ['reader'],
  editor: ['editor', 'reader'],
  reviewer: ['reviewer', 'reader'],
  admin: ['admin', 'editor', 'reviewer', 'reader'],
};

/**
 * A local run with no role settings is a trial on somebody's laptop: everyone may do everything, as
 * REVIEWER_IDS already promises for reviews. Once any role list is set, the lists apply locally too.
 */
export function isTrial(config: SecurityConfig): boolean {
  const { admins, editors, readers } = config.security;
  return config.mode === 'local' && !admins.length && !editors.length && !readers.length && !config.proposals.reviewerIds.length;
}

export function rolesOf(principal: Principal, config: SecurityConfig): ReadonlySet<Role> {
  if (principal.local || isTrial(config)) return new Set(ROLES);
  const listed = (ids: readonly string[]) => principal.ids.some((id) => ids.includes(id));
  const granted: Role[] = [];
  if (listed(config.security.admins)) granted.push('admin');
  if (listed(config.security.editors)) granted.push('editor');
  if (listed(config.proposals.reviewerIds)) granted.push('reviewer');
  // Without a reader list every signed-in user of the tenant reads; with one, only those listed.
  if (!config.security.readers.length || listed(config.security.readers)) granted.push('reader');
  for (const claim of principal.claimRoles) {
    const role = roleOfClaim(claim);
    if (role) granted.push(role);
  }
  return new Set(granted.flatMap((role) => IMPLIED[role]));
}

/** "admin", "Admin", "Maalbot.Admin", "maalbot-admin" → admin; anything else grants nothing. */
export function roleOfClaim(claim: string): Role | undefined {
  const name = claim.trim().toLowerCase().replace(/^(maalbot|målbot)[.\-_ ]/, '');
  return (ROLES as readonly string[]).includes(name) ? (name as Role) : undefined;
}

/** The organisations whose unpublished cases the principal may see; admins and local runs see all. */
export function organisationsOf(principal: Principal, roles: ReadonlySet<Role>, config: SecurityConfig): ReadonlySet<string> | 'all' {
  if (principal.local || roles.has('admin')) return 'all';
  const orgs = Object.entries(config.security.orgMembers)
    .filter(([, members]) => principal.ids.some((id) => members.includes(id)))
    .map(([org]) => org);
  return new Set(orgs.length ? orgs : [config.homeOrg]);
}
