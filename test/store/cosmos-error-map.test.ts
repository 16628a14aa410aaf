/**
 * The Cosmos status → product error map as a complete table: every status from 100 to 599, so a status
 * dropped from the map (or one added by mistake) fails here rather than surfacing as a 500 to a caller
 * who could have acted on a 404, 409, 412 or 413. Also which failures are retried and how often.
 */
import { ErrorResponse } from '@azure/cosmos';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, ConflictError, NotFoundError, PayloadTooLargeError, PreconditionFailedError } from '../../functions/domain/errors.js';
import { mapCosmosError, mapped, retryUnavailable, statusOf } from '../../functions/store/cosmos/cosmos-errors.js';

const ref = { container: 'figures', id: 'aarhus-k1-2026-03' };
const cosmosError = (code: unknown) => Object.assign(new ErrorResponse(`status ${String(code)}`), { code });

const MAPPED: Record<number, { type: new (detail: string) => AppError; says: RegExp }> = {
  404: { type: NotFoundError, says: /does not exist/ },
  409: { type: ConflictError, says: /already exists/ },
  412: { type: PreconditionFailedError, says: /changed by someone else/ },
  413: { type: PayloadTooLargeError, says: /larger than Cosmos DB accepts/ },
};

describe('Cosmos error map', () => {
  it('maps exactly 404, 409, 412 and 413, each to the error of that status naming the item', () => {
    for (let code = 100; code < 600; code++) {
      const error = cosmosError(code);
      const result = mapCosmosError(error, ref);
      const expected = MAPPED[code];
      if (!expected) {
        expect(result, `status ${code} passes through`).toBe(error);
        continue;
      }
      expect(result, `status ${code}`).toBeInstanceOf(expected.type);
      expect((result as AppError).status).toBe(code);
      expect((result as AppError).message).toMatch(expected.says);
      expect((result as AppError).message).toContain('figures item "aarhus-k1-2026-03"');
    }
  });

  it('reads a status only from a Cosmos ErrorResponse with a numeric code', () => {
    expect(statusOf(cosmosError(404))).toBe(404);
    expect(statusOf(cosmosError('404'))).toBeUndefined();
    expect(statusOf(Object.assign(new Error('not from Cosmos'), { code: 404 }))).toBeUndefined();
    expect(statusOf({ code: 404 })).toBeUndefined();
    const lookalike = Object.assign(new Error('x'), { code: 404 });
    expect(mapCosmosError(lookalike, ref)).toBe(lookalike);
  });
});

describe('retrying 503', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function run(failures: unknown[]) {
    vi.useFakeTimers();
    let calls = 0;
    const operation = vi.fn(async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return 'done';
    });
    const result = retryUnavailable(operation).then((value) => ({ value }), (error: unknown) => ({ error }));
    await vi.runAllTimersAsync();
    return { ...(await result), calls: operation.mock.calls.length };
  }

  it('tries a 503 four times in all, then gives up with the 503', async () => {
    const unavailable = cosmosError(503);
    expect(await run([unavailable, unavailable, unavailable])).toEqual({ value: 'done', calls: 4 });
    expect(await run([unavailable, unavailable, unavailable, unavailable, unavailable])).toEqual({ error: unavailable, calls: 4 });
  });

  it('does not retry anything else', async () => {
    for (const code of [404, 412, 429, 500, 502, 504]) {
      const error = cosmosError(code);
      expect(await run([error])).toEqual({ error, calls: 1 });
    }
    const plain = new Error('socket hang up');
    expect(await run([plain])).toEqual({ error: plain, calls: 1 });
  });

  it('waits longer before each retry', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const delays: number[] = [];
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const unavailable = cosmosError(503);
    const result = retryUnavailable(async () => {
      throw unavailable;
    }).catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await result).toBe(unavailable);
    for (const call of setTimeoutSpy.mock.calls) delays.push(call[1] as number);
    // 50 ms × 2^attempt, with the jitter at its midpoint.
    expect(delays).toEqual([100, 200, 400]);
  });

  it('a point operation that still fails after the retries comes back mapped', async () => {
    await expect(mapped(ref, async () => Promise.reject(cosmosError(412)))).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(mapped(ref, async () => 'read')).resolves.toBe('read');
  });
});
