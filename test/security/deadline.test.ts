/**
 * The bounds on waiting for a peer: withDeadline (a 503 naming the peer once the deadline passes) and
 * waitAtMost (an answer without the peer's, logged). Time is vitest's fake timers, so a deadline passes
 * when the test says so; the timer count shows that no timer outlives its wait.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineError, notifyWaitMs, ServiceUnavailableError, waitAtMost, withDeadline } from '../../functions/security/deadline.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A promise the test settles by hand. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('withDeadline', () => {
  it('gives the work\'s answer when it comes in time, and leaves no timer behind', async () => {
    const work = later<string>();
    const waited = withDeadline(work.promise, 1_000, 'The peer');
    await vi.advanceTimersByTimeAsync(999);
    work.resolve('answer');
    await expect(waited).resolves.toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes the work\'s own failure on', async () => {
    const waited = withDeadline(Promise.reject(new Error('refused')), 1_000, 'The peer');
    await expect(waited).rejects.toThrow('refused');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after exactly `ms` is a 503 with Retry-After that names the peer and the wait', async () => {
    const work = later<string>();
    const waited = withDeadline(work.promise, 1_000, 'The token authority');
    const outcome = waited.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ status: 503, title: 'Service Unavailable', retryAfterSeconds: 30, message: 'The token authority did not answer within 1000 ms; try again shortly.' });
  });

  it('a late failure of the abandoned work is swallowed, not an unhandled rejection', async () => {
    const work = later<string>();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const outcome = withDeadline(work.promise, 10, 'The peer').catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(10);
      expect(await outcome).toBeInstanceOf(DeadlineError);
      work.reject(new Error('late'));
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('waitAtMost', () => {
  it('gives the work\'s answer when it comes in time, logs nothing and leaves no timer', async () => {
    const log = vi.fn();
    const work = later<string>();
    const waited = waitAtMost(work.promise, 500, 'otherwise', log, 'Telling the reviewers');
    await vi.advanceTimersByTimeAsync(499);
    work.resolve('done');
    await expect(waited).resolves.toBe('done');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).not.toHaveBeenCalled();
  });

  it('answers `otherwise` after `ms` and logs that it did not wait; the work goes on', async () => {
    const log = vi.fn();
    const work = later<string>();
    const waited = waitAtMost(work.promise, 500, 'otherwise', log, 'Telling the reviewers');
    await vi.advanceTimersByTimeAsync(500);
    await expect(waited).resolves.toBe('otherwise');
    expect(log).toHaveBeenCalledExactlyOnceWith('Telling the reviewers took longer than 500 ms; answered without waiting for it');
  });

  it('answers `otherwise` when the work fails, logging the failure with its error, never throwing', async () => {
    const log = vi.fn();
    const failure = new Error('connector down');
    const waited = waitAtMost(Promise.reject(failure), 500, 'otherwise', log, 'Telling the reviewers');
    await expect(waited).resolves.toBe('otherwise');
    expect(log).toHaveBeenCalledExactlyOnceWith('Telling the reviewers failed', failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('logs a failure that comes after it stopped waiting, too', async () => {
    const log = vi.fn();
    const work = later<string>();
    const waited = waitAtMost(work.promise, 500, 'otherwise', log, 'Telling the reviewers');
    await vi.advanceTimersByTimeAsync(500);
    await expect(waited).resolves.toBe('otherwise');
    const failure = new Error('late');
    work.reject(failure);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveBeenLastCalledWith('Telling the reviewers failed', failure);
  });
});

describe('notifyWaitMs', () => {
  it.each([
    [30_000, 15_000],
    [15_001, 7_500],
    [1, 0],
  ])('a turn of %i ms leaves %i ms for the messages to others', (turnTimeoutMs, wait) => {
    expect(notifyWaitMs({ bot: { turnTimeoutMs } })).toBe(wait);
  });
});
