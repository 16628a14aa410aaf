/**
 * One message sent within the limits: throttled by the token buckets, a 429 honoured by pausing that
 * conversation for its Retry-After, transient failures (5xx, 408, network) retried with capped exponential
 * backoff and full jitter so a fleet of senders does not retry in step. A 429 is not a failure and does not
 * use up the transient retries, but a conversation that keeps answering 429 gives up eventually.
 */
import type { Clock } from './clock.js';
import { SendError } from './sender.js';
import type { Throttle } from './throttle.js';

export interface RetryPolicy {
  /** Tries for transient failures other than 429. */
  maxAttempts: number;
  /** Tries in total including 429s. */
  maxRequests: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** When a 429 carries no Retry-After. */
  defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, maxRequests: 20, baseDelayMs: 500, maxDelayMs: 30_000, defaultRetryAfterMs: 1_000 };

export interface SendOutcome<T> {
  value: T;
  requests: number;
  throttled: number;
}

export class RetriesExhausted extends Error {
  constructor(
    readonly failure: SendError,
    readonly requests: number,
    readonly throttled: number,
  ) {
    super(failure.message);
    this.name = 'RetriesExhausted';
  }
}

/** The run's deadline passed before this message was sent: nothing left, so the next run may send it. */
export const OUT_OF_TIME = 'out of time: the run stopped before the Functions timeout; the next run sends it';

export async function sendWithRetry<T>(
  send: () => Promise<T>,
  target: { tenantId: string; conversationId: string },
  deps: { throttle: Throttle; clock: Clock; policy?: RetryPolicy; random?: () => number; deadline?: number },
): Promise<SendOutcome<T>> {
  const policy = deps.policy ?? DEFAULT_RETRY;
  const random = deps.random ?? Math.random;
  let requests = 0;
  let throttled = 0;
  let failures = 0;
  // Checked before a request starts, never during one: a request cut off by the host's timeout could have
  // arrived without being recorded, which is what the deadline is there to prevent.
  const pastDeadline = (wait = 0) => deps.clock.now() + wait >= (deps.deadline ?? Infinity);
  const outOfTime = () => new RetriesExhausted(new SendError(OUT_OF_TIME), requests, throttled);
  for (;;) {
    if (pastDeadline()) throw outOfTime();
    await deps.throttle.acquire(target.tenantId, target.conversationId);
    if (pastDeadline()) throw outOfTime();
    requests += 1;
    try {
      return { value: await send(), requests, throttled };
    } catch (error) {
      const e = error instanceof SendError ? error : new SendError(error instanceof Error ? error.message : String(error));
      if (!e.transient) throw new RetriesExhausted(e, requests, throttled);
      if (e.status === 429) {
        throttled += 1;
        deps.throttle.backOff(target.conversationId, e.retryAfterMs ?? policy.defaultRetryAfterMs);
      } else {
        failures += 1;
        if (failures >= policy.maxAttempts) throw new RetriesExhausted(e, requests, throttled);
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
        const delay = random() * ceiling;
        if (pastDeadline(delay)) throw outOfTime();
        await deps.clock.sleep(delay);
      }
      if (requests >= policy.maxRequests) throw new RetriesExhausted(e, requests, throttled);
    }
  }
}
