/**
 * The signed-in user of a REST call, as App Service authentication describes it in x-ms-client-principal
 * (base64 JSON). Two shapes exist: App Service's { claims: [{ typ, val }], role_typ } and Static Web
 * Apps' { userId, userRoles }. Anything unreadable is treated as no principal at all.
 */
import type { Principal } from './roles.js';

interface Claim {
  typ: string;
  val: string;
}

const ID_CLAIMS = ['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid', 'sub'];
const NAME_CLAIMS = ['name', 'preferred_username', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'];
const ROLE_CLAIMS = ['roles', 'role', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role'];
/** Static Web Apps adds these to everyone; they say nothing about Målbot's roles. */
const BUILT_IN_ROLES = new Set(['anonymous', 'authenticated']);

/** The signed-in user as App Service describes them: id, display name and role claims. */
export interface ClientPrincipal {
  id: string;
  name?: string;
  claimRoles: string[];
}

export function readClientPrincipal(headers: { get(name: string): string | null }): ClientPrincipal | undefined {
  const header = headers.get('x-ms-client-principal');
  const decoded = header ? decode(header) : undefined;
  if (!decoded) return undefined;
  // Static Web Apps shape: { identityProvider, userId, userDetails, userRoles }.
  if (typeof decoded.userId === 'string' && decoded.userId) {
    const roles = Array.isArray(decoded.userRoles) ? decoded.userRoles.filter((r): r is string => typeof r === 'string') : [];
    const name = typeof decoded.userDetails === 'string' && decoded.userDetails ? decoded.userDetails : undefined;
    return { id: decoded.userId, ...(name ? { name } : {}), claimRoles: roles.filter((r) => !BUILT_IN_ROLES.has(r)) };
  }
  // App Service shape: { auth_typ, role_typ, claims: [{ typ, val }] }; the id and name also arrive as headers.
  const claims = Array.isArray(decoded.claims) ? (decoded.claims as Claim[]).filter((c) => c && typeof c.typ === 'string' && typeof c.val === 'string') : [];
  const roleTypes = typeof decoded.role_typ === 'string' ? [decoded.role_typ, ...ROLE_CLAIMS] : ROLE_CLAIMS;
  const id = claims.find((c) => ID_CLAIMS.includes(c.typ))?.val ?? headers.get('x-ms-client-principal-id') ?? undefined;
  if (!id) return undefined;
  const name = headers.get('x-ms-client-principal-name') ?? claims.find((c) => NAME_CLAIMS.includes(c.typ))?.val;
  return { id, ...(name ? { name } : {}), claimRoles: claims.filter((c) => roleTypes.includes(c.typ)).map((c) => c.val) };
}

export function principalFromHeaders(headers: { get(name: string): string | null }): Principal | undefined {
  const user = readClientPrincipal(headers);
  return user ? { ids: [user.id], claimRoles: user.claimRoles } : undefined;
}

function decode(header: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
