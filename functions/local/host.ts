/**
 * The local host: a node:http server that serves every registered HTTP function at its Azure route
 * ("/api/" + route) by calling the registered handler itself with an @azure/functions HttpRequest and
 * InvocationContext. Function keys are not checked: the host is meant for loopback.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit, type LogLevel } from '@azure/functions';
import { toProblem, PROBLEM_CONTENT_TYPE } from '../http/problem.js';
import type { HttpFunction } from './load-functions.js';
import { compileRoute, findRoute } from './routes.js';

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

export async function startHost(functions: readonly HttpFunction[], options: HostOptions): Promise<RunningHost> {
  const routes = functions.map((f) => compileRoute(`${ROUTE_PREFIX}/${f.route}`, f));
  const server = createServer((req, res) => {
    serve(routes, req, res, options).catch((error: unknown) => {
      options.log('error', `${req.method} ${req.url} failed in the local host`, error);
      if (!res.headersSent) send(res, 500, { 'content-type': PROBLEM_CONTENT_TYPE }, Buffer.from(JSON.stringify(toProblem(error))));
      else res.destroy();
    });
  });
  await listen(server, options.port, options.host);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const keys = isLoopback(address.address) ? 'Function keys are not checked locally (loopback only).' : `Function keys are NOT checked, and ${address.address} is not loopback: anyone who can reach it can call the API.`;
  options.log(isLoopback(address.address) ? 'information' : 'warning', `${keys} Serving ${functions.length} HTTP functions.`);
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () => close(server),
  };
}

async function serve(routes: ReturnType<typeof compileRoute<HttpFunction>>[], req: IncomingMessage, res: ServerResponse, options: HostOptions): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${options.host}:${options.port}`}`);
  const forMethod = routes.filter((r) => r.target.methods.includes(method));
  const found = findRoute(forMethod, url.pathname);
  if (!found) {
    const other = findRoute(routes, url.pathname);
    const status = other ? 405 : 404;
    const detail = other ? `${method} is not allowed on ${url.pathname}.` : `No function serves ${url.pathname}.`;
    const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, ...(other ? { allow: other.route.target.methods.join(', ') } : {}) };
    send(res, status, headers, Buffer.from(JSON.stringify({ type: 'about:blank', title: status === 405 ? 'Method not allowed' : 'Not found', status, detail, instance: url.pathname })));
    return;
  }
  const fn = found.route.target;
  const body = await readBody(req);
  if (body === 'too-large') {
    send(res, 413, { 'content-type': PROBLEM_CONTENT_TYPE }, Buffer.from(JSON.stringify({ type: 'about:blank', title: 'Payload too large', status: 413 })));
    return;
  }
  const request = new HttpRequest({
    method,
    url: url.toString(),
    headers: headersOf(req),
    query: Object.fromEntries(url.searchParams),
    params: found.params,
    ...(body.length ? { body: { bytes: new Uint8Array(body) } } : {}),
  });
  const context = new InvocationContext({
    invocationId: randomUUID(),
    functionName: fn.name,
    options: { trigger: fn.trigger as never },
    logHandler: (level, ...args) => options.log(level, `[${fn.name}]`, ...args),
  });
  let result: unknown;
  try {
    result = await fn.handler(request, context);
  } catch (error) {
    // The Functions host answers an unhandled error with a bare 500; so does this one.
    context.error('Unhandled error:', error);
    send(res, 500, { 'content-type': PROBLEM_CONTENT_TYPE }, Buffer.from(JSON.stringify(toProblem(error, url.pathname))));
    return;
  }
  const response = result instanceof HttpResponse ? result : new HttpResponse((result ?? {}) as HttpResponseInit);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  send(res, response.status, headers, Buffer.from(await response.arrayBuffer()), response.cookies.map(cookieHeader));
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

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer, cookies: string[] = []): void {
  res.writeHead(status, { ...headers, 'content-length': String(body.length), ...(cookies.length ? { 'set-cookie': cookies } : {}) });
  res.end(body);
}

function cookieHeader(cookie: HttpResponse['cookies'][number]): string {
  const parts = [`${cookie.name}=${cookie.value}`];
  if (cookie.path) parts.push(`Path=${cookie.path}`);
  if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
  if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
  if (cookie.expires) parts.push(`Expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
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
