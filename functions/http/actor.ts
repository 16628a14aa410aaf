/**
 * Who made a request, for the audit trail. App Service authentication puts the signed-in user in
 * x-ms-client-principal (base64 JSON); without it the caller is the API key holder.
 */
import type { HttpRequest } from '@azure/functions';
import type { Actor } from '../domain/model.js';

export const API_ACTOR: Actor = { id: 'api', kind: 'api' };

interface Claim {
  typ: string;
  val: string;
}

const ID_CLAIMS = ['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid', 'sub'];
const NAME_CLAIMS = ['name', 'preferred_username', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'];

export function actorOf(request: HttpRequest): Actor {
  const header = request.headers.get('x-ms-client-principal');
  if (!header) return API_ACTOR;
  const principal = decode(header);
  if (!principal) return API_ACTOR;
  // Static Web Apps shape: { identityProvider, userId, userDetails }.
  if (typeof principal.userId === 'string' && principal.userId) {
    return user(principal.userId, typeof principal.userDetails === 'string' ? principal.userDetails : undefined);
  }
  // App Service shape: { auth_typ, claims: [{ typ, val }] }; the id also arrives as its own header.
  const claims = Array.isArray(principal.claims) ? (principal.claims as Claim[]) : [];
  const claim = (types: string[]) => claims.find((c) => c && types.includes(c.typ) && typeof c.val === 'string')?.val;
  const id = request.headers.get('x-ms-client-principal-id') ?? claim(ID_CLAIMS);
  if (!id) return API_ACTOR;
  return user(id, request.headers.get('x-ms-client-principal-name') ?? claim(NAME_CLAIMS));
}

function user(id: string, name: string | undefined): Actor {
  return { id: id.slice(0, 200), ...(name ? { name: name.slice(0, 200) } : {}), kind: 'user' };
}

function decode(header: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
