/**
 * Two runs on one delivery record. A run whose send outlasts its lease is taken over by a later run; when
 * the first one's send finally returns, its result must not overwrite the record the second run wrote
 * (every change carries the ETag it read). Within the lease, a second run keeps its hands off.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../functions/digest/clock.js';
import { deliverDigests, deliveryId, type DeliverOptions } from '../../functions/digest/deliver.js';
import type { ConversationRef, OutgoingActivity, Sender } from '../../functions/digest/sender.js';
import type { Subscription } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';

// An empty store: the runs need only the conversation and subscription each test writes (a seeded one per
// test made each mutant of deliver.ts seed the store three times over).
let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digest-takeover-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const LEASE_MS = 60_000;
const PERIOD = '2026-W48';

/** Time that moves only when a test says so; nothing in these runs needs to wait. */
function manualClock(start: string): Clock & { t: number } {
  const clock = { t: Date.parse(start), now: () => clock.t, sleep: async () => {} };
  return clock;
}

/** A sender whose sends wait until released; `calls` tells a test that a send is under way. */
function heldSender(activityId: string): Sender & { calls: OutgoingActivity[]; release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const calls: OutgoingActivity[] = [];
  return {
    calls,
    release,
    async send(_reference: ConversationRef, activity: OutgoingActivity) {
      calls.push(activity);
      await held;
      return { activityId };
    },
  };
}

async function subscribed(): Promise<Subscription> {
  await store.conversations.upsert({ id: 'team-1', reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'team-1' }, user: { id: 'u' } }, scope: 'team', addedAt: '2020-01-01T00:00:00Z', active: true, addedBy: { id: 'u' } });
  const sub: Subscription = {
    id: 's-1', conversationId: 'team-1', orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da',
    active: true, createdBy: { id: 'owner' }, createdAt: '2020-01-01T00:00:00Z',
  };
  await store.subscriptions.upsert(sub);
  return sub;
}

function options(sender: Sender, clock: Clock, logs: string[]): DeliverOptions {
  return {
    store, sender, clock, leaseMs: LEASE_MS, log: (level, message) => logs.push(`${level}: ${message}`),
    compose: async () => ({ activity: { text: 'ugens tal' }, milestones: [] }),
  };
}

describe('two runs on one delivery', () => {
  it('a run whose lease ran out mid-send does not overwrite the record of the run that took over', async () => {
    const sub = await subscribed();
    const due = { subscription: sub, period: PERIOD, localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') };
    const clock = manualClock('2026-11-23T07:05:00Z');
    const first = heldSender('act-first');
    const firstLogs: string[] = [];
    const firstRun = deliverDigests([due], options(first, clock, firstLogs));
    await vi.waitFor(() => expect(first.calls).toHaveLength(1));

    clock.t += LEASE_MS + 1;
    const second = heldSender('act-second');
    second.release();
    const secondReport = await deliverDigests([due], options(second, clock, []));
    expect(secondReport.results[0]).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-second' });

    first.release();
    const firstReport = await firstRun;
    // The stale ETag is passed on as it is: what the first run reports and logs is the store's refusal.
    const stale = `deliveries: "${deliveryId(sub.id, PERIOD)}" was changed by someone else; reload it and try again`;
    expect(firstReport.results[0]).toMatchObject({ outcome: 'failed', reason: stale });
    expect(firstLogs).toEqual([
      `warning: Delivery ${deliveryId(sub.id, PERIOD)} was taken over by another run before this one recorded "sent"; a duplicate is possible. Lengthen the lease.`,
      `error: Delivery for subscription ${sub.id} (${PERIOD}) stopped: ${stale}`,
    ]);

    const record = await store.deliveries.get(deliveryId(sub.id, PERIOD), sub.id);
    expect(record).toMatchObject({ status: 'sent', activityId: 'act-second' });
  });

  it('a run that finds the record claimed within the lease neither sends nor touches it', async () => {
    const sub = await subscribed();
    const due = { subscription: sub, period: PERIOD, localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') };
    const clock = manualClock('2026-11-23T07:05:00Z');
    const first = heldSender('act-first');
    const firstRun = deliverDigests([due], options(first, clock, []));
    await vi.waitFor(() => expect(first.calls).toHaveLength(1));
    const claimed = await store.deliveries.get(deliveryId(sub.id, PERIOD), sub.id);

    clock.t += LEASE_MS - 1;
    const second = heldSender('act-second');
    second.release();
    const secondReport = await deliverDigests([due], options(second, clock, []));
    expect(secondReport.results[0]).toMatchObject({ outcome: 'skipped', reason: 'being sent by another run' });
    expect(second.calls).toEqual([]);
    expect((await store.deliveries.get(deliveryId(sub.id, PERIOD), sub.id))?._etag).toBe(claimed?._etag);

    first.release();
    expect((await firstRun).results[0]).toMatchObject({ outcome: 'sent', activityId: 'act-first' });
    expect(await store.deliveries.get(deliveryId(sub.id, PERIOD), sub.id)).toMatchObject({ status: 'sent', activityId: 'act-first', attempts: 1 });
  });

  it('two runs starting together send once: one claims, the other finds the claim', async () => {
    const sub = await subscribed();
    const due = { subscription: sub, period: PERIOD, localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') };
    const clock = manualClock('2026-11-23T07:05:00Z');
    const a = heldSender('act-a');
    const b = heldSender('act-b');
    a.release();
    b.release();
    const reports = await Promise.all([deliverDigests([due], options(a, clock, [])), deliverDigests([due], options(b, clock, []))]);
    expect(reports.map((r) => r.results[0]?.outcome).sort()).toEqual(['sent', 'skipped']);
    expect(a.calls.length + b.calls.length).toBe(1);
  });
});
