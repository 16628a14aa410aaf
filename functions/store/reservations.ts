/**
 * Names that can be taken once, such as a proposal number. The store's conditional create is the only
 * arbiter: the first create of an id wins and every later one gets a 409, on both adapters, so two
 * writers can never both believe they hold the same name, whatever they read beforehand.
 */
import { ConflictError } from '../domain/errors.js';
import type { Store } from './store.js';

/**
 * Takes `id` in `scope` for `holder`. True when `holder` holds it now — just taken, or taken by an earlier
 * attempt of the same holder (a retried submit) — and false when someone else holds it.
 */
export async function reserve(store: Store, scope: string, id: string, holder: string, at: string): Promise<boolean> {
  try {
    await store.reservations.create({ id, scope, holder, at });
    return true;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await store.reservations.get(id, scope);
    return existing?.holder === holder;
  }
}
