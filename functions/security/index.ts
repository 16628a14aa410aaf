export { principalFromHeaders } from './client-principal.js';
export { ACTION_ROLES, callerOf, can, canSeeCase, requirePermission, requiredRole, type Action, type Caller } from './policy.js';
export { authorize, callerOfRequest } from './rest-guard.js';
export { isTrial, roleOfClaim, rolesOf, type SecurityConfig } from './roles.js';
export { teamsPermit, teamsUserCan, type Permit } from './teams-user.js';
export { tenantAllowed, tenantAllowList, tenantOf } from './tenant-allow-list.js';
