/**
 * A store holding the seed dataset, loaded by the product's own seeding (functions/store/seed.ts)
 * into an in-memory store, so evaluation runs never touch the local data folder; and the query engine
 * asked over it, as a test file asks it.
 */
import { beforeAll } from 'vitest';
import type { Frame } from '../../../functions/domain/query/index.js';
import { type Catalogue, getCatalogue } from '../../../functions/query/catalogue.js';
import { answerQuestion } from '../../../functions/query/index.js';
import { readQuestion } from '../../../functions/query/readings.js';
import type { Answer, QueryInput } from '../../../functions/query/types.js';
import { seedIfEmpty } from '../../../functions/store/seed.js';
import type { Store } from '../../../functions/store/store.js';
import { memoryStore } from './memory-store.js';

export async function seededStore(store: Store = memoryStore()): Promise<Store> {
  await seedIfEmpty(store);
  return store;
}

/**
 * One seeded store for the whole test file (vitest gives each file its own modules), so its catalogue is
 * built once however many describe blocks ask. Only for tests that never write to it: a test that writes
 * makes its own with seededStore().
 */
let shared: Promise<Store> | undefined;
const sharedStore = () => (shared ??= seededStore());

export interface SeededEngine {
  /** The answer to `q` asked by someone at the engine's home organisation; `input` adds lang, org or context. */
  ask(q: string, input?: Omit<QueryInput, 'q'>): Promise<Answer>;
  /** Each turn asked with the context of the answer before it, as a chat asks; the last answer. */
  conversation(...turns: string[]): Promise<Answer>;
  /** How the engine reads `q` against the seed data's organisations and cases, its language detected. */
  frame(q: string): Frame;
  /** These two are there once the beforeAll has run: call them inside a test or a later hook. */
  catalogue(): Catalogue;
  store(): Store;
}

/**
 * The query engine over the shared seeded store, for questions asked from `homeOrg`. Call it at the top of a
 * file or describe block: it seeds the store and builds its catalogue in a beforeAll, so neither is timed
 * as the first test.
 */
export function seededEngine(homeOrg = 'aabenraa'): SeededEngine {
  let ready: { store: Store; cat: Catalogue } | undefined;
  beforeAll(async () => {
    const store = await sharedStore();
    ready = { store, cat: await getCatalogue(store) };
  });
  const built = () => {
    if (!ready) throw new Error('the seeded store is there only once beforeAll has run: use it inside a test or a later hook');
    return ready;
  };
  const ask = async (q: string, input: Omit<QueryInput, 'q'> = {}) => answerQuestion(await sharedStore(), { q, ...input }, { homeOrg });
  return {
    ask,
    async conversation(...turns) {
      let answer: Answer | undefined;
      for (const q of turns) answer = await ask(q, answer?.context ? { context: answer.context } : {});
      return answer!;
    },
    frame(q) {
      const { cat } = built();
      return readQuestion(q, undefined, cat.orgRefs, cat.caseRefs);
    },
    catalogue: () => built().cat,
    store: () => built().store,
  };
}
