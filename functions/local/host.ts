/**
 * The local host: a node:http server that serves every registered HTTP function at its Azure route
 * ("/api/" + route) by calling the registered handler itself with an @azure/functions HttpRequest and
 * InvocationContext. Function keys are not checked: the host is meant for loopback.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import azureFunctions from '@azure/functions';
import type { LogLevel } from '@azure/functions';
import { isLoopbackHost } from '../config.js';
import { PROBLEM_CONTENT_TYPE } from '../http/problem.js';
import type { HttpFunction } from './load-functions.js';
import { LocalHttpRequest } from './local-request.js';
import { localResponse, type LocalResponse } from './local-response.js';
import { refuseForeignRequest } from './request-origin.js';
import { compileRoute, findRoute } from './routes.js';

// The classes are not named exports Node's CommonJS detection can see; take them from the module object.
const { HttpRequest, InvocationContext } = azureFunctions;

/** host.json's extensions.http.routePrefix; test/functions checks they agree. */
export const ROUTE_PREFIX = 'api';

/** Azure's own limit on request bodies is 100 MB; locally a smaller cap keeps a runaway client in check. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export type Log = (level: LogLevel, message: string, ...details: unknown[]) => void;

export interface HostOptions {
  port: number;
  host: string;
  log: Log;
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

/** A request as the socket delivered it, and the response to write back. */
export interface LocalRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Uint8Array;
}

export type Dispatch = (request: LocalRequest) => Promise<LocalResponse>;

/** Routes a request to the registered function and calls its handler: the host without the socket. */
export function createDispatcher(functions: readonly HttpFunction[], log: Log): Dispatch {
  const routes = functions.map((f) => compileRoute(`${ROUTE_PREFIX}/${f.route}`, f));
  const byMethod = new Map<string, typeof routes>();
  for (const route of routes) for (const m of route.target.methods) byMethod.set(m, [...(byMethod.get(m) ?? []), route]);
  return async ({ method, url, headers, body }) => {
    method = method.toUpperCase();
    const found = findRoute(byMethod.get(method) ?? [], url.pathname);
    if (!found) {
      const other = findRoute(routes, url.pathname);
      return other
        ? problem(405, 'Method not allowed', `${method} is not allowed on ${url.pathname}.`, url, { allow: other.route.target.methods.join(', ') })
        : problem(404, 'Not found', `No function serves ${url.pathname}.`, url);
    }
    const fn = found.route.target;
    const init = { method, url: url.toString(), headers, query: Object.fromEntries(url.searchParams), params: found.params };
    // A GET or HEAD body goes to the library's request, which drops it with a warning as Azure's does.
    const request =
      body.length && (method === 'GET' || method === 'HEAD') ? new HttpRequest({ ...init, body: { bytes: body } }) : new LocalHttpRequest(init, body);
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: fn.name,
      options: { trigger: fn.trigger as never },
      logHandler: (level, ...args) => log(level, `[${fn.name}]`, ...args),
    });
    let result: unknown;
    try {
      result = await fn.handler(request, context);
    } catch (error) {
      // The Functions host answers an unhandled error with a bare 500; so does this one.
      context.error('Unhandled error:', error);
      return problem(500, 'Internal Server Error', undefined, url);
    }
    return localResponse(result);
  };
}

export async function startHost(functions: readonly HttpFunction[], options: HostOptions): Promise<RunningHost> {
  const dispatch = createDispatcher(functions, options.log);
  // Known once listening: on loopback, requests are checked against the port actually bound (PORT=0 picks one).
  let guardPort: number | undefined;
  const server = createServer((req, res) => {
    serve(dispatch, req, res, options, guardPort).catch((error: unknown) => {
      options.log('error', `${req.method} ${req.url} failed in the local host`, error);
      if (res.headersSent) res.destroy();
      else send(res, problem(500, 'Internal Server Error', undefined, undefined));
    });
  });
  await listen(server, options.port, options.host);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const loopback = isLoopbackHost(address.address);
  // Bound elsewhere there is no local admin to impersonate (a call without sign-in is 401), so nothing to guard.
  if (loopback) guardPort = address.port;
  options.log(
    loopback ? 'information' : 'warning',
    loopback
      ? `Function keys are not checked locally (loopback only). Serving ${functions.length} HTTP functions.`
      : `Function keys are NOT checked and ${address.address} is not loopback: anyone who reaches it can call the API.`,
  );
  return { url: `http://${shownHost}:${address.port}`, close: () => close(server) };
}

async function serve(dispatch: Dispatch, req: IncomingMessage, res: ServerResponse, options: HostOptions, guardPort: number | undefined): Promise<void> {
  const headers = headersOf(req);
  const refusal = guardPort === undefined ? undefined : refuseForeignRequest(headers, guardPort);
  if (refusal) {
    req.resume();
    send(res, problem(refusal.status, refusal.title, refusal.detail, undefined));
    return;
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${options.host}:${options.port}`}`);
  const body = await readBody(req);
  if (body === 'too-large') {
    send(res, problem(413, 'Payload too large', `The local host accepts bodies up to ${MAX_REQUEST_BYTES} bytes.`, url));
    return;
  }
  send(res, await dispatch({ method: req.method ?? 'GET', url, headers, body: new Uint8Array(body) }));
}

function problem(status: number, title: string, detail: string | undefined, url: URL | undefined, headers: Record<string, string> = {}): LocalResponse {
  const body = { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(url ? { instance: url.pathname } : {}) };
  return { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers }, cookies: [], body: Buffer.from(JSON.stringify(body)) };
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    const value = req.rawHeaders[i + 1]!;
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: LocalResponse): void {
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': String(response.body.length),
    ...(response.cookies.length ? { 'set-cookie': response.cookies } : {}),
  });
  res.end(response.body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive connections would hold close() open until they time out.
    server.closeAllConnections();
  });
}
