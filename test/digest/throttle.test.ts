import { describe, expect, it } from 'vitest';
import { sendWithRetry, RetriesExhausted } from '../../functions/digest/retry.js';
import { SendError, parseRetryAfter } from '../../functions/digest/sender.js';
import { SlidingWindow, Throttle } from '../../functions/digest/throttle.js';
import { TokenBucket } from '../../functions/digest/token-bucket.js';
import { FakeClock } from './support/fake-clock.js';

/** Most grants inside any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    // A nanosecond of slack: timestamps here are sums of fractions, and 999.9999999 ms apart is a second apart.
    while (sorted[i]! - sorted[j]! >= windowMs - 1e-6) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('token bucket', () => {
  it('grants a burst of its capacity at once, then one token per 1/rate', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 3, clock);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 0]);
    expect(bucket.reserve()).toBe(100);
    expect(bucket.reserve()).toBe(200);
  });

  it('refills while idle, but never beyond its capacity', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 2, clock);
    bucket.reserve();
    bucket.reserve();
    await clock.advance(10_000);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 100]);
  });

  it('keeps 200 concurrent takers within rate × window + capacity in every window', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(50, 1, clock);
    const granted: number[] = [];
    const all = Array.from({ length: 200 }, () => bucket.take().then(() => granted.push(clock.now())));
    await clock.advance(5_000);
    await Promise.all(all);
    expect(granted).toHaveLength(200);
    expect(busiestWindow(granted, 1000)).toBeLessThanOrEqual(51);
    expect(Math.max(...granted)).toBeCloseTo(199 * 20, 6);
  });

  it('a pause (Retry-After) holds back takers already waiting, and leaves no burst behind it', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 5, clock);
    const granted: number[] = [];
    const first = Array.from({ length: 3 }, () => bucket.take().then(() => granted.push(clock.now())));
    await clock.advance(0);
    bucket.pauseUntil(2_000);
    const later = Array.from({ length: 3 }, () => bucket.take().then(() => granted.push(clock.now())));
    await clock.advance(5_000);
    await Promise.all([...first, ...later]);
    expect(granted.slice(0, 3)).toEqual([0, 0, 0]);
    expect(granted.slice(3).every((t) => t >= 2_000)).toBe(true);
    expect(busiestWindow(granted.slice(3), 100)).toBe(1);
  });

  it('holds back takers already asleep on a reserved token when a pause begins', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 1, clock);
    const granted: number[] = [];
    // Tokens reserved for 0, 100 and 200 ms; the pause comes while the last two sleep.
    const all = Array.from({ length: 3 }, () => bucket.take().then(() => granted.push(clock.now())));
    await clock.advance(50);
    bucket.pauseUntil(2_000);
    await clock.advance(5_000);
    await Promise.all(all);
    expect(granted[0]).toBe(0);
    expect(granted.slice(1).every((t) => t >= 2_000)).toBe(true);
    expect(busiestWindow(granted.slice(1), 100)).toBe(1);
  });

  it('a pause that has already ended changes nothing, not even the saved-up burst', async () => {
    const clock = new FakeClock();
    await clock.advance(10_000);
    const bucket = new TokenBucket(10, 3, clock);
    bucket.pauseUntil(clock.now());
    bucket.pauseUntil(clock.now() - 50);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 0, 100]);
  });

  it('a shorter pause asked during a longer one, after a reservation, does not lengthen the wait', () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(10, 1, clock);
    bucket.pauseUntil(clock.now() + 5_000);
    expect(bucket.reserve()).toBe(5_100);
    bucket.pauseUntil(clock.now() + 2_000);
    expect(bucket.reserve()).toBe(5_200);
  });

  it('refuses a rate that is not positive and a capacity under one', () => {
    const clock = new FakeClock();
    for (const [rate, capacity] of [[0, 1], [-1, 1], [Number.NaN, 1], [10, 0.5], [10, Number.NaN]] as const) {
      expect(() => new TokenBucket(rate, capacity, clock), `${rate}, ${capacity}`).toThrow(new RangeError('a token bucket needs a positive rate and a capacity of at least 1'));
    }
    expect(new TokenBucket(0.1, 1, clock).reserve()).toBe(0);
  });
});

describe('Teams limits', () => {
  it('holds one tenant to 47 requests in any second and one conversation to 6', async () => {
    const clock = new FakeClock();
    const throttle = new Throttle(clock);
    const tenant: number[] = [];
    const chatty: number[] = [];
    const quiet: number[] = [];
    const work = [
      ...Array.from({ length: 300 }, (_, i) => throttle.acquire('t1', `c${i}`).then(() => (tenant.push(clock.now()), quiet.push(clock.now())))),
      ...Array.from({ length: 30 }, () => throttle.acquire('t1', 'busy').then(() => (tenant.push(clock.now()), chatty.push(clock.now())))),
    ];
    await clock.advance(60_000);
    await Promise.all(work);
    expect(busiestWindow(tenant, 1000)).toBeLessThanOrEqual(47);
    expect(busiestWindow(chatty, 1000)).toBeLessThanOrEqual(6);
    // The tenant's allowance is used: 300 one-message conversations take about 300 / 47 seconds.
    expect(Math.max(...quiet)).toBeLessThan(6_700);
  });

  it('a sliding window lets no more than its limit through in any window, however late callers arrive', async () => {
    const clock = new FakeClock();
    const window = new SlidingWindow(5, 1000, clock);
    const granted: number[] = [];
    const all = Array.from({ length: 12 }, () => window.admit().then(() => granted.push(clock.now())));
    await clock.advance(3_000);
    await Promise.all(all);
    expect(busiestWindow(granted, 1000)).toBe(5);
    expect(granted).toHaveLength(12);
  });

  it('paces one tenant evenly across its conversations, not a whole second of requests at once', async () => {
    const clock = new FakeClock();
    const throttle = new Throttle(clock);
    const granted: number[] = [];
    const work = Array.from({ length: 47 }, (_, i) => throttle.acquire('t1', `c${i}`).then(() => granted.push(clock.now())));
    await clock.advance(5_000);
    await Promise.all(work);
    // 47 a second, one at a time: at most five in any tenth of a second.
    expect(busiestWindow(granted, 100)).toBeLessThanOrEqual(5);
  });

  it('counts each tenant on its own: two tenants send twice what one may', async () => {
    const clock = new FakeClock();
    const throttle = new Throttle(clock);
    const granted: number[] = [];
    const work = ['t1', 't2'].flatMap((tenant) => Array.from({ length: 47 }, (_, i) => throttle.acquire(tenant, `${tenant}-c${i}`).then(() => granted.push(clock.now()))));
    await clock.advance(5_000);
    await Promise.all(work);
    expect(granted).toHaveLength(94);
    expect(Math.max(...granted)).toBeLessThan(1_000);
  });

  it('a sliding window says how long until the oldest request leaves it, in whole milliseconds rounded up', async () => {
    const clock = new FakeClock();
    const window = new SlidingWindow(1, 1000, clock);
    await clock.advance(0.5);
    window.record();
    await clock.advance(299.5);
    expect(window.wait()).toBe(701);
    await clock.advance(700);
    expect(window.wait()).toBe(1);
    // A request exactly one window old has left it.
    await clock.advance(0.5);
    expect(window.wait()).toBe(0);
  });
});

describe('retries', () => {
  it('honours Retry-After on a 429 for that conversation, and does not count it as a failure', async () => {
    const clock = new FakeClock();
    const throttle = new Throttle(clock);
    const attempts: number[] = [];
    const outcome = sendWithRetry(
      async () => {
        attempts.push(clock.now());
        if (attempts.length <= 6) throw new SendError('busy', 429, 2_000);
        return 'ok';
      },
      { tenantId: 't', conversationId: 'c' },
      { throttle, clock, random: () => 0.5 },
    );
    await clock.advance(60_000);
    await expect(outcome).resolves.toMatchObject({ value: 'ok', requests: 7, throttled: 6 });
    for (let i = 1; i < attempts.length; i++) expect(attempts[i]! - attempts[i - 1]!).toBeGreaterThanOrEqual(2_000);
  });

  it('retries a 5xx with growing backoff, then gives up after maxAttempts', async () => {
    const clock = new FakeClock();
    const attempts: number[] = [];
    const outcome = sendWithRetry(
      async () => {
        attempts.push(clock.now());
        throw new SendError('bad gateway', 502);
      },
      { tenantId: 't', conversationId: 'c' },
      { throttle: new Throttle(clock), clock, random: () => 1, policy: { maxAttempts: 4, maxRequests: 20, baseDelayMs: 100, maxDelayMs: 250, defaultRetryAfterMs: 1000 } },
    );
    const settled = outcome.catch((e: unknown) => e);
    await clock.advance(60_000);
    const error = await settled;
    expect(error).toBeInstanceOf(RetriesExhausted);
    expect(attempts).toHaveLength(4);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    expect(gaps[2]).toBeGreaterThanOrEqual(250);
    expect(gaps[2]).toBeLessThan(300);
  });

  it('does not retry a permanent failure (403: the bot was removed)', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const outcome = sendWithRetry(
      async () => {
        calls += 1;
        throw new SendError('forbidden', 403);
      },
      { tenantId: 't', conversationId: 'c' },
      { throttle: new Throttle(clock), clock },
    ).catch((e: unknown) => e);
    await clock.advance(1_000);
    expect(await outcome).toBeInstanceOf(RetriesExhausted);
    expect(calls).toBe(1);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3_000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 1_000)).toBe(4_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
