export { principalFromHeaders } from './client-principal.js';
export { ACTION_ROLES, callerOf, can, canSeeCase, isMember, requireCaseWrite, requireFigureWrite, requiredRole, type Action, type Caller, type Resource } from './policy.js';
export { authorize, callerOfRequest, LOCAL_ADMIN } from './rest-guard.js';
export { isTrial, organisationsOf, ROLES, roleOfClaim, rolesOf, type Principal, type Role, type SecurityConfig } from './roles.js';
export { requireTeamsPermission, teamsCaller, teamsUserCan, type TeamsUser } from './teams-user.js';
export { tenantAllowed, tenantAllowList, tenantOf } from './tenant-allow-list.js';
export { NotSignedInError } from './not-signed-in-error.js';
