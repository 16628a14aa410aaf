/**
 * Exactly one digest per subscription per period, through crashes, timeouts and redeploys.
 *
 * Every delivery is a record `${subscriptionId}~${period}` in store.deliveries, written before anything is
 * sent: creating it is the claim (a 409 means another run has it). After the send it becomes 'sent' with
 * the activity id, or 'failed' with the error; every change is a replace with the ETag last read, so two
 * runs can never both move the same record on.
 *
 * A run that dies between its claim and its result leaves a 'sending' record. Once that record is older
 * than the lease, a later run takes it over (again by ETag). Before sending again it asks the sender
 * whether a message with the delivery's marker already arrived (findSent); if so it only records it.
 *
 * The residual risk, stated plainly: Teams' connector neither deduplicates nor lets a bot list what it
 * posted, so with the Teams sender a crash in the few milliseconds between Teams accepting a message and
 * the 'sent' record being written makes the resumed run send that digest a second time. The alternative,
 * never resending a stale 'sending', would lose digests instead; we prefer a rare duplicate, count it in
 * the report ('resumed') and keep the window short by writing nothing else between send and record.
 *
 * Milestones (celebrations) are recorded right after the send and before 'sent', so a crash cannot leave a
 * digest marked sent whose celebrations would be repeated next week.
 *
 * The Functions host ends a run at functionTimeout (host.json) as abruptly as a crash. So a run has a
 * deadline well before it (run.ts): past it, no delivery is claimed and no request is started; what was
 * not started is left for the next run (unclaimed, or 'failed' as out of time, which is known not to have
 * been sent), and only requests already under way finish. The lease is longer than functionTimeout, so a
 * run the host did kill is never taken over while it could still be sending.
 */
import { ConflictError, NotFoundError, PreconditionFailedError } from '../domain/errors.js';
import type { Delivery, Milestone } from '../domain/model.js';
import { unstored, type Store, type Stored } from '../store/store.js';
import { systemClock, type Clock } from './clock.js';
import { DEFAULT_RETRY, OUT_OF_TIME, RetriesExhausted, sendWithRetry, type RetryPolicy } from './retry.js';
import type { DueDigest } from './schedule.js';
import { conversationIdOf, tenantIdOf, type OutgoingActivity, type Sender } from './sender.js';
import { Throttle } from './throttle.js';

/** 'deferred': not started before the run's deadline; the next run sends it. */
export type DeliveryOutcome = 'sent' | 'failed' | 'skipped' | 'deferred';

export interface ComposedDigest {
  activity: OutgoingActivity;
  /** Celebrations in this digest, recorded once it is sent. */
  milestones: Omit<Milestone, 'celebratedAt'>[];
}

export type Compose = (due: DueDigest) => Promise<ComposedDigest>;

export type Log = (level: 'information' | 'warning' | 'error', message: string) => void;

export interface DeliverOptions {
  store: Store;
  sender: Sender;
  compose: Compose;
  clock?: Clock;
  throttle?: Throttle;
  retry?: RetryPolicy;
  /** How long a 'sending' record is trusted to belong to a live run. Longer than functionTimeout. */
  leaseMs?: number;
  /** Epoch ms after which nothing new is claimed or started (run.ts sets it well before functionTimeout). */
  deadline?: number;
  /** Deliveries worked on at once; the token buckets, not this, set the pace. */
  concurrency?: number;
  /** A failed delivery is tried again by later runs until it has used this many requests in all. */
  maxTotalAttempts?: number;
  log?: Log;
  /** Called after each delivery settles (the exactly-once test prints progress with it). */
  onSettled?: (result: DeliveryResult) => void;
}

export interface DeliveryResult {
  deliveryId: string;
  subscriptionId: string;
  outcome: DeliveryOutcome;
  /** Why it was skipped or failed. */
  reason?: string;
  requests: number;
  throttled: number;
  /** Taken over from a run that died mid-send. */
  resumed: boolean;
  activityId?: string;
}

export interface DeliveryReport {
  due: number;
  sent: number;
  failed: number;
  skipped: number;
  /** Not started before the deadline; the next run sends them. */
  deferred: number;
  /** 429 answers received. */
  throttled: number;
  resumed: number;
  requests: number;
  results: DeliveryResult[];
}

export const DEFAULT_LEASE_MS = 10 * 60_000;
const PERMANENT = 'permanent: ';

export function deliveryId(subscriptionId: string, period: string): string {
  return `${subscriptionId}~${period}`;
}

export async function deliverDigests(due: readonly DueDigest[], options: DeliverOptions): Promise<DeliveryReport> {
  const clock = options.clock ?? systemClock;
  const ctx: Ctx = {
    ...options,
    clock,
    throttle: options.throttle ?? new Throttle(clock),
    retry: options.retry ?? DEFAULT_RETRY,
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    maxTotalAttempts: options.maxTotalAttempts ?? 3 * (options.retry ?? DEFAULT_RETRY).maxRequests,
    log: options.log ?? (() => {}),
  };
  const results: DeliveryResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const item = due[next++]!;
      const result =
        clock.now() >= (options.deadline ?? Infinity)
          ? deferred(item)
          : await deliverOne(item, ctx).catch((error: unknown) => unexpected(item, error, ctx));
      results.push(result);
      options.onSettled?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 64, due.length) }, worker));
  return summarise(due.length, results);
}

type Ctx = DeliverOptions & Required<Pick<DeliverOptions, 'clock' | 'throttle' | 'retry' | 'leaseMs' | 'maxTotalAttempts' | 'log'>>;

async function deliverOne(due: DueDigest, ctx: Ctx): Promise<DeliveryResult> {
  const sub = due.subscription;
  const id = deliveryId(sub.id, due.period);
  const base = { deliveryId: id, subscriptionId: sub.id, requests: 0, throttled: 0, resumed: false };
  const claim = await claimDelivery(id, due, ctx);
  if ('skip' in claim) return { ...base, outcome: 'skipped', reason: claim.skip };
  let record = claim.record;
  const resumed = claim.resumed;

  const conversation = await ctx.store.conversations.get(sub.conversationId, sub.conversationId);
  const reference = conversation?.reference;
  const conversationId = reference ? conversationIdOf(reference) : undefined;
  if (!conversation?.active || !reference || !conversationId) {
    await settle(record, { status: 'failed', error: `${PERMANENT}the conversation is gone or inactive` }, ctx);
    return { ...base, resumed, outcome: 'failed', reason: 'conversation gone or inactive' };
  }

  if (resumed && ctx.sender.findSent) {
    const activityId = await ctx.sender.findSent(reference, id);
    if (activityId) {
      const composed = await ctx.compose(due);
      await recordMilestones(composed, ctx);
      await settle(record, { status: 'sent', activityId }, ctx);
      ctx.log('information', `Delivery ${id} had reached the conversation before a crash; recorded, not resent.`);
      return { ...base, resumed, outcome: 'sent', activityId, reason: 'found already sent' };
    }
  }

  let composed: ComposedDigest;
  try {
    composed = await ctx.compose(due);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await settle(record, { status: 'failed', error: `could not build the digest: ${message}` }, ctx);
    return { ...base, resumed, outcome: 'failed', reason: message };
  }

  const target = { tenantId: conversation.tenantId ?? tenantIdOf(reference) ?? 'default', conversationId };
  try {
    const sent = await sendWithRetry(() => ctx.sender.send(reference, { ...composed.activity, marker: id }), target, { ...ctx, policy: ctx.retry });
    await recordMilestones(composed, ctx);
    record = await settle(record, { status: 'sent', activityId: sent.value.activityId, attempts: record.attempts + sent.requests }, ctx);
    return { ...base, resumed, outcome: 'sent', activityId: sent.value.activityId, requests: sent.requests, throttled: sent.throttled };
  } catch (error) {
    if (!(error instanceof RetriesExhausted)) throw error;
    const permanent = !error.failure.transient;
    const text = `${permanent ? PERMANENT : ''}${error.failure.status ? `HTTP ${error.failure.status}: ` : ''}${error.failure.message}`;
    await settle(record, { status: 'failed', error: text, attempts: record.attempts + error.requests }, ctx);
    const outcome = error.failure.message === OUT_OF_TIME ? 'deferred' : 'failed';
    return { ...base, resumed, outcome, reason: text, requests: error.requests, throttled: error.throttled };
  }
}

type Claim = { record: Stored<Delivery>; resumed: boolean } | { skip: string };

/** Creates the record, or takes over one a dead run left behind; anything else belongs to someone else. */
async function claimDelivery(id: string, due: DueDigest, ctx: Ctx): Promise<Claim> {
  const now = new Date(ctx.clock.now()).toISOString();
  const fresh: Delivery = { id, subscriptionId: due.subscription.id, period: due.period, status: 'sending', attempts: 0, createdAt: now, updatedAt: now };
  try {
    return { record: await ctx.store.deliveries.create(fresh), resumed: false };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
  const existing = await ctx.store.deliveries.get(id, due.subscription.id);
  if (!existing) return { skip: 'claimed and removed by another run' };
  const age = ctx.clock.now() - Date.parse(existing.updatedAt);
  if (existing.status === 'sent') return { skip: 'already sent' };
  if (existing.status === 'failed') {
    if (existing.error?.startsWith(PERMANENT)) return { skip: `failed for good: ${existing.error}` };
    if (existing.attempts >= ctx.maxTotalAttempts) return { skip: `gave up after ${existing.attempts} requests` };
  } else if (age < ctx.leaseMs) {
    return { skip: 'being sent by another run' };
  }
  try {
    const record = await ctx.store.deliveries.replace({ ...unstored(existing), status: 'sending', updatedAt: now }, existing._etag);
    return { record, resumed: existing.status !== 'failed' };
  } catch (error) {
    if (error instanceof PreconditionFailedError || error instanceof NotFoundError) return { skip: 'taken over by another run' };
    throw error;
  }
}

async function settle(record: Stored<Delivery>, change: Partial<Delivery>, ctx: Ctx): Promise<Stored<Delivery>> {
  const { error: _previousError, ...rest } = unstored(record);
  void _previousError;
  const next: Delivery = { ...rest, ...change, updatedAt: new Date(ctx.clock.now()).toISOString() };
  try {
    return await ctx.store.deliveries.replace(next, record._etag);
  } catch (error) {
    if (error instanceof PreconditionFailedError) {
      // Our lease ran out and another run took the record over: it may send the digest again.
      ctx.log('warning', `Delivery ${record.id} was taken over by another run before this one recorded "${change.status}"; a duplicate is possible. Lengthen the lease.`);
    }
    throw error;
  }
}

async function recordMilestones(composed: ComposedDigest, ctx: Ctx): Promise<void> {
  const celebratedAt = new Date(ctx.clock.now()).toISOString();
  for (const m of composed.milestones) {
    try {
      await ctx.store.milestones.create({ ...m, celebratedAt });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
}

function deferred(due: DueDigest): DeliveryResult {
  const deliveryIdValue = deliveryId(due.subscription.id, due.period);
  return { deliveryId: deliveryIdValue, subscriptionId: due.subscription.id, outcome: 'deferred', reason: 'the run reached its deadline', requests: 0, throttled: 0, resumed: false };
}

function unexpected(due: DueDigest, error: unknown, ctx: Ctx): DeliveryResult {
  const message = error instanceof Error ? error.message : String(error);
  ctx.log('error', `Delivery for subscription ${due.subscription.id} (${due.period}) stopped: ${message}`);
  return {
    deliveryId: deliveryId(due.subscription.id, due.period),
    subscriptionId: due.subscription.id,
    outcome: 'failed',
    reason: message,
    requests: 0,
    throttled: 0,
    resumed: false,
  };
}

function summarise(dueCount: number, results: DeliveryResult[]): DeliveryReport {
  const count = (o: DeliveryOutcome) => results.filter((r) => r.outcome === o).length;
  return {
    due: dueCount,
    sent: count('sent'),
    failed: count('failed'),
    skipped: count('skipped'),
    deferred: count('deferred'),
    throttled: results.reduce((n, r) => n + r.throttled, 0),
    resumed: results.filter((r) => r.resumed).length,
    requests: results.reduce((n, r) => n + r.requests, 0),
    results,
  };
}
