/**
 * A loopback HTTP proxy in front of the Cosmos test server that answers some requests itself with 429
 * (with x-ms-retry-after-ms, as Cosmos DB does) or 503, before they reach the server — so a refused
 * request has certainly not been carried out — and counts every write the server did carry out, by item.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultPlan {
  /** Decides, per data-plane request, whether to refuse it and how. */
  fault(req: { method: string; path: string; n: number }): 429 | 503 | undefined;
}

export interface FaultProxy {
  url: string;
  injected: { 429: number; 503: number };
  /** Writes the server answered with 2xx, by "POST|UPSERT|PUT|DELETE id". */
  applied: Map<string, number>;
  stop(): Promise<void>;
}

export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const upstream = new URL(target);
  const injected = { 429: 0, 503: 0 };
  const applied = new Map<string, number>();
  let n = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readAll(req);
    const path = req.url ?? '/';
    const isDocs = /\/docs(\/|$)/.test(path);
    const fault = isDocs ? plan.fault({ method: req.method ?? 'GET', path, n: n++ }) : undefined;
    if (fault) {
      injected[fault] += 1;
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ms-activity-id': `fault-${n}` };
      if (fault === 429) headers['x-ms-retry-after-ms'] = '5';
      res.writeHead(fault, headers).end(JSON.stringify({ code: fault === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'injected by the fault proxy' }));
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path, headers: { ...req.headers, host: upstream.host } },
      (up) => {
        const status = up.statusCode ?? 502;
        if (isDocs && status >= 200 && status < 300 && req.method !== 'GET' && !isQuery(req)) {
          const verb = req.headers['x-ms-documentdb-is-upsert'] === 'true' ? 'UPSERT' : req.method;
          const key = `${verb} ${writtenId(req.method ?? '', path, body)}`;
          applied.set(key, (applied.get(key) ?? 0) + 1);
        }
        res.writeHead(status, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    applied,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The item a write is about: in the path for replace and delete, in the body for create and upsert. */
function writtenId(method: string, path: string, body: Buffer): string {
  const inPath = /\/docs\/([^/?]+)/.exec(path);
  if (inPath && method !== 'POST') return decodeURIComponent(inPath[1]!);
  try {
    return String((JSON.parse(body.toString('utf8')) as { id?: unknown }).id);
  } catch {
    return '?';
  }
}

/** Queries are POSTs to the same path as creates. */
function isQuery(req: IncomingMessage): boolean {
  return String(req.headers['content-type'] ?? '').includes('query+json') || String(req.headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true';
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
