import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDigests, deliveryId } from '../../functions/digest/deliver.js';
import { runDueDigests } from '../../functions/digest/run.js';
import { SendError, type ConversationRef, type OutgoingActivity, type Sender } from '../../functions/digest/sender.js';
import type { Subscription } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const policy = { maxAttempts: 2, maxRequests: 3, baseDelayMs: 1, maxDelayMs: 2, defaultRetryAfterMs: 1 };

function recordingSender(fail?: (conversationId: string) => SendError | undefined): Sender & { sent: { to: string; activity: OutgoingActivity }[] } {
  const sent: { to: string; activity: OutgoingActivity }[] = [];
  return {
    sent,
    async send(reference: ConversationRef, activity: OutgoingActivity) {
      const to = (reference.conversation as { id: string }).id;
      const error = fail?.(to);
      if (error) throw error;
      sent.push({ to, activity });
      return { activityId: `act-${sent.length}` };
    },
  };
}

async function conversation(id: string, active = true, scope: 'personal' | 'team' = 'team', addedBy = 'someone') {
  await store.conversations.upsert({ id, reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id }, user: { id: addedBy } }, scope, addedAt: '2020-01-01T00:00:00Z', active, addedBy: { id: addedBy } });
}

function subscription(id: string, conversationId: string, owner = 'owner-1'): Subscription {
  return {
    id, conversationId, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da',
    active: true, createdBy: { id: owner }, createdAt: '2020-01-01T00:00:00Z',
  };
}

const due = (s: Subscription) => ({ subscription: s, period: '2026-W48', localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') });
const compose = async () => ({ activity: { text: 'digest' }, milestones: [] });

describe('a delivery run', () => {
  it('sends due digests, reports failures to the owner’s personal chat, and skips what is done', async () => {
    await conversation('team-ok');
    await conversation('team-gone', false);
    await conversation('owner-chat', true, 'personal', 'owner-1');
    await store.subscriptions.upsert(subscription('s-ok', 'team-ok'));
    await store.subscriptions.upsert(subscription('s-gone', 'team-gone'));
    const sender = recordingSender();
    const logs: string[] = [];
    const at = new Date('2026-11-23T07:05:00Z');
    const report = await runDueDigests(store, sender, at, { log: (_l, m) => logs.push(m), retry: policy });
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    expect(sender.sent.filter((s) => s.to === 'team-ok')).toHaveLength(1);
    const ownerReport = sender.sent.find((s) => s.to === 'owner-chat');
    expect(ownerReport?.activity.text).toMatch(/1 sendt, 1 fejlede/);
    expect(logs.some((l) => /1 sent, 1 failed/.test(l))).toBe(true);

    const again = await runDueDigests(store, recordingSender(), at, { log: () => {}, retry: policy });
    expect(again).toMatchObject({ sent: 0, skipped: 2 });
  });

  it('tries a transient failure again in a later run, but not a permanent one', async () => {
    await conversation('c-flaky');
    await conversation('c-removed');
    const subs = [subscription('s-flaky', 'c-flaky'), subscription('s-removed', 'c-removed')];
    const failing = recordingSender((to) => (to === 'c-flaky' ? new SendError('bad gateway', 502) : new SendError('bot removed', 403)));
    const first = await deliverDigests(subs.map(due), { store, sender: failing, compose, retry: policy });
    expect(first).toMatchObject({ failed: 2 });
    const removed = await store.deliveries.get(deliveryId('s-removed', '2026-W48'), 's-removed');
    expect(removed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(removed?.error).toMatch(/^permanent: HTTP 403/);

    const healthy = recordingSender();
    const second = await deliverDigests(subs.map(due), { store, sender: healthy, compose, retry: policy });
    expect(second.results.find((r) => r.subscriptionId === 's-flaky')?.outcome).toBe('sent');
    expect(second.results.find((r) => r.subscriptionId === 's-removed')?.outcome).toBe('skipped');
    expect(healthy.sent.map((s) => s.to)).toEqual(['c-flaky']);
  });

  it('leaves a claim younger than the lease to the run that made it', async () => {
    await conversation('c-busy');
    const s = subscription('s-busy', 'c-busy');
    const now = new Date().toISOString();
    await store.deliveries.create({ id: deliveryId('s-busy', '2026-W48'), subscriptionId: 's-busy', period: '2026-W48', status: 'sending', attempts: 0, createdAt: now, updatedAt: now });
    const sender = recordingSender();
    const report = await deliverDigests([due(s)], { store, sender, compose });
    expect(report.results[0]).toMatchObject({ outcome: 'skipped', reason: 'being sent by another run' });
    expect(sender.sent).toHaveLength(0);
  });
});
