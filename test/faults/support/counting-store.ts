/**
 * The store with a count of the writes it carried out (create, replace, upsert, delete that resolved),
 * per container: what a request did to the store, without reading the whole store around every request.
 */
import { containerNames } from '../../../functions/store/containers.js';
import type { Store } from '../../../functions/store/store.js';

const WRITES = new Set(['create', 'replace', 'upsert', 'delete']);

export interface WriteCounter {
  total: number;
  byContainer: Map<string, number>;
}

export function countingStore(store: Store): { store: Store; writes: WriteCounter } {
  const writes: WriteCounter = { total: 0, byContainer: new Map() };
  const out: Record<string, unknown> = { ...store };
  for (const name of containerNames) {
    const repo = store[name] as unknown as Record<string, unknown>;
    out[name] = new Proxy(repo, {
      get(target, prop) {
        const value = target[prop as string];
        if (typeof value !== 'function') return value;
        if (!WRITES.has(String(prop))) return value.bind(target);
        return async (...args: unknown[]) => {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          writes.total += 1;
          writes.byContainer.set(name, (writes.byContainer.get(name) ?? 0) + 1);
          return result;
        };
      },
    });
  }
  return { store: out as unknown as Store, writes };
}
