/**
 * The API in-process (as test/functions/api-harness.ts does it) over a store the test chooses, with a
 * configuration the test chooses — e.g. Azure mode with role settings — and helpers to sign requests in
 * as a given user the way App Service authentication does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../../functions/config.js';
import { createDispatcher } from '../../../functions/local/host.js';
import { loadFunctions, type LoadedFunctions } from '../../../functions/local/load-functions.js';
import { resetRuntime, useRuntime } from '../../../functions/runtime.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import type { Store } from '../../../functions/store/store.js';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface SecureApi {
  store: Store;
  config: Config;
  functions: LoadedFunctions;
  call(method: string, pathAndQuery: string, options?: CallOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface SecureApiOptions {
  /** Settings as environment variables, handed to loadConfig (local mode unless changed by `adjust`). */
  env?: Record<string, string>;
  /** E.g. switch to Azure mode without the Cosmos settings Azure mode would insist on. */
  adjust?: (config: Config) => Config;
  /** Default: an embedded store in a temp folder. */
  store?: Store;
  /** What handlers log through their InvocationContext. */
  onLog?: (line: string) => void;
}

export async function startSecureApi(options: SecureApiOptions = {}): Promise<SecureApi> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-security-'));
  const store = options.store ?? (await openEmbeddedStore({ dir }));
  const loaded = loadConfig({ DATA_DIR: dir, ...options.env });
  const config = options.adjust ? options.adjust(loaded) : loaded;
  useRuntime({ config, store });
  const functions = await loadFunctions();
  const onLog = options.onLog;
  const dispatch = createDispatcher(functions.http, (level, message, ...details) => onLog?.([level, message, ...details.map(String)].join(' ')));
  return {
    store,
    config,
    functions,
    async call(method, pathAndQuery, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      let body: Uint8Array = new Uint8Array();
      if (callOptions.rawBody !== undefined) {
        body = typeof callOptions.rawBody === 'string' ? new TextEncoder().encode(callOptions.rawBody) : callOptions.rawBody;
      } else if (callOptions.body !== undefined) {
        body = new TextEncoder().encode(JSON.stringify(callOptions.body));
        headers['content-type'] ??= 'application/json';
      }
      const response = await dispatch({ method, url: new URL(pathAndQuery, 'http://127.0.0.1:3978'), headers, body });
      const text = response.body.toString('utf8');
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      resetRuntime();
      if (!options.store) await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

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
