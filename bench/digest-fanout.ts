/**
 * Fan-out benchmark: one digest to each of 2,000 conversations in one tenant, through the real delivery code
 * (claims and results in an embedded store, token buckets, Retry-After) against a local connector that
 * enforces Teams' limits and answers 10 % of requests with 429. Prints the request rate as a fraction of the
 * allowed ceiling (50/s) and the numbers of lost and duplicated messages.
 *
 *   npx tsx bench/digest-fanout.ts [--conversations 2000] [--share429 0.1]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConnectorSender } from '../functions/digest/connector-sender.js';
import { deliverDigests } from '../functions/digest/deliver.js';
import type { DueDigest } from '../functions/digest/schedule.js';
import type { Subscription } from '../functions/domain/model.js';
import { openEmbeddedStore } from '../functions/store/embedded/index.js';
import { startFakeConnector } from '../test/digest/support/fake-connector.js';

const { values } = parseArgs({ options: { conversations: { type: 'string', default: '2000' }, share429: { type: 'string', default: '0.1' } } });
const count = Number(values.conversations);
const CEILING = 50;

const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-fanout-'));
const connector = await startFakeConnector({ perTenantPerSecond: CEILING, perConversationPerSecond: 7, random429Share: Number(values.share429), seed: 7 });
const store = await openEmbeddedStore({ dir });
try {
  const now = new Date().toISOString();
  const due: DueDigest[] = [];
  for (let i = 0; i < count; i++) {
    const conversationId = `19:bench-${i}@thread.tacv2`;
    await store.conversations.create({
      id: conversationId,
      reference: { serviceUrl: connector.url, conversation: { id: conversationId, tenantId: 'tenant-1' }, bot: { id: 'bot' }, channelId: 'msteams' },
      scope: 'team',
      tenantId: 'tenant-1',
      addedAt: now,
      active: true,
    });
    const subscription: Subscription = {
      id: `sub-${i}`, conversationId, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
      language: 'da', active: true, createdBy: { id: 'owner' }, createdAt: now,
    };
    due.push({ subscription, period: '2026-W48', localDate: '2026-11-23', at: new Date() });
  }
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Ugens mål', wrap: true }] };
  const started = performance.now();
  const report = await deliverDigests(due, {
    store,
    sender: new ConnectorSender(),
    compose: async () => ({ activity: { text: 'Ugens mål', card }, milestones: [] }),
    concurrency: 128,
  });
  const seconds = (performance.now() - started) / 1000;
  const perConversation = new Map<string, number>();
  for (const r of connector.received) perConversation.set(r.conversationId, (perConversation.get(r.conversationId) ?? 0) + 1);
  const lost = due.filter((d) => !perConversation.has(d.subscription.conversationId)).length;
  const duplicated = [...perConversation.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const span = ((connector.stats.lastAt ?? 0) - (connector.stats.firstAt ?? 0)) / 1000;
  const requestRate = connector.stats.requests / Math.max(span, 1e-9);
  console.log(
    [
      `digest fan-out: ${count} conversations in ${seconds.toFixed(1)} s`,
      `  requests ${connector.stats.requests} (${connector.stats.random429} random 429, ${connector.stats.limit429} 429 for exceeding a limit)`,
      `  request rate ${requestRate.toFixed(1)}/s of ${CEILING}/s allowed: throughput ratio ${(requestRate / CEILING).toFixed(3)} (target ≥ 0.9)`,
      `  delivered ${connector.stats.accepted} messages, ${(connector.stats.accepted / seconds).toFixed(1)}/s`,
      `  report: sent ${report.sent}, failed ${report.failed}, throttled ${report.throttled}`,
      `  lost ${lost}, duplicated ${duplicated}`,
    ].join('\n'),
  );
  if (lost || duplicated || report.failed) process.exitCode = 1;
} finally {
  await store.close();
  await connector.close();
  await rm(dir, { recursive: true, force: true });
}
