/**
 * A Store whose repo calls can be intercepted: `intercept(container, method, run)` runs `run` once, on the
 * next such call, before (or instead of) the store's own — to fail a step, or to slip in a rival write,
 * exactly between two steps of an operation.
 */
import type { ContainerName } from '../../../functions/store/containers.js';
import type { Repo, Store } from '../../../functions/store/store.js';

type Method = keyof Repo<{ id: string }>;
/** Throw to fail the call; return normally to let it go on to the store. */
type Step = (args: unknown[]) => Promise<void> | void;

export interface InterceptedStore {
  store: Store;
  intercept(container: ContainerName, method: Method, run: Step): void;
}

export function interceptedStore(inner: Store): InterceptedStore {
  const armed = new Map<string, Step>();
  const repos = new Map<string, unknown>();
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof name !== 'string' || typeof value !== 'object' || value === null || !('get' in value)) return value;
      if (!repos.has(name)) {
        repos.set(
          name,
          new Proxy(value as Record<string, unknown>, {
            get(repo, method) {
              const fn = repo[method as string];
              if (typeof fn !== 'function') return fn;
              return async (...args: unknown[]) => {
                const key = `${name}.${String(method)}`;
                const step = armed.get(key);
                if (step) {
                  armed.delete(key);
                  await step(args);
                }
                return (fn as (...a: unknown[]) => unknown).apply(repo, args);
              };
            },
          }),
        );
      }
      return repos.get(name);
    },
  });
  return { store, intercept: (container, method, run) => void armed.set(`${container}.${method}`, run) };
}
