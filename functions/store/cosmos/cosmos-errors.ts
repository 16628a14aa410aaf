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
      return new NotFoundError(`${what} does not exist`);
    case 409:
      return new ConflictError(`${what} already exists`);
    case 412:
      return new PreconditionFailedError(`${what} was changed by someone else; read it again and retry`);
    case 413:
      return new PayloadTooLargeError(`${what} is larger than Cosmos DB accepts (2 MB)`);
    default:
      return error;
  }
}

/** Runs a point operation and rethrows its failure as a product error. */
export async function mapped<T>(ref: ItemRef, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapCosmosError(error, ref);
  }
}
