/**
 * A loopback HTTP proxy in front of the Cosmos test server that forwards chosen writes, lets the server
 * carry them out, and then answers 503 instead of the server's answer — the write happened, the client
 * was never told. (fault-proxy.ts refuses before forwarding, so its refused requests never happen.)
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LostAnswerProxy {
  url: string;
  /** Lose the answer of the next write with this method ("POST" create, "PUT" replace, "DELETE") to a doc path. */
  loseNext(method: 'POST' | 'PUT' | 'DELETE'): void;
  /** Answers lost so far. */
  lost: number;
  stop(): Promise<void>;
}

export async function startLostAnswerProxy(target: string): Promise<LostAnswerProxy> {
  const upstream = new URL(target);
  const armed = new Set<string>();
  const proxy = { lost: 0 } as LostAnswerProxy;
  const server: Server = createServer(async (req, res) => {
    const body = await readAll(req);
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    const lose = /\/docs(\/|$)/.test(path) && !isQuery(req) && armed.delete(method);
    const forward = request({ host: upstream.hostname, port: upstream.port, method, path, headers: { ...req.headers, host: upstream.host } }, (up) => {
      if (lose) {
        up.resume();
        up.on('end', () => {
          proxy.lost += 1;
          res.writeHead(503, { 'content-type': 'application/json', 'x-ms-activity-id': `lost-${proxy.lost}` });
          res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'answer lost by the proxy' }));
        });
        return;
      }
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.loseNext = (method) => void armed.add(method);
  proxy.stop = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
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
