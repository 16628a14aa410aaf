/**
 * A lean keep-alive HTTP client for the benchmarks (node:http, one agent): the time measured is the
 * round trip to the host, with as little client work in it as possible.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Client {
  /** Round-trip time in ms, and the status. */
  get(path: string): Promise<{ ms: number; status: number }>;
  post(path: string, body: unknown): Promise<{ ms: number; status: number }>;
  close(): void;
}

export function httpClient(baseUrl: string, maxSockets = 1): Client {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const base = new URL(baseUrl);
  const send = (method: string, path: string, payload?: Buffer) =>
    new Promise<{ ms: number; status: number }>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {},
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, Buffer.from(JSON.stringify(body))),
    close: () => agent.destroy(),
  };
}
