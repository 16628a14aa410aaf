/** Every field of every stored item that holds a CPR number ("container: path"): what a fault test must find none of. */
import { fieldsWithCpr } from '../../../functions/domain/personal-data.js';
import { containerNames } from '../../../functions/store/containers.js';
import type { Repo, Store } from '../../../functions/store/store.js';

// All of every item, the store's own bookkeeping (_etag, an audit entry's UUID in its id) included: the
// guard does not read an id's hex digits as a CPR number, so nothing needs leaving out.
export async function storedCpr(store: Store): Promise<string[]> {
  const found: string[] = [];
  for (const name of containerNames) {
    const items = await (store[name] as Repo<{ id: string }>).findAll();
    found.push(...fieldsWithCpr(items).map((field) => `${name}: ${field}`));
  }
  return found;
}
