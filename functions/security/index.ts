export { principalFromHeaders } from './client-principal.js';
export { ACTION_ROLES, callerOf, can, canSeeCase, isMember, POLICY, requirePermission, requiredRole, type Action, type Caller, type Resource, type Scope } from './policy.js';
export { authorize, callerOfRequest, LOCAL_ADMIN } from './rest-guard.js';
export { isTrial, organisationsOf, ROLES, roleOfClaim, rolesOf, type Principal, type Role, type SecurityConfig } from './roles.js';
export { teamsCaller, teamsPermit, teamsUserCan, type Permit, type TeamsUser } from './teams-user.js';
export { tenantAllowed, tenantAllowList, tenantOf } from './tenant-allow-list.js';
