/**
 * Who made a request, for the audit trail: the signed-in user App Service authentication describes in
 * x-ms-client-principal, or else the holder of the function key.
 */
import type { HttpRequest } from '@azure/functions';
import type { Actor } from '../domain/model.js';
import { readClientPrincipal } from '../security/client-principal.js';

export const API_ACTOR: Actor = { id: 'api', kind: 'api' };

export function actorOf(request: HttpRequest): Actor {
  const user = readClientPrincipal(request.headers);
  if (!user) return API_ACTOR;
  return { id: user.id.slice(0, 200), ...(user.name ? { name: user.name.slice(0, 200) } : {}), kind: 'user' };
}
