/**
 * Two runs on one delivery record, interleaved at chosen store calls: the second run's whole delivery
 * happens at the exact moment the first is about to read or write the record (or a milestone), so each
 * race in deliver.ts is played deterministically instead of hoped for with timers. Whatever the order,
 * a digest goes out once, a record is only ever moved on by the run holding its latest ETag, and
 * celebrations are recorded once. delivery-takeover.test.ts holds the lease races played with held sends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../functions/digest/clock.js';
import { deliverDigests, deliveryId, type DeliverOptions, type DeliveryReport } from '../../functions/digest/deliver.js';
import type { DueDigest } from '../../functions/digest/schedule.js';
import { SendError, type ConversationRef, type OutgoingActivity, type Sender } from '../../functions/digest/sender.js';
import type { Delivery, Subscription } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';

const LEASE_MS = 60_000;
const PERIOD = '2026-W48';
const START = Date.parse('2026-11-23T07:05:00Z');
const SUB_ID = 's-1';
const ID = deliveryId(SUB_ID, PERIOD);

let store: Store;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'digest-interleaving-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

type Repo = 'deliveries' | 'milestones';
type Method = 'get' | 'create' | 'replace';

/**
 * The store as one run sees it, with `at(repo, method, nth, step)`: the nth call of that method (1-based)
 * first awaits `step` — the other run's move — and only then reaches the real store.
 */
function interleaved(base: Store) {
  const steps = new Map<string, () => Promise<unknown>>();
  const calls = new Map<string, number>();
  const wrap = <R extends Repo>(repo: R) => {
    const target = base[repo] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const hooked = (method: string) => async (...args: unknown[]) => {
      const key = `${repo}.${method}`;
      const n = (calls.get(key) ?? 0) + 1;
      calls.set(key, n);
      const step = steps.get(`${key}#${n}`);
      if (step) await step();
      return target[method]!(...args);
    };
    const methods = ['get', 'find', 'findAll', 'create', 'replace', 'upsert', 'delete'];
    return Object.fromEntries(methods.map((m) => [m, hooked(m)])) as unknown as Store[R];
  };
  const view = { ...base, deliveries: wrap('deliveries'), milestones: wrap('milestones') } as Store;
  return {
    store: view,
    at(repo: Repo, method: Method, nth: number, step: () => Promise<unknown>) {
      steps.set(`${repo}.${method}#${nth}`, step);
    },
  };
}

/** Time that moves only when a test says so. */
function manualClock(): Clock & { t: number } {
  const clock = { t: START, now: () => clock.t, sleep: async () => {} };
  return clock;
}

/** A sender that answers with `activityId`, or throws `failure`; `found` is what findSent reports, when given. */
function sender(activityId: string, options: { failure?: SendError; found?: string } = {}): Sender & { sent: OutgoingActivity[]; lookedUp: string[] } {
  const sent: OutgoingActivity[] = [];
  const lookedUp: string[] = [];
  return {
    sent,
    lookedUp,
    async send(_reference: ConversationRef, activity: OutgoingActivity) {
      if (options.failure) throw options.failure;
      sent.push(activity);
      return { activityId };
    },
    ...('found' in options
      ? {
          async findSent(_reference: ConversationRef, marker: string) {
            lookedUp.push(marker);
            return options.found;
          },
        }
      : {}),
  };
}

async function subscribed(): Promise<DueDigest> {
  await store.conversations.upsert({ id: 'team-1', reference: { serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'team-1' } }, scope: 'team', addedAt: '2020-01-01T00:00:00Z', active: true });
  const subscription: Subscription = {
    id: SUB_ID, conversationId: 'team-1', orgId: 'aabenraa', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen', language: 'da',
    active: true, createdBy: { id: 'owner' }, createdAt: '2020-01-01T00:00:00Z',
  };
  await store.subscriptions.upsert(subscription);
  return { subscription, period: PERIOD, localDate: '2026-11-23', at: new Date('2026-11-23T07:00:00Z') };
}

/** A record another run left behind, last changed `ageMs` before the clock's start. */
async function leftBehind(change: Partial<Delivery>, ageMs: number): Promise<void> {
  const at = new Date(START - ageMs).toISOString();
  await store.deliveries.create({ id: ID, subscriptionId: SUB_ID, period: PERIOD, status: 'sending', attempts: 0, createdAt: at, updatedAt: at, ...change });
}

const MILESTONE = { id: `${SUB_ID}~goal-achieved~g1`, audienceId: SUB_ID, rule: 'goal-achieved', subjectId: 'g1' };

function options(on: Store, send: Sender, clock: Clock, logs: string[] = []): DeliverOptions {
  return {
    store: on, sender: send, clock, leaseMs: LEASE_MS, log: (_level, message) => logs.push(message),
    retry: { maxAttempts: 1, maxRequests: 1, baseDelayMs: 1, maxDelayMs: 1, defaultRetryAfterMs: 1 },
    compose: async () => ({ activity: { text: 'ugens tal' }, milestones: [MILESTONE] }),
  };
}

const record = () => store.deliveries.get(ID, SUB_ID);
const only = (report: DeliveryReport) => report.results[0];

describe('two runs taking over one record left behind', () => {
  it('a stale claim: the run that writes first sends, the other finds its ETag stale and keeps out', async () => {
    const due = await subscribed();
    await leftBehind({}, LEASE_MS + 1);
    const clock = manualClock();
    const a = interleaved(store);
    const sendA = sender('act-a');
    const sendB = sender('act-b');
    let reportB: DeliveryReport | undefined;
    // A has read the stale claim and is about to take it over; B takes it over first and finishes.
    a.at('deliveries', 'replace', 1, async () => (reportB = await deliverDigests([due], options(store, sendB, clock))));

    const reportA = await deliverDigests([due], options(a.store, sendA, clock));
    expect(only(reportB!)).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-b' });
    expect(reportB).toMatchObject({ sent: 1, resumed: 1 });
    expect(only(reportA)).toMatchObject({ outcome: 'skipped', reason: 'taken over by another run', requests: 0 });
    expect(reportA).toMatchObject({ skipped: 1, resumed: 0 });
    expect(sendA.sent).toEqual([]);
    expect(sendB.sent).toHaveLength(1);
    expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-b', attempts: 1 });
  });

  it('a transient failure: only one run retries it, counting on from the attempts already made', async () => {
    const due = await subscribed();
    await leftBehind({ status: 'failed', attempts: 2, error: 'HTTP 502: bad gateway' }, 1_000);
    const clock = manualClock();
    const a = interleaved(store);
    const sendA = sender('act-a');
    const sendB = sender('act-b');
    let reportB: DeliveryReport | undefined;
    a.at('deliveries', 'replace', 1, async () => (reportB = await deliverDigests([due], options(store, sendB, clock))));

    const reportA = await deliverDigests([due], options(a.store, sendA, clock));
    // Retrying a recorded failure is not resuming a crashed send.
    expect(only(reportB!)).toMatchObject({ outcome: 'sent', resumed: false, activityId: 'act-b' });
    expect(only(reportA)).toMatchObject({ outcome: 'skipped', reason: 'taken over by another run' });
    expect(sendA.sent).toEqual([]);
    const settled = await record();
    expect(settled).toMatchObject({ status: 'sent', activityId: 'act-b', attempts: 3 });
    // The old failure's text does not outlive the success.
    expect(settled?.error).toBeUndefined();
  });

  it('a record removed between the conflict and the read is left alone, not recreated or sent', async () => {
    const due = await subscribed();
    await leftBehind({}, LEASE_MS + 1);
    const a = interleaved(store);
    const sendA = sender('act-a');
    a.at('deliveries', 'get', 1, () => store.deliveries.delete(ID, SUB_ID));

    const reportA = await deliverDigests([due], options(a.store, sendA, manualClock()));
    expect(only(reportA)).toMatchObject({ outcome: 'skipped', reason: 'claimed and removed by another run' });
    expect(sendA.sent).toEqual([]);
    expect(await record()).toBeUndefined();
  });

  it('a record removed between the read and the takeover is left alone too', async () => {
    const due = await subscribed();
    await leftBehind({}, LEASE_MS + 1);
    const a = interleaved(store);
    const sendA = sender('act-a');
    a.at('deliveries', 'replace', 1, () => store.deliveries.delete(ID, SUB_ID));

    const reportA = await deliverDigests([due], options(a.store, sendA, manualClock()));
    expect(only(reportA)).toMatchObject({ outcome: 'skipped', reason: 'taken over by another run' });
    expect(sendA.sent).toEqual([]);
  });
});

describe('a second run overwriting the record during a send', () => {
  it('the first run\'s failure is not written over the second run\'s success', async () => {
    const due = await subscribed();
    const clock = manualClock();
    const a = interleaved(store);
    const logs: string[] = [];
    const sendA = sender('act-a', { failure: new SendError('bot removed', 403) });
    const sendB = sender('act-b');
    let reportB: DeliveryReport | undefined;
    // A claimed (create), sent and failed; before it records the failure its lease runs out and B takes over.
    a.at('deliveries', 'replace', 1, async () => {
      clock.t += LEASE_MS;
      reportB = await deliverDigests([due], options(store, sendB, clock));
    });

    const reportA = await deliverDigests([due], options(a.store, sendA, clock, logs));
    expect(only(reportB!)).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-b' });
    expect(only(reportA)?.outcome).toBe('failed');
    expect(logs.join('\n')).toMatch(/Delivery s-1~2026-W48 was taken over by another run before this one recorded "failed"/);
    expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-b', attempts: 1 });
    expect((await record())?.error).toBeUndefined();
  });

  it('a message that arrived before the takeover is recorded, not resent, and its celebrations recorded once', async () => {
    const due = await subscribed();
    const clock = manualClock();
    const a = interleaved(store);
    const sendA = sender('act-a');
    // B's connector can tell that A's message with the delivery's marker is there.
    const sendB = sender('act-b', { found: 'act-a' });
    let reportB: DeliveryReport | undefined;
    // A's message went out; before A records its celebrations, its lease runs out and B takes over.
    a.at('milestones', 'create', 1, async () => {
      clock.t += LEASE_MS;
      reportB = await deliverDigests([due], options(store, sendB, clock));
    });

    const reportA = await deliverDigests([due], options(a.store, sendA, clock));
    expect(sendA.sent).toHaveLength(1);
    expect(sendA.sent[0]?.marker).toBe(ID);
    expect(sendB.lookedUp).toEqual([ID]);
    expect(sendB.sent).toEqual([]);
    expect(only(reportB!)).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-a', reason: 'found already sent', requests: 0 });
    // A's own celebration write found B's (409, ignored); its 'sent' found B's ETag newer.
    expect(only(reportA)?.outcome).toBe('failed');
    expect(await store.milestones.findAll()).toEqual([expect.objectContaining({ ...MILESTONE })]);
    expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-a' });
  });

  it('a resumed run whose connector finds nothing sends again, with the same marker', async () => {
    const due = await subscribed();
    await leftBehind({ attempts: 1 }, LEASE_MS);
    const sendB = sender('act-b', { found: undefined });
    const report = await deliverDigests([due], options(store, sendB, manualClock()));
    expect(sendB.lookedUp).toEqual([ID]);
    expect(sendB.sent.map((a) => a.marker)).toEqual([ID]);
    expect(only(report)).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-b', requests: 1 });
    expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-b', attempts: 2 });
    expect(await store.milestones.findAll()).toHaveLength(1);
  });

  it('a run that died after recording the celebrations but before "sent": the resumed send finds them recorded and is sent', async () => {
    const due = await subscribed();
    await leftBehind({}, LEASE_MS);
    await store.milestones.create({ ...MILESTONE, celebratedAt: new Date(START - LEASE_MS).toISOString() });
    const send = sender('act-b');
    const report = await deliverDigests([due], options(store, send, manualClock()));
    expect(only(report)).toMatchObject({ outcome: 'sent', resumed: true, activityId: 'act-b' });
    expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-b' });
    // The celebration keeps the date it was first made.
    expect(await store.milestones.findAll()).toEqual([expect.objectContaining({ celebratedAt: new Date(START - LEASE_MS).toISOString() })]);
  });

  it('a resumed delivery the connector finds already sent records its celebrations and is logged as information', async () => {
    const due = await subscribed();
    await leftBehind({}, LEASE_MS);
    const logs: string[] = [];
    const report = await deliverDigests([due], { ...options(store, sender('act-b', { found: 'act-a' }), manualClock()), log: (level, message) => logs.push(`${level}: ${message}`) });
    expect(only(report)).toMatchObject({ outcome: 'sent', activityId: 'act-a' });
    expect(logs).toEqual([`information: Delivery ${ID} had reached the conversation before a crash; recorded, not resent.`]);
    // The run that sent it died before recording its celebrations: this run records them.
    expect(await store.milestones.findAll()).toEqual([expect.objectContaining(MILESTONE)]);
  });

  it('a fresh claim is not looked up: only a resumed one can have been sent already', async () => {
    const due = await subscribed();
    const send = sender('act-1', { found: 'act-old' });
    const report = await deliverDigests([due], options(store, send, manualClock()));
    expect(send.lookedUp).toEqual([]);
    expect(only(report)).toMatchObject({ outcome: 'sent', resumed: false, activityId: 'act-1' });
  });
});

describe('what a later run does with a record, by its state', () => {
  const cases: [string, Partial<Delivery>, number, 'skipped' | 'sent', string | undefined][] = [
    ['a claim exactly as old as the lease is taken over', {}, LEASE_MS, 'sent', undefined],
    ['a claim a millisecond younger than the lease is left', {}, LEASE_MS - 1, 'skipped', 'being sent by another run'],
    ['a sent record is left', { status: 'sent', activityId: 'act-0' }, LEASE_MS * 10, 'skipped', 'already sent'],
    ['a transient failure is retried at once, lease or not', { status: 'failed', attempts: 1, error: 'HTTP 503: busy' }, 0, 'sent', undefined],
    ['a failure recorded without its text is retried', { status: 'failed', attempts: 1 }, 0, 'sent', undefined],
    ['a permanent failure is left', { status: 'failed', attempts: 1, error: 'permanent: HTTP 403: bot removed' }, 0, 'skipped', 'failed for good: permanent: HTTP 403: bot removed'],
    ['a failure that used one request less than allowed is retried', { status: 'failed', attempts: 2, error: 'HTTP 503: busy' }, 0, 'sent', undefined],
    ['a failure that used every request allowed is given up', { status: 'failed', attempts: 3, error: 'HTTP 503: busy' }, 0, 'skipped', 'gave up after 3 requests'],
  ];

  it.each(cases)('%s', async (_name, state, ageMs, outcome, reason) => {
    const due = await subscribed();
    await leftBehind(state, ageMs);
    const before = await record();
    const send = sender('act-new');
    const report = await deliverDigests([due], { ...options(store, send, manualClock()), maxTotalAttempts: 3 });
    expect(only(report)?.outcome).toBe(outcome);
    if (outcome === 'skipped') {
      expect(only(report)?.reason).toBe(reason);
      expect(send.sent).toEqual([]);
      // Left means untouched: same version of the record.
      expect((await record())?._etag).toBe(before?._etag);
    } else {
      expect(send.sent).toHaveLength(1);
      expect(await record()).toMatchObject({ status: 'sent', activityId: 'act-new', attempts: (state.attempts ?? 0) + 1 });
    }
  });
});
