/**
 * The API in-process: the registered functions (found through @azure/functions-core, as the local host
 * finds them), called with real HttpRequest objects over a real embedded store in a temp folder.
 * No sockets; the route matching is the local host's own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../functions/config.js';
import { createDispatcher } from '../../functions/local/host.js';
import { loadFunctions, type LoadedFunctions } from '../../functions/local/load-functions.js';
import { resetRuntime, useRuntime } from '../../functions/runtime.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined when there is none. */
  body: any;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is, not JSON-encoded. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface Api {
  store: Store;
  config: Config;
  functions: LoadedFunctions;
  logs: string[];
  call(method: string, pathAndQuery: string, options?: CallOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiOptions {
  /** Settings as environment variables, handed to loadConfig (local mode unless changed by `adjust`). */
  env?: Record<string, string>;
  /** E.g. switch to Azure mode without the Cosmos settings Azure mode would insist on. */
  adjust?: (config: Config) => Config;
  /** Default: an embedded store in a temp folder, closed by close(). */
  store?: Store;
  /** What handlers log through their InvocationContext (also kept in `logs`). */
  onLog?: (line: string) => void;
}

export async function startApi(options: ApiOptions = {}): Promise<Api> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-api-'));
  const store = options.store ?? (await openEmbeddedStore({ dir }));
  const loaded = loadConfig({ DATA_DIR: dir, ...options.env });
  const config = options.adjust ? options.adjust(loaded) : loaded;
  useRuntime({ config, store });
  const functions = await loadFunctions();
  const logs: string[] = [];
  const dispatch = createDispatcher(functions.http, (level, message, ...details) => {
    const line = [level, message, ...details.map(String)].join(' ');
    logs.push(line);
    options.onLog?.(line);
  });
  return {
    store,
    config,
    functions,
    logs,
    async call(method, pathAndQuery, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      let body: Uint8Array = new Uint8Array();
      if (options.rawBody !== undefined) {
        body = typeof options.rawBody === 'string' ? new TextEncoder().encode(options.rawBody) : options.rawBody;
      } else if (options.body !== undefined) {
        body = new TextEncoder().encode(JSON.stringify(options.body));
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
