/** Every field of every stored item that holds a CPR number ("container: path"): what a fault test must find none of. */
import { fieldsWithCpr } from '../../../functions/domain/personal-data.js';
import { containerNames } from '../../../functions/store/containers.js';
import type { Repo, Store } from '../../../functions/store/store.js';

export async function storedCpr(store: Store): Promise<string[]> {
  const found: string[] = [];
  for (const name of containerNames) {
    const items = await (store[name] as Repo<{ id: string }>).findAll();
    // What the store makes up itself is not data anyone wrote: its bookkeeping (_etag, random digits and
    // dashes) and an audit entry's id (a timestamp and a random UUID, which the detector can read as a date).
    const data = items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !key.startsWith('_') && !(name === 'audit' && key === 'id'))));
    found.push(...fieldsWithCpr(data).map((field) => `${name}: ${field}`));
  }
  return found;
}
