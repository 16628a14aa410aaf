/**
 * Cosmos DB status codes as the product's errors, so the HTTP layer and the bot never see SDK types.
 * Only the statuses a caller can act on are mapped; anything else (auth, throttling that outlasted the
 * SDK's retries, outages) passes through unchanged and surfaces as a 500 with its own message.
 */
import { ErrorResponse } from '@azure/cosmos';
import {
  ConflictError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
} from '../../domain/errors.js';

export interface ItemRef {
  container: string;
  id: string;
}

export function statusOf(error: unknown): number | undefined {
  if (error instanceof ErrorResponse && typeof error.code === 'number') return error.code;
  return undefined;
}

export function mapCosmosError(error: unknown, ref: ItemRef): unknown {
  const what = `${ref.container} item "${ref.id}"`;
  switch (statusOf(error)) {
    case 404:
      return new NotFoundError(`${what} does not exist`, { code: 'store.not-found', params: { ...ref } });
    case 409:
      return new ConflictError(`${what} already exists`, { code: 'store.conflict', params: { ...ref } });
    case 412:
      return new PreconditionFailedError(`${what} was changed by someone else; read it again and retry`, { code: 'store.stale', params: { ...ref } });
    case 413:
      return new PayloadTooLargeError(`${what} is larger than Cosmos DB accepts (2 MB)`, { code: 'store.too-large', params: { ...ref } });
    default:
      return error;
  }
}

/**
 * Runs a point write and rethrows its failure as a product error. When an earlier attempt went unanswered
 * and the retry fails with `afterLostAnswer`'s status, `settle` decides whether the first attempt did the
 * write after all: it returns the result of that write (null for a delete), or undefined when the failure is real.
 */
export async function mapped<T>(
  ref: ItemRef,
  operation: () => Promise<T>,
  afterLostAnswer?: { status: number; settle: () => Promise<NonNullable<T> | null | undefined> },
): Promise<T> {
  const attempts = { count: 0 };
  try {
    return await retryUnavailable(operation, attempts);
  } catch (error) {
    if (afterLostAnswer && attempts.count > 1 && statusOf(error) === afterLostAnswer.status) {
      const settled = await afterLostAnswer.settle();
      if (settled !== undefined) return settled as T;
    }
    throw mapCosmosError(error, ref);
  }
}

const UNAVAILABLE_ATTEMPTS = 4;

/**
 * 503 Service Unavailable is transient, but the SDK retries it only for reads, once, and only when it
 * can fail over to another region; a single-region write is not retried at all. So the store tries again
 * a few times with a short backoff. A write the service carried out before its answer was lost comes
 * back from the retry as 409 (create), 404 (delete) or 412 (replace): `attempts` tells the caller that
 * happened, so it can check whether the item is now what it wrote (cosmos-repo.ts) instead of failing.
 */
export async function retryUnavailable<T>(operation: () => Promise<T>, attempts?: { count: number }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (attempts) attempts.count = attempt;
    try {
      return await operation();
    } catch (error) {
      if (statusOf(error) !== 503 || attempt >= UNAVAILABLE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}
