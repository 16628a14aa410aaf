/**
 * Fault: 30 priority proposals of one unit submitted at the same moment, none with a number, on each
 * adapter (the embedded store, and Cosmos DB through the in-process test server). Every proposal gets a
 * number of its own — before reservations, 30 submits gave 8 proposals "QQ 12" — and the numbers may
 * have gaps but never repeats. Ten submits typing the same free number: one gets it, nine are told it is
 * taken.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { compactNumber, submissionKey } from '../../functions/domain/proposals/index.js';
import type { ProposalContext } from '../../functions/proposals/context.js';
import { reviewerPolicy } from '../../functions/proposals/reviewers.js';
import { submitProposal } from '../../functions/proposals/submit.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import type { Store } from '../../functions/store/store.js';
import { openFixture, PRIORITY, STAFF } from '../proposals/support.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';

const BURST = 30;
let server: CosmosTestServer | undefined;
afterAll(async () => server?.stop());

async function cosmosContext(): Promise<{ ctx: ProposalContext; close: () => Promise<void> }> {
  server ??= await startCosmosServer();
  const store: Store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database: `numbers-${randomUUID()}`, testServer: true });
  // Only the organisation: seeding all of it through the test server costs half a minute.
  await store.organisations.create({ id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: [] });
  const config = loadConfig({ HOME_ORG: 'herning' });
  return { ctx: { store, reviewers: reviewerPolicy(config), now: () => new Date().toISOString() }, close: () => store.close() };
}

async function embeddedContext(): Promise<{ ctx: ProposalContext; close: () => Promise<void> }> {
  const f = await openFixture();
  return { ctx: f.ctx, close: () => f.close() };
}

function submit(ctx: ProposalContext, n: number, extra: Record<string, unknown> = {}) {
  const input = { ...PRIORITY, responsibleUnit: 'QQ', title: `Forslag ${n}`, ...extra };
  return submitProposal(ctx, input, { person: STAFF, lang: 'da', idempotencyKey: submissionKey(`form-${n}-${randomUUID()}`, STAFF.id) });
}

for (const [adapter, open] of [['embedded', embeddedContext], ['cosmos', cosmosContext]] as const) {
  describe(`fault: ${BURST} concurrent submits of one unit (${adapter})`, () => {
    it('gives every proposal its own number, and a typed number to exactly one of ten', async () => {
      const { ctx, close } = await open();
      try {
        const outcomes = await Promise.all(Array.from({ length: BURST }, (_, n) => submit(ctx, n)));
        expect(outcomes.map((o) => o.kind)).toEqual(Array(BURST).fill('created'));
        const numbers = outcomes.map((o) => (o.kind === 'created' ? o.proposal.number! : ''));
        expect(new Set(numbers.map(compactNumber)).size).toBe(BURST);
        // Gaps are allowed (a failed submit keeps its number); all are of the unit's series.
        expect(numbers.every((n) => /^QQ \d{2,}$/.test(n))).toBe(true);
        const stored = (await ctx.store.proposals.findAll({ partitionKey: 'herning' })).filter((p) => p.responsibleUnit === 'QQ');
        expect(new Set(stored.map((p) => compactNumber(p.number!))).size).toBe(stored.length);

        const typed = await Promise.all(Array.from({ length: 10 }, (_, n) => submit(ctx, 100 + n, { number: 'QQ 90' })));
        expect(typed.filter((o) => o.kind === 'created')).toHaveLength(1);
        const refused = typed.filter((o) => o.kind === 'invalid');
        expect(refused).toHaveLength(9);
        expect(refused.every((o) => o.kind === 'invalid' && o.errors[0]?.field === 'number' && o.errors[0].message.includes('QQ 90'))).toBe(true);
      } finally {
        await close();
      }
    }, 120_000);
  });
}
