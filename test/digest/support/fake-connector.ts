/**
 * A local stand-in for the Teams Bot Connector: records every activity it accepts, enforces Teams' rate
 * limits (per tenant and per conversation, over sliding one-second windows) with 429s, and answers a share
 * of requests with 429 at random, as a busy service does. Like Teams it never deduplicates. It can also
 * answer "was a message with this marker posted here?" (GET …/activities?marker=), which Teams cannot; the
 * sender only uses that when asked to.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeConnectorOptions {
  perTenantPerSecond?: number;
  perConversationPerSecond?: number;
  /** Share of otherwise acceptable requests answered 429 anyway. */
  random429Share?: number;
  /** Retry-After for the random 429s, in seconds. */
  retryAfterSeconds?: number;
  /** Deterministic randomness. */
  seed?: number;
  /** Delay before answering, in ms. */
  latencyMs?: number;
}

export interface Received {
  conversationId: string;
  marker?: string;
  at: number;
  activity: Record<string, unknown>;
}

export interface FakeConnector {
  url: string;
  received: Received[];
  stats: { requests: number; accepted: number; random429: number; limit429: number; firstAt?: number; lastAt?: number };
  close(): Promise<void>;
}

export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const tenantLimit = options.perTenantPerSecond ?? 50;
  const conversationLimit = options.perConversationPerSecond ?? 7;
  const share = options.random429Share ?? 0;
  let state = options.seed ?? 42;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const received: Received[] = [];
  const stats: FakeConnector['stats'] = { requests: 0, accepted: 0, random429: 0, limit429: 0 };
  const tenantWindow: number[] = [];
  const conversationWindows = new Map<string, number[]>();
  const byMarker = new Map<string, string>();

  const overLimit = (window: number[], now: number, limit: number) => {
    while (window.length && window[0]! <= now - 1000) window.shift();
    return window.length >= limit;
  };

  const server: Server = createServer(async (req, res) => {
    const arrived = performance.now();
    // Also POST …/activities/{replyToId}: botbuilder's proactive sends go out as replies to the continuation event.
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/?]+)?(?:\?marker=(.*))?$/.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    const conversationId = decodeURIComponent(match[1]!);
    if (req.method === 'GET') {
      const id = byMarker.get(`${conversationId}|${decodeURIComponent(match[2] ?? '')}`);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(id ? { id } : {}));
    }
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const now = arrived;
    stats.requests += 1;
    stats.firstAt ??= now;
    stats.lastAt = now;
    // Every request counts against the limits, the refused ones too, as at the real service.
    const conversationWindow = conversationWindows.get(conversationId) ?? [];
    conversationWindows.set(conversationId, conversationWindow);
    const limited = overLimit(tenantWindow, now, tenantLimit) || overLimit(conversationWindow, now, conversationLimit);
    tenantWindow.push(now);
    conversationWindow.push(now);
    if (limited) {
      stats.limit429 += 1;
      return void res.writeHead(429, { 'retry-after': '1' }).end('limit exceeded');
    }
    if (random() < share) {
      stats.random429 += 1;
      return void res.writeHead(429, { 'retry-after': String(options.retryAfterSeconds ?? 1) }).end('busy');
    }
    const id = `act-${stats.accepted + 1}`;
    stats.accepted += 1;
    const marker = (body.channelData as { maalbotDeliveryId?: string } | undefined)?.maalbotDeliveryId;
    received.push({ conversationId, marker, at: now, activity: body });
    if (marker) byMarker.set(`${conversationId}|${marker}`, id);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
