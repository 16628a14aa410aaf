/**
 * A Teams service URL that accepts the connection and never answers (finding 4: a turn stayed pending
 * 900 s+, and once a reviewer's stored conversation had one, every POST /api/proposals hung past 300 s).
 * Every send has BOT_SEND_TIMEOUT_MS; a notification after a write does not hold up the write's answer.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApi } from '../functions/api-harness.js';
import { QUICK_WIN } from '../proposals/support.js';

let server: Server;
let hangingUrl: string;
const held = new Set<ServerResponse>();
let received = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    received++;
    req.resume();
    held.add(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hangingUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const SEND_TIMEOUT = '300';

describe('POST /api/proposals when the reviewers\u2019 conversation never answers', () => {
  it('answers 201 without waiting for the post to the reviewers, which gives up after the deadline', async () => {
    const api = await startApi({ env: { BOT_SEND_TIMEOUT_MS: SEND_TIMEOUT, REVIEW_CONVERSATION_ID: 'conv-review' } });
    try {
      await api.store.organisations.upsert({ id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: [] });
      await api.store.conversations.upsert({
        id: 'conv-review',
        reference: { serviceUrl: hangingUrl, channelId: 'msteams', conversation: { id: 'conv-review' }, bot: { id: 'bot' }, user: { id: 'u' } },
        scope: 'team',
        addedAt: '2026-01-01T00:00:00.000Z',
        active: true,
      });
      const before = received;
      const res = await api.call('POST', '/api/proposals', { body: QUICK_WIN });
      expect(res.status).toBe(201);
      // The post to the reviewers was tried, and gave up by the deadline rather than hanging.
      await vi.waitFor(() => expect(received).toBeGreaterThan(before), { timeout: 10_000 });
      await vi.waitFor(() => expect(api.logs.join('\n')).toMatch(/Could not post|did not answer/), { timeout: 10_000 });
    } finally {
      await api.close();
    }
  });
});
