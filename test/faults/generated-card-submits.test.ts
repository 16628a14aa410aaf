/**
 * Fault: 3,000 generated card payloads (fast-check) sent to the bot through its real entry point
 * (/api/messages, in-process, local unauthenticated mode): Action.Submit messages, Action.Execute
 * invokes, dialog fetch/submit and typeahead searches, with every verb the cards use and made-up ones,
 * every input id the card templates have, filled with anything. The bot never answers 5xx, and a
 * payload it cannot act on (no envelope, an unknown verb) writes nothing but the conversation record,
 * and no CPR number among the generated values is stored.
 * Together with test/faults/generated-api-bodies.test.ts: 10,000 generated requests.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { useRuntime } from '../../functions/runtime.js';
import { seed } from '../../functions/store/seed.js';
import { CONVERSATIONS, submit } from '../bot/support/activities.js';
import { startBot, type BotHarness } from '../bot/support/bot-harness.js';
import { countingStore, type WriteCounter } from './support/counting-store.js';
import { storedCpr } from './support/stored-cpr.js';

const RUNS = 3000;
let bot: BotHarness;
let writes: WriteCounter;

beforeAll(async () => {
  bot = await startBot();
  await seed(bot.store);
  const counted = countingStore(bot.store);
  writes = counted.writes;
  useRuntime({ config: loadConfig({}), store: counted.store });
}, 60_000);
afterAll(() => bot.close());

const KNOWN_VERBS = [
  'help', 'ask', 'status', 'subscribe', 'unsubscribe', 'proposal', 'figure.update', 'figure.find', 'figure.history', 'query.alternative',
  'proposal.archive', 'proposal.decide', 'proposal.dialog', 'proposal.edit-form', 'proposal.implement', 'proposal.list',
  'proposal.new', 'proposal.refresh', 'proposal.revise', 'proposal.show', 'proposal.submit',
];
const INPUT_IDS = [
  'active', 'approach', 'background', 'case', 'caseIds', 'comment', 'consequences', 'currentPractice', 'description', 'effortTypes',
  'estimatedYearlySaving', 'expectedEffect', 'kind', 'kpi', 'language', 'legalRequirements', 'note', 'number', 'org', 'orgId', 'period',
  'plannedAction', 'proposedBy', 'reason', 'responsibleUnit', 'successCriterion', 'targetGroup', 'time', 'title', 'value', 'weekday',
  'question', 'q', 'id', 'proposalId', 'decision', 'page', 'etag', 'formId', '__proto__',
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('aabenraa', 'aabenraa.kik-ii', 'aabenraa.kik-ii.selvforsoergende', 'herning.bic-02', '2018-08-31', '1.869', '15,9', 'approve', 'reject', 'da', 'en', 'mandag', '08:00', '010190-1234'),
  fc.string({ minLength: 4001, maxLength: 4100 }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
);

const verb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KNOWN_VERBS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
const payload = fc.tuple(verb, fc.constantFrom('da', 'en', undefined, 'xx'), fc.dictionary(fc.constantFrom(...INPUT_IDS), anyValue, { maxKeys: 6 })).map(([v, lang, fields]) => {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(fields)) Object.defineProperty(out, k, { value: val, enumerable: true, writable: true, configurable: true });
  out.verb = v;
  if (lang !== undefined) out.lang = lang;
  return out;
});
const value = fc.oneof({ weight: 8, arbitrary: payload }, { weight: 1, arbitrary: anyValue });

type Shape = 'submit' | 'execute' | 'fetch' | 'dialog' | 'search';
const activity = fc.tuple(fc.constantFrom<Shape>('submit', 'submit', 'execute', 'execute', 'fetch', 'dialog', 'search'), value, fc.constantFrom('personal', 'groupChat', 'channel') as fc.Arbitrary<keyof typeof CONVERSATIONS>);

function build(shape: Shape, data: unknown, where: keyof typeof CONVERSATIONS, serviceUrl: string) {
  const base = submit(serviceUrl, data, { where });
  switch (shape) {
    case 'submit':
      return base;
    case 'execute': {
      const v = data as { verb?: unknown } | null;
      return { ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: typeof v === 'object' && v ? v.verb : undefined, data }, trigger: 'manual' } };
    }
    case 'fetch':
      return { ...base, type: 'invoke', name: 'task/fetch', value: { data } };
    case 'dialog':
      return { ...base, type: 'invoke', name: 'task/submit', value: { data } };
    case 'search':
      return { ...base, type: 'invoke', name: 'application/search', value: { kind: 'search', queryText: typeof data === 'string' ? data : 'kik', dataset: 'kpi', data } };
  }
}

/** A payload nothing can act on: no usable envelope, or a verb no card has. */
function inert(shape: Shape, data: unknown): boolean {
  if (shape === 'search') return true;
  const v = typeof data === 'object' && data !== null ? (data as { verb?: unknown }).verb : undefined;
  return typeof v !== 'string' || !KNOWN_VERBS.includes(v);
}

describe(`fault: ${RUNS} generated card payloads`, () => {
  it('never answers 5xx, and writes nothing for a payload nothing acts on', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(activity, async ([shape, data, where]) => {
        const before = writes.total - (writes.byContainer.get('conversations') ?? 0);
        const res = await bot.post(build(shape, data, where, bot.channel.serviceUrl));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const context = `${shape} ${JSON.stringify(data)?.slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        const after = writes.total - (writes.byContainer.get('conversations') ?? 0);
        if (inert(shape, data)) expect(after - before, `${context} wrote`).toBe(0);
        bot.channel.clear();
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 2);
    // The generated values include a CPR number ('010190-1234'): none may have been stored anywhere.
    expect(await storedCpr(bot.store)).toEqual([]);
  }, 400_000);
});
