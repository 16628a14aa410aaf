/** Which organisations' partitions a digest reads: those of the subscription, each once, and no other. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../functions/digest/build.js';
import type { Store } from '../../functions/store/store.js';
import { seededStore } from './support/seeded-store.js';

let store: Store;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ store, cleanup } = await seededStore()), 60_000);
afterAll(() => cleanup?.());

const ORG_CONTAINERS = ['organisations', 'cases', 'goals', 'kpis', 'proposals'] as const;

/** The store with the partition of every organisation-level read recorded, container by container. */
function recording(): { store: Store; read: Record<string, string[]> } {
  const read: Record<string, string[]> = Object.fromEntries(ORG_CONTAINERS.map((c) => [c, []]));
  const wrap = (name: (typeof ORG_CONTAINERS)[number]) =>
    new Proxy(store[name], {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as (...args: unknown[]) => unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop === 'get') read[name]!.push(String(args[1]));
          if (prop === 'findAll') read[name]!.push(String((args[0] as { partitionKey?: string } | undefined)?.partitionKey));
          return value.apply(target, args);
        };
      },
    });
  const wrapped = Object.fromEntries(ORG_CONTAINERS.map((c) => [c, wrap(c)]));
  return { store: new Proxy(store, { get: (t, p, r) => (p in wrapped ? wrapped[p as string] : Reflect.get(t, p, r)) }) as Store, read };
}

describe('loadInputs reads', () => {
  it('for a subscription to cases only, just the organisations of those cases', async () => {
    const r = recording();
    const inputs = await loadInputs(r.store, { caseIds: ['aabenraa.kik-ii'] });
    for (const c of ORG_CONTAINERS) expect(r.read[c], c).toEqual(['aabenraa']);
    expect(inputs.organisation?.id).toBe('aabenraa');
    expect(inputs.goals.length).toBeGreaterThan(0);
  });

  it('for an organisation and a case of another, both, each once, the subscribed organisation first', async () => {
    const r = recording();
    const inputs = await loadInputs(r.store, { orgId: 'viborg', caseIds: ['aabenraa.kik-ii', 'aabenraa.kik-ii'] });
    for (const c of ORG_CONTAINERS) expect(r.read[c], c).toEqual(['viborg', 'aabenraa']);
    expect(inputs.organisation?.id).toBe('viborg');
  });
});
