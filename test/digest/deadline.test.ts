/**
 * A digest run stops well before the Functions host would end it (functionTimeout, host.json): past its
 * deadline it claims nothing and starts no request, so nothing is left 'sending' for a later run to
 * resend, and the next run sends what was left exactly once. Time is a fake clock; sends take time on it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS, deliverDigests, type DeliveryReport } from '../../functions/digest/deliver.js';
import { RUN_BUDGET_MS } from '../../functions/digest/run.js';
import { SendError, type ConversationRef, type OutgoingActivity, type Sender } from '../../functions/digest/sender.js';
import type { Subscription } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';
import { FakeClock } from './support/fake-clock.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const compose = async () => ({ activity: { text: 'digest' }, milestones: [] });
// Retries enough that only the deadline can end them.
const policy = { maxAttempts: 50, maxRequests: 50, baseDelayMs: 5_000, maxDelayMs: 30_000, defaultRetryAfterMs: 1_000 };

/** A sender whose every request takes `ms` on the fake clock; `fail` makes chosen conversations answer 503. */
function slowSender(clock: FakeClock, ms: number, fail = (_to: string) => false): Sender & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(reference: ConversationRef, _activity: OutgoingActivity) {
      const to = (reference.conversation as { id: string }).id;
      await clock.sleep(ms);
      if (fail(to)) throw new SendError('busy', 503);
      sent.push(to);
      return { activityId: `act-${sent.length}` };
    },
  };
}

async function subscriptions(prefix: string, n: number) {
  const due = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${i}`;
    await store.conversations.upsert({ id, reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id } }, scope: 'team', addedAt: '2020-01-01T00:00:00Z', active: true });
    const subscription: Subscription = {
      id: `sub-${id}`, conversationId: id, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da',
      active: true, createdBy: { id: 'owner' }, createdAt: '2020-01-01T00:00:00Z',
    };
    await store.subscriptions.upsert(subscription);
    due.push({ subscription, period: '2026-W48', localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') });
  }
  return due;
}

/**
 * Runs deliverDigests, moving the fake clock on a second at a time only while the run waits on it (the
 * store does real I/O, during which fake time must stand still).
 */
async function run(clock: FakeClock, work: Promise<DeliveryReport>): Promise<DeliveryReport> {
  let done = false;
  const settled = work.finally(() => (done = true));
  while (!done) {
    if (clock.sleeping > 0) await clock.advance(1_000);
    else await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return settled;
}

const statuses = async (prefix: string) =>
  (await store.deliveries.findAll()).filter((d) => d.subscriptionId.startsWith(`sub-${prefix}`)).map((d) => d.status);

describe('a run that reaches its deadline', () => {
  it('leaves nothing in flight, and the next run sends each remaining digest once', async () => {
    const due = await subscriptions('slow', 10);
    const clock = new FakeClock();
    const sender = slowSender(clock, 20_000);
    const first = await run(clock, deliverDigests(due, { store, sender, compose, clock, concurrency: 2, deadline: clock.now() + 60_000 }));
    expect(first.sent).toBeGreaterThan(0);
    expect(first.deferred).toBeGreaterThan(0);
    expect(first.sent + first.deferred).toBe(10);
    expect(await statuses('slow')).not.toContain('sending');
    // Past the deadline only requests already under way finished: none started after it.
    expect(clock.now()).toBeLessThan(60_000 + 20_000 + 1_000);

    const second = await run(clock, deliverDigests(due, { store, sender, compose, clock, concurrency: 2, deadline: clock.now() + 15 * 60_000 }));
    expect(second).toMatchObject({ sent: first.deferred, skipped: first.sent, deferred: 0, resumed: 0 });
    expect(sender.sent.sort()).toEqual(due.map((d) => d.subscription.conversationId).sort());
  });

  it('does not wait out a retry past the deadline: the delivery is recorded as not sent and sent once by the next run', async () => {
    const due = await subscriptions('retry', 1);
    const clock = new FakeClock();
    let busy = true;
    const sender = slowSender(clock, 1_000, () => busy);
    const first = await run(clock, deliverDigests(due, { store, sender, compose, clock, retry: policy, deadline: clock.now() + 20_000 }));
    expect(first).toMatchObject({ sent: 0, failed: 0, deferred: 1 });
    // It gave up instead of sleeping past the deadline (plus one request and one clock step).
    expect(clock.now()).toBeLessThanOrEqual(20_000 + 1_000 + 1_000);
    // Recorded as not sent (a transient failure the next run retries), never left 'sending'.
    expect(await statuses('retry')).toEqual(['failed']);

    busy = false;
    const second = await run(clock, deliverDigests(due, { store, sender, compose, clock, retry: policy, deadline: clock.now() + 60_000 }));
    expect(second).toMatchObject({ sent: 1, resumed: 0 });
    expect(sender.sent).toEqual(['retry-0']);
  });
});

describe('the timer run against host.json', () => {
  const timeout = /^(\d\d):(\d\d):(\d\d)$/.exec(JSON.parse(readFileSync(new URL('../../host.json', import.meta.url), 'utf8')).functionTimeout)!;
  const timeoutMs = ((Number(timeout[1]) * 60 + Number(timeout[2])) * 60 + Number(timeout[3])) * 1000;

  it('stops starting deliveries at least a minute before functionTimeout', () => {
    expect(RUN_BUDGET_MS).toBeLessThanOrEqual(timeoutMs - 60_000);
  });

  it('keeps a claimed delivery leased for longer than a run can live', () => {
    expect(DEFAULT_LEASE_MS).toBeGreaterThan(timeoutMs);
  });
});
