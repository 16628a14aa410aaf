/**
 * Many writes, a batch at a time: enough in flight to fill the embedded store's group commit or a
 * Cosmos DB connection, not enough to flood either.
 */
const PARALLEL = 32;

/**
 * Runs `write` over the items, PARALLEL at a time. The first failure is thrown only once its whole batch
 * has settled, so no write of it is still running when the caller reacts (undoes what was written, or
 * closes the store).
 */
export async function inBatches<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) {
    const results = await Promise.allSettled(items.slice(i, i + PARALLEL).map(write));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
