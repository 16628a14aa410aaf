/**
 * What one delivery run reports and records for each way a delivery can end: sent, a conversation that
 * is gone, a digest that cannot be built, a permanent or transient failure, out of time, and an error no
 * one expected; the report's counts and the record's text for each, and where a send is addressed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../functions/digest/clock.js';
import { deliverDigests, deliveryId, type DeliverOptions } from '../../functions/digest/deliver.js';
import { OUT_OF_TIME } from '../../functions/digest/retry.js';
import { reportLine } from '../../functions/digest/run.js';
import type { DueDigest } from '../../functions/digest/schedule.js';
import { SendError, type ConversationRef, type OutgoingActivity, type Sender } from '../../functions/digest/sender.js';
import type { Conversation, Subscription } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';

const PERIOD = '2026-W48';
const START = Date.parse('2026-11-23T07:05:00Z');

let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digest-outcomes-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Fake time that a sleep moves on at once (a frozen clock would hold the throttle's waits forever). */
function steppingClock(): Clock {
  const clock = { t: START, now: () => clock.t, sleep: async (ms: number) => void (clock.t += Math.max(0, ms)) };
  return clock;
}
const policy = { maxAttempts: 2, maxRequests: 4, baseDelayMs: 1, maxDelayMs: 1, defaultRetryAfterMs: 1 };

/** Sends by conversation id: an error for those named in `failures`, else an activity id; every send kept. */
function sender(failures: Record<string, Error> = {}): Sender & { sent: { reference: ConversationRef; activity: OutgoingActivity }[] } {
  const sent: { reference: ConversationRef; activity: OutgoingActivity }[] = [];
  return {
    sent,
    async send(reference, activity) {
      const id = (reference.conversation as { id: string }).id;
      sent.push({ reference, activity });
      const failure = failures[id];
      if (failure) throw failure;
      return { activityId: `act-${id}` };
    },
  };
}

/** A due digest for subscription sub-<id>, its conversation stored as given (null: none). */
async function due(id: string, conversation: Partial<Conversation> | null = {}): Promise<DueDigest> {
  if (conversation) {
    await store.conversations.upsert({
      id: `conv-${id}`, reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id: `conv-${id}` } }, scope: 'team', addedAt: '2020-01-01T00:00:00Z', active: true, ...conversation,
    });
  }
  const subscription: Subscription = {
    id: `sub-${id}`, conversationId: `conv-${id}`, orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da',
    active: true, createdBy: { id: 'owner' }, createdAt: '2020-01-01T00:00:00Z',
  };
  await store.subscriptions.upsert(subscription);
  return { subscription, period: PERIOD, localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') };
}

function options(send: Sender, extra: Partial<DeliverOptions> = {}): DeliverOptions {
  return { store, sender: send, clock: steppingClock(), retry: policy, compose: async (d) => ({ activity: { text: `digest ${d.subscription.id}` }, milestones: [] }), ...extra };
}

const recordOf = (id: string) => store.deliveries.get(deliveryId(`sub-${id}`, PERIOD), `sub-${id}`);

/** The store with one method of one container failing with `error`, the rest the real store's. */
function failing(container: 'deliveries' | 'milestones', method: 'create' | 'replace', error: Error): Store {
  const broken = new Proxy(store[container], { get: (target, prop, receiver) => (prop === method ? async () => Promise.reject(error) : Reflect.get(target, prop, receiver)) });
  return { ...store, [container]: broken } as Store;
}

describe('how a delivery ends', () => {
  it('sent: the digest with its marker goes to the conversation; the record says sent with the activity and requests', async () => {
    const send = sender();
    const report = await deliverDigests([await due('a')], options(send));
    expect(report.results).toEqual([
      { deliveryId: `sub-a~${PERIOD}`, subscriptionId: 'sub-a', outcome: 'sent', activityId: 'act-conv-a', requests: 1, throttled: 0, resumed: false },
    ]);
    expect(send.sent.map((s) => s.activity)).toEqual([{ text: 'digest sub-a', marker: `sub-a~${PERIOD}` }]);
    expect(await recordOf('a')).toMatchObject({ status: 'sent', activityId: 'act-conv-a', attempts: 1, period: PERIOD, subscriptionId: 'sub-a', createdAt: new Date(START).toISOString() });
  });

  it('the record says when it was last changed: claimed at the start, sent when the send came back', async () => {
    const clock = steppingClock();
    const slow: Sender = { send: async () => (await clock.sleep(5_000), { activityId: 'act-slow' }) };
    await deliverDigests([await due('m')], options(slow, { clock }));
    expect(await recordOf('m')).toMatchObject({ status: 'sent', createdAt: new Date(START).toISOString(), updatedAt: new Date(START + 5_000).toISOString() });
  });

  it.each([
    ['no longer active', { active: false }],
    ['without a conversation id in its reference', { reference: { serviceUrl: 'http://127.0.0.1:9', conversation: {} } }],
    ['gone from the store', null],
  ])('a conversation %s fails for good, with nothing sent', async (_name, conversation) => {
    const send = sender();
    const report = await deliverDigests([await due('gone', conversation)], options(send));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'conversation gone or inactive', requests: 0 });
    expect(send.sent).toEqual([]);
    expect(await recordOf('gone')).toMatchObject({ status: 'failed', error: 'permanent: the conversation is gone or inactive' });
  });

  it('a digest that cannot be built fails for now (the next run tries again), nothing sent', async () => {
    const send = sender();
    const report = await deliverDigests([await due('b')], options(send, { compose: async () => Promise.reject(new Error('no figures')) }));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'no figures' });
    expect(send.sent).toEqual([]);
    expect(await recordOf('b')).toMatchObject({ status: 'failed', error: 'could not build the digest: no figures', attempts: 0 });
    // Not permanent: a later run builds and sends it.
    expect((await deliverDigests([await due('b')], options(send))).results[0]?.outcome).toBe('sent');
  });

  it('a build that throws something other than an Error is reported by its text', async () => {
    const report = await deliverDigests([await due('c')], options(sender(), { compose: async () => Promise.reject('store offline') }));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'store offline' });
  });

  it('a permanent failure: the status and message recorded as permanent, with the requests made', async () => {
    const report = await deliverDigests([await due('d')], options(sender({ 'conv-d': new SendError('bot removed', 403) })));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'permanent: HTTP 403: bot removed', requests: 1, throttled: 0 });
    expect(await recordOf('d')).toMatchObject({ status: 'failed', error: 'permanent: HTTP 403: bot removed', attempts: 1 });
  });

  it('a transient failure: recorded without "permanent", with every request and 429 counted', async () => {
    const send = sender({ 'conv-e': new SendError('busy', 429, 1) });
    const report = await deliverDigests([await due('e')], options(send));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'HTTP 429: busy', requests: 4, throttled: 4 });
    expect(report).toMatchObject({ failed: 1, throttled: 4, requests: 4 });
    expect(await recordOf('e')).toMatchObject({ status: 'failed', error: 'HTTP 429: busy', attempts: 4 });
  });

  it('a network failure has no status in its text', async () => {
    const report = await deliverDigests([await due('f')], options(sender({ 'conv-f': new SendError('socket hang up') })));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'socket hang up', requests: 2 });
  });

  it('out of time while retrying: deferred, recorded as a failure the next run sends', async () => {
    const report = await deliverDigests([await due('g')], options(sender(), { deadline: START }));
    // Past the deadline before the first delivery: not even claimed.
    expect(report.results).toEqual([{ deliveryId: `sub-g~${PERIOD}`, subscriptionId: 'sub-g', outcome: 'deferred', reason: 'the run reached its deadline', requests: 0, throttled: 0, resumed: false }]);
    expect(await recordOf('g')).toBeUndefined();

    const failing = sender({ 'conv-h': new SendError('bad gateway', 502) });
    // A backoff of up to 1000 s (the jitter is Math.random) cannot end before a deadline 1 ms away.
    const retry = { ...policy, baseDelayMs: 1_000_000, maxDelayMs: 1_000_000 };
    const retrying = await deliverDigests([await due('h')], options(failing, { deadline: START + 1, retry }));
    expect(retrying.results[0]).toMatchObject({ outcome: 'deferred', reason: OUT_OF_TIME, requests: 1 });
    expect(retrying).toMatchObject({ deferred: 1, failed: 0 });
    expect(await recordOf('h')).toMatchObject({ status: 'failed', error: OUT_OF_TIME, attempts: 1 });
  });

  it('an error no one expected ends that delivery only, logged, and the others go on', async () => {
    const logs: string[] = [];
    const broken = { ...store, conversations: { ...store.conversations, get: async () => Promise.reject(new Error('disk on fire')) } } as unknown as Store;
    const send = sender();
    const report = await deliverDigests([await due('i')], options(send, { store: broken, log: (level, message) => logs.push(`${level}: ${message}`) }));
    expect(report.results).toEqual([{ deliveryId: `sub-i~${PERIOD}`, subscriptionId: 'sub-i', outcome: 'failed', reason: 'disk on fire', requests: 0, throttled: 0, resumed: false }]);
    expect(logs).toEqual([`error: Delivery for subscription sub-i (${PERIOD}) stopped: disk on fire`]);
  });
});

describe('when the store fails for a reason other than another run', () => {
  it('a claim the store refuses (no conflict) ends that delivery, logged, with nothing sent', async () => {
    const logs: string[] = [];
    const send = sender();
    const report = await deliverDigests([await due('j')], options(send, { store: failing('deliveries', 'create', new Error('disk full')), log: (level, message) => logs.push(`${level}: ${message}`) }));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'disk full', requests: 0 });
    expect(send.sent).toEqual([]);
    expect(logs).toEqual([`error: Delivery for subscription sub-j (${PERIOD}) stopped: disk full`]);
  });

  it('a celebration that cannot be recorded (no duplicate) leaves the digest unmarked, for the next run to find by its marker', async () => {
    const send = sender();
    const milestone = { id: 'sub-k~goal-achieved~g1', audienceId: 'sub-k', rule: 'goal-achieved', subjectId: 'g1' };
    const compose = async () => ({ activity: { text: 'digest' }, milestones: [milestone] });
    const report = await deliverDigests([await due('k')], options(send, { store: failing('milestones', 'create', new Error('disk full')), compose }));
    expect(send.sent).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'disk full' });
    expect(await recordOf('k')).toMatchObject({ status: 'sending', attempts: 0 });
  });

  it('a takeover the store refuses (not for another run) ends that delivery with the error, nothing sent', async () => {
    const logs: string[] = [];
    const send = sender();
    const stale = await due('t');
    // A 'sending' record older than the lease: a dead run's, to take over.
    await store.deliveries.create({ id: deliveryId('sub-t', PERIOD), subscriptionId: 'sub-t', period: PERIOD, status: 'sending', attempts: 0, createdAt: '2026-11-20T07:00:00.000Z', updatedAt: '2026-11-20T07:00:00.000Z' });
    const report = await deliverDigests([stale], options(send, { store: failing('deliveries', 'replace', new Error('disk full')), log: (level, message) => logs.push(`${level}: ${message}`) }));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'disk full', requests: 0 });
    expect(send.sent).toEqual([]);
    expect(logs).toEqual([`error: Delivery for subscription sub-t (${PERIOD}) stopped: disk full`]);
  });

  it('a result the store cannot write is no takeover: no warning of a duplicate, only the error', async () => {
    const logs: string[] = [];
    const report = await deliverDigests([await due('l')], options(sender(), { store: failing('deliveries', 'replace', new Error('disk full')), log: (level, message) => logs.push(`${level}: ${message}`) }));
    expect(report.results[0]).toMatchObject({ outcome: 'failed', reason: 'disk full' });
    expect(logs).toEqual([`error: Delivery for subscription sub-l (${PERIOD}) stopped: disk full`]);
  });
});

describe('where a send is addressed', () => {
  it('the tenant of the stored conversation, else of its reference, else "default", for the throttle', async () => {
    const tenants: string[] = [];
    const throttle = { acquire: async (tenantId: string) => void tenants.push(tenantId), backOff: () => {} } as unknown as DeliverOptions['throttle'];
    await deliverDigests(
      [
        await due('t1', { tenantId: 'stored-tenant', reference: { serviceUrl: 'x', conversation: { id: 'conv-t1', tenantId: 'ref-tenant' } } }),
        await due('t2', { reference: { serviceUrl: 'x', conversation: { id: 'conv-t2', tenantId: 'ref-tenant' } } }),
        await due('t3'),
      ],
      options(sender(), { throttle, concurrency: 1 }),
    );
    expect(tenants).toEqual(['stored-tenant', 'ref-tenant', 'default']);
  });
});

describe('the run\'s report', () => {
  it('counts each outcome, the requests, 429s and resumed deliveries, and says so in one line', async () => {
    const send = sender({ 'conv-y': new SendError('bot removed', 403) });
    const items = [await due('x'), await due('y'), await due('z', { active: false })];
    const first = await deliverDigests(items, options(send, { concurrency: 2 }));
    expect(first).toMatchObject({ due: 3, sent: 1, failed: 2, skipped: 0, deferred: 0, throttled: 0, resumed: 0, requests: 2 });
    expect(first.results.map((r) => r.subscriptionId).sort()).toEqual(['sub-x', 'sub-y', 'sub-z']);
    const again = await deliverDigests(items, options(send));
    expect(again).toMatchObject({ due: 3, sent: 0, failed: 0, skipped: 3, requests: 0 });
    expect(reportLine(first)).toBe('Digests: 3 due, 1 sent, 2 failed, 0 skipped (already handled), 0 left for the next run (deadline), 0 throttled (429), 0 resumed after a crash.');
  });

  /**
   * A sender whose sends wait until `together` of them are under way or `ms` have passed (so a run that
   * never gets there fails an assertion instead of hanging), recording the most under way at once.
   */
  function gathering(together: number, ms = 1_000) {
    const seen = { running: 0, most: 0 };
    let waiting: (() => void)[] = [];
    const send: Sender = {
      async send(reference) {
        seen.running += 1;
        seen.most = Math.max(seen.most, seen.running);
        if (seen.running >= together) {
          for (const go of waiting) go();
          waiting = [];
        } else {
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            setTimeout(resolve, ms);
          });
        }
        seen.running -= 1;
        return { activityId: `act-${(reference.conversation as { id: string }).id}` };
      },
    };
    return { send, seen };
  }

  it('works on at most `concurrency` deliveries at once', async () => {
    // Waiting for a third that never comes: each pair is released by the timer.
    const { send, seen } = gathering(3, 200);
    const report = await deliverDigests(await Promise.all(['p', 'q', 'r', 's'].map((id) => due(id))), options(send, { concurrency: 2 }));
    expect(report.sent).toBe(4);
    expect(seen.most).toBe(2);
  });

  it('and by default on all that are due at once', async () => {
    const { send, seen } = gathering(4);
    const report = await deliverDigests(await Promise.all(['p', 'q', 'r', 's'].map((id) => due(id))), options(send));
    expect(report.sent).toBe(4);
    expect(seen.most).toBe(4);
  });

  it('tells onSettled about each delivery as it settles', async () => {
    const settled: string[] = [];
    await deliverDigests([await due('u'), await due('v', { active: false })], options(sender(), { onSettled: (r) => settled.push(`${r.subscriptionId} ${r.outcome}`) }));
    expect(settled.sort()).toEqual(['sub-u sent', 'sub-v failed']);
  });

  it('gives up on a failing delivery after three times the retry policy\'s requests by default', async () => {
    const send = sender({ 'conv-w': new SendError('bad gateway', 502) });
    const item = await due('w');
    const outcomes: string[] = [];
    // Two requests per run (maxAttempts 2): 12 allowed in all is six runs.
    for (let run = 0; run < 7; run++) outcomes.push((await deliverDigests([item], options(send))).results[0]!.outcome);
    expect(outcomes).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'skipped']);
    expect(send.sent).toHaveLength(12);
  });
});
