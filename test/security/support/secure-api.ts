/**
 * The API in-process (test/functions/api-harness.ts) with a configuration the test chooses — e.g. Azure
 * mode with role settings — and helpers to sign requests in as a given user the way App Service
 * authentication does.
 */
import type { Config } from '../../../functions/config.js';
import { startApi, type Api, type ApiOptions } from '../../functions/api-harness.js';

export type { ApiResponse, CallOptions } from '../../functions/api-harness.js';
export type SecureApi = Api;
export type SecureApiOptions = ApiOptions;
export const startSecureApi = (options: SecureApiOptions = {}): Promise<SecureApi> => startApi(options);

/** Azure mode behind App Service authentication, without needing Cosmos settings to pass validation. */
export const inAzure = (config: Config): Config => ({ ...config, mode: 'azure', security: { ...config.security, trustClientPrincipal: true } });

/** The x-ms-client-principal header App Service authentication sets for a signed-in Entra user. */
export function signedInAs(objectId: string, roles: string[] = []): Record<string, string> {
  const principal = {
    auth_typ: 'aad',
    name_typ: 'name',
    role_typ: 'roles',
    claims: [
      { typ: 'http://schemas.microsoft.com/identity/claims/objectidentifier', val: objectId },
      { typ: 'name', val: `User ${objectId}` },
      ...roles.map((val) => ({ typ: 'roles', val })),
    ],
  };
  return { 'x-ms-client-principal': Buffer.from(JSON.stringify(principal)).toString('base64'), 'x-ms-client-principal-id': objectId };
}
