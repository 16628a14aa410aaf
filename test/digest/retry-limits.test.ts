/**
 * The edges of sendWithRetry that throttle.test.ts does not reach: which failures are worth another try
 * (every status class), the request and attempt counts at which it gives up and what it reports then,
 * the backoff's ceiling and jitter, and the run's deadline before a request and before a backoff.
 */
import { describe, expect, it } from 'vitest';
import { OUT_OF_TIME, RetriesExhausted, sendWithRetry, type RetryPolicy, type SendOutcome } from '../../functions/digest/retry.js';
import { SendError } from '../../functions/digest/sender.js';
import { Throttle } from '../../functions/digest/throttle.js';
import { FakeClock } from './support/fake-clock.js';

const target = { tenantId: 't', conversationId: 'c' };
// Backoffs longer than the throttle's spacing of one conversation's requests (1/6 s), so they are what is seen.
const POLICY: RetryPolicy = { maxAttempts: 3, maxRequests: 5, baseDelayMs: 1_000, maxDelayMs: 3_000, defaultRetryAfterMs: 700 };

type Settled = { value?: SendOutcome<unknown>; error?: unknown; settledAt: number };

/**
 * Runs sendWithRetry against answers given in turn (an Error, or { thrown }, is thrown; anything else is
 * returned), moving the fake clock until it settles. `at` holds the fake time of each request.
 */
async function attempt(answers: unknown[], options: { policy?: RetryPolicy; random?: () => number; deadline?: number; start?: number; pausedMs?: number } = {}) {
  const clock = new FakeClock();
  if (options.start) await clock.advance(options.start);
  const throttle = new Throttle(clock);
  // As after a 429 from an earlier send to the same conversation.
  if (options.pausedMs) throttle.backOff(target.conversationId, options.pausedMs);
  const at: number[] = [];
  const outcome = sendWithRetry(
    async () => {
      at.push(clock.now());
      const answer = answers[Math.min(at.length, answers.length) - 1];
      if (answer instanceof Error) throw answer;
      if (answer && typeof answer === 'object' && 'thrown' in answer) throw answer.thrown;
      return answer;
    },
    target,
    { throttle, clock, policy: options.policy ?? POLICY, random: options.random ?? (() => 1), ...(options.deadline !== undefined ? { deadline: options.deadline } : {}) },
  ).then<Settled, Settled>(
    (value) => ({ value, settledAt: clock.now() }),
    (error: unknown) => ({ error, settledAt: clock.now() }),
  );
  await clock.advance(120_000);
  return { ...(await outcome), at };
}

describe('worth another try', () => {
  it.each([
    ['a network failure (no status)', undefined, true],
    ['408', 408, true],
    ['429', 429, true],
    ['500', 500, true],
    ['503', 503, true],
    ['400', 400, false],
    ['401', 401, false],
    ['403', 403, false],
    ['404', 404, false],
    ['499', 499, false],
  ])('%s: %s', async (_name, status, transient) => {
    expect(new SendError('x', status).transient).toBe(transient);
    const { at } = await attempt([new SendError('x', status), 'ok']);
    expect(at).toHaveLength(transient ? 2 : 1);
  });

  it('an error that is not a SendError is a network failure: tried again, its message kept', async () => {
    const gaveUp = await attempt([new TypeError('fetch failed')]);
    expect(gaveUp.at).toHaveLength(POLICY.maxAttempts);
    expect(gaveUp.error).toBeInstanceOf(RetriesExhausted);
    expect((gaveUp.error as RetriesExhausted).failure).toMatchObject({ message: 'fetch failed', status: undefined });
    const thrownText = await attempt([{ thrown: 'socket hang up' }]);
    expect((thrownText.error as RetriesExhausted).failure.message).toBe('socket hang up');
  });

  it('a permanent failure is reported at once with its status and the one request', async () => {
    const { error } = await attempt([new SendError('forbidden', 403)]);
    expect(error).toMatchObject({ requests: 1, throttled: 0, message: 'forbidden', name: 'RetriesExhausted' });
    expect((error as RetriesExhausted).failure.status).toBe(403);
  });
});

describe('giving up', () => {
  it('after maxAttempts transient failures, reporting every request made', async () => {
    const { error, at } = await attempt([new SendError('bad gateway', 502)]);
    expect(at).toHaveLength(3);
    expect(error).toMatchObject({ requests: 3, throttled: 0 });
  });

  it('429s do not use up the attempts, but do count towards maxRequests', async () => {
    const { error, at } = await attempt([new SendError('busy', 429, 10)]);
    expect(at).toHaveLength(POLICY.maxRequests);
    expect(error).toMatchObject({ requests: 5, throttled: 5 });
    expect((error as RetriesExhausted).failure.status).toBe(429);
  });

  it('429s between failures leave the failure count where it was', async () => {
    const busy = new SendError('busy', 429, 10);
    const bad = new SendError('bad gateway', 502);
    const { value, at } = await attempt([bad, busy, bad, busy, 'ok']);
    expect(value).toEqual({ value: 'ok', requests: 5, throttled: 2 });
    expect(at).toHaveLength(5);
  });

  it('succeeds on the last request allowed', async () => {
    const bad = new SendError('bad gateway', 502);
    const { value } = await attempt([bad, bad, 'ok']);
    expect(value).toEqual({ value: 'ok', requests: 3, throttled: 0 });
  });
});

describe('waiting between tries', () => {
  it('a 429 without Retry-After waits defaultRetryAfterMs', async () => {
    const { at } = await attempt([new SendError('busy', 429), 'ok']);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(POLICY.defaultRetryAfterMs);
    expect(at[1]! - at[0]!).toBeLessThan(1_000);
  });

  it('backoff doubles from baseDelayMs and stops at maxDelayMs, scaled by the jitter', async () => {
    const bad = new SendError('bad gateway', 502);
    const policy = { ...POLICY, maxAttempts: 6, maxRequests: 10 };
    const gaps = (at: number[]) => at.slice(1).map((t, i) => Math.round(t - at[i]!));
    const full = await attempt([bad, bad, bad, bad, 'ok'], { policy, random: () => 1 });
    expect(gaps(full.at)).toEqual([1_000, 2_000, 3_000, 3_000]);
    const half = await attempt([bad, bad, bad, 'ok'], { policy, random: () => 0.5 });
    expect(gaps(half.at)).toEqual([500, 1_000, 1_500]);
    // No backoff at all: only the throttle's spacing is left.
    const none = await attempt([bad, bad, 'ok'], { policy, random: () => 0 });
    expect(gaps(none.at).every((gap) => gap < 500)).toBe(true);
  });
});

describe('the run\'s deadline', () => {
  const outOfTime = (error: unknown) => error instanceof RetriesExhausted && error.failure.message === OUT_OF_TIME;

  it('at or past it, no request is started, nor waited for', async () => {
    const { error, at, settledAt } = await attempt(['ok'], { start: 1_000, deadline: 1_000, pausedMs: 5_000 });
    expect(at).toEqual([]);
    expect(settledAt).toBe(1_000);
    expect(outOfTime(error)).toBe(true);
    expect(error).toMatchObject({ requests: 0, throttled: 0 });
    expect((error as RetriesExhausted).failure.transient).toBe(true);
  });

  it('a millisecond before it, the request is made', async () => {
    const { value } = await attempt(['ok'], { start: 999, deadline: 1_000 });
    expect(value).toMatchObject({ value: 'ok', requests: 1 });
  });

  it('a backoff that would end at or past it is not waited out; the requests made are reported', async () => {
    const bad = new SendError('bad gateway', 502);
    // random 1: the first backoff is baseDelayMs (1 s) long.
    const ends = await attempt([bad, 'ok'], { deadline: 1_000 });
    expect(ends.at).toEqual([0]);
    expect(outOfTime(ends.error)).toBe(true);
    expect(ends.error).toMatchObject({ requests: 1 });
    // Given up at once, not after sleeping to the deadline.
    expect(ends.settledAt).toBe(0);
    const fits = await attempt([bad, 'ok'], { deadline: 1_001 });
    expect(fits.value).toMatchObject({ value: 'ok', requests: 2 });
  });

  it('a 429 wait that runs past it ends the tries before the next request', async () => {
    const { error, at, settledAt } = await attempt([new SendError('busy', 429, 5_000), 'ok'], { deadline: 2_000 });
    expect(at).toEqual([0]);
    expect(outOfTime(error)).toBe(true);
    expect(error).toMatchObject({ requests: 1, throttled: 1 });
    // The wait itself is the throttle's; only the request after it is not made.
    expect(settledAt).toBeGreaterThanOrEqual(5_000);
  });
});
