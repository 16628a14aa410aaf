/**
 * Properties of submits from any sender: whatever a card or an API client sends, the answer is never a
 * 5xx, and a payload the schema refuses never leaves a proposal (or anything else) behind.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerNames } from '../../functions/store/containers.js';
import { draftFromForm, submissionKey, validateDraft } from '../../functions/domain/proposals/index.js';
import { submitProposal } from '../../functions/proposals/submit.js';
import { seed } from '../../functions/store/seed.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { reviewerPolicy } from '../../functions/proposals/reviewers.js';
import { loadConfig } from '../../functions/config.js';
import { PRIORITY, QUICK_WIN, STAFF } from './support.js';

let api: Api;
beforeAll(async () => {
  api = await startApi();
  await seed(api.store);
});
afterAll(() => api.close());

async function counts(): Promise<string> {
  const entries = await Promise.all(containerNames.filter((c) => c !== 'audit').map(async (c) => `${c}:${(await api.store[c].findAll()).length}`));
  return entries.join(' ');
}

const danishNumber = fc.oneof(
  fc.integer({ min: -20_000_000, max: 20_000_000 }).map((n) => n.toLocaleString('da-DK')),
  fc.double({ min: -5000, max: 5000, noNaN: true }).map((n) => n.toLocaleString('da-DK', { maximumFractionDigits: 4 })),
  fc.stringMatching(/^-?[0-9.,]{1,12}$/),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  danishNumber,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.string({ minLength: 4001, maxLength: 4100 }),
  fc.constantFrom('010190-1234', 'tidlig,afhjaelpende', 'investering', 'herning', 'atlantis', 'BIC 99', '2027', 'NaN', 'Infinity'),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A valid draft with a few fields replaced by anything, or removed. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(base), 'number', 'kind', 'orgId', 'extra', '__proto__'];
  return fc.dictionary(fc.constantFrom(...keys), fc.option(anyValue, { nil: undefined }), { maxKeys: 4 }).map((changes) => {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  });
}

const economyRows = fc.array(fc.record({ year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.constantFrom('2027', '20x7')), operatingCostChange: fc.option(danishNumber, { nil: undefined }), staffChange: fc.option(anyValue, { nil: undefined }) }, { requiredKeys: ['year'] }), { maxLength: 6 });

const body = fc.oneof(
  mutated(QUICK_WIN),
  mutated(PRIORITY),
  economyRows.chain((economy) => mutated({ ...PRIORITY, economy })),
  anyValue,
);

describe('POST /api/proposals with any body', () => {
  it('never answers 5xx, and stores nothing unless it answers 201 or 200', async () => {
    let key = 0;
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const before = await counts();
        const res = await api.call('POST', '/api/proposals', { body: payload, headers: { 'idempotency-key': `p-${key++}` } });
        expect(res.status).toBeLessThan(500);
        if (res.status === 201) {
          expect(validateDraft(payload, 'en').ok).toBe(true);
        } else {
          expect(res.status).toBe(400);
          expect(res.headers['content-type']).toBe('application/problem+json');
          expect(await counts()).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('decision bodies', () => {
  it('never answer 5xx, and change nothing unless they answer 200', async () => {
    const decision = fc.oneof(
      fc.record({ decision: fc.constantFrom('approve', 'reject', 'request-changes', 'maybe'), comment: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: 2001, maxLength: 2010 }), fc.integer()), { nil: undefined }) }),
      anyValue,
    );
    const ids = fc.constantFrom('herning.bic-03', 'herning.ceb-01', 'herning.nope', 'nope', 'herning.jc-02');
    await fc.assert(
      fc.asyncProperty(ids, decision, async (id, payload) => {
        const before = JSON.stringify(await api.store.proposals.findAll());
        const res = await api.call('POST', `/api/proposals/${encodeURIComponent(id)}/decision`, { body: payload });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) expect(JSON.stringify(await api.store.proposals.findAll())).toBe(before);
      }),
      { numRuns: 120 },
    );
  });
});

describe('card submits with any inputs', () => {
  it('never throw, and store a proposal only when the form is valid', async () => {
    const ctx = { store: api.store, reviewers: reviewerPolicy(loadConfig({})), now: () => new Date().toISOString() };
    const cardInputs = fc.dictionary(
      fc.constantFrom('title', 'description', 'orgId', 'responsibleUnit', 'estimatedYearlySaving', 'number', 'effortTypes', 'approach', 'plannedAction', 'economy.0.year', 'economy.0.staffChange', 'economy.2.benefitSaving', 'economy.7.year'),
      anyValue,
      { maxKeys: 8 },
    );
    let form = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('quick-win', 'priority'), cardInputs, async (kind, inputs) => {
        const before = (await api.store.proposals.findAll()).length;
        const input = draftFromForm(kind as 'quick-win' | 'priority', { ...(kind === 'quick-win' ? QUICK_WIN : { ...PRIORITY, economy: undefined }), ...inputs });
        const outcome = await submitProposal(ctx, input, { person: STAFF, lang: 'da', idempotencyKey: submissionKey(`f-${form++}`, STAFF.id) });
        const after = (await api.store.proposals.findAll()).length;
        expect(after).toBe(outcome.kind === 'created' ? before + 1 : before);
        if (outcome.kind === 'invalid') expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
