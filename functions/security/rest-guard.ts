/**
 * The one place REST calls are authorised: endpoint.ts calls `authorize` with the action each operation
 * declares, before the handler runs. Handlers that filter by organisation read the caller back with
 * `callerOfRequest`.
 */
import type { HttpRequest } from '@azure/functions';
import { isLoopbackHost, type Config } from '../config.js';
import { ForbiddenError } from '../domain/errors.js';
import { logEvent } from '../telemetry.js';
import { principalFromHeaders } from './client-principal.js';
import { callerOf, can, requiredRole, type Action, type Caller } from './policy.js';
import type { Principal, SecurityConfig } from './roles.js';
import { NotSignedInError } from './not-signed-in-error.js';

export const LOCAL_ADMIN: Principal = { ids: ['local'], claimRoles: [], local: true };

const callers = new WeakMap<HttpRequest, Caller>();
let toldLocalAdmin = false;

export type GuardConfig = SecurityConfig & Pick<Config, 'host'>;

export function authorize(request: HttpRequest, action: Action, config: GuardConfig): Caller {
  const principal = (config.security.trustClientPrincipal ? principalFromHeaders(request.headers) : undefined) ?? localCaller(config);
  if (!principal) {
    throw new NotSignedInError('Sign in through the app\'s authentication (Microsoft Entra ID); this call carries no signed-in user.');
  }
  const caller = callerOf(principal, config);
  if (!can(caller, action)) {
    const role = requiredRole(action);
    throw new ForbiddenError(`This needs the ${role} role; you have ${[...caller.roles].join(', ') || 'none'}.`);
  }
  callers.set(request, caller);
  return caller;
}

/** The caller `authorize` admitted for this request; undefined when it did not pass through the guard. */
export function callerOfRequest(request: HttpRequest): Caller | undefined {
  return callers.get(request);
}

/** Locally on loopback nobody signs in, so the person at the keyboard is the admin. Said once per process. */
function localCaller(config: GuardConfig): Principal | undefined {
  if (config.mode !== 'local' || !isLoopbackHost(config.host)) return undefined;
  if (!toldLocalAdmin) {
    toldLocalAdmin = true;
    logEvent('warning', 'REST calls without a signed-in user are treated as a local admin (local mode on a loopback address).', { host: config.host });
  }
  return LOCAL_ADMIN;
}
