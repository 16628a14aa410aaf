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
  frame(q: string): Promise<Frame>;
  catalogue(): Promise<Catalogue>;
  /** The shared seeded store, there once the file's first beforeAll has run. */
  store(): Store;
}

/**
 * The query engine over the shared seeded store, for questions asked from `homeOrg`. Call it at the top of a
 * file or describe block: it seeds the store in a beforeAll, so the seeding is not timed as the first test.
 */
export function seededEngine(homeOrg = 'aabenraa'): SeededEngine {
  let store: Store | undefined;
  // The catalogue too is built here, not inside the first test's time limit.
  beforeAll(async () => {
    store = await sharedStore();
    await getCatalogue(store);
  });
  const ask = async (q: string, input: Omit<QueryInput, 'q'> = {}) => answerQuestion(await sharedStore(), { q, ...input }, { homeOrg });
  const catalogue = async () => getCatalogue(await sharedStore());
  return {
    ask,
    async conversation(...turns) {
      let answer: Answer | undefined;
      for (const q of turns) answer = await ask(q, answer?.context ? { context: answer.context } : {});
      return answer!;
    },
    async frame(q) {
      const cat = await catalogue();
      return readQuestion(q, undefined, cat.orgRefs, cat.caseRefs);
    },
    catalogue,
    store() {
      if (!store) throw new Error('the seeded store is there only once beforeAll has run: call store() inside a test or hook');
      return store;
    },
  };
}
