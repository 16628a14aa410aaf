/**
 * Fault: a proposal's write succeeds and a write that must follow it fails — the case of an approval, the
 * audit entry of a submit or a decision. Before, each left its half for good: an approved proposal
 * without its case, a proposal nobody's audit trail shows. Now the change owes that work in the same
 * write (functions/proposals/pending.ts), and the retried request, the next write of the proposal or the
 * next start does it, once — on both adapters.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config.js';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { decideProposal, finishPendingProposals, reviewerPolicy, submitProposal, type ProposalContext } from '../../functions/proposals/index.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import type { Store } from '../../functions/store/store.js';
import { MANAGER, PRIORITY, STAFF } from '../proposals/support.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { interceptedStore, type InterceptedStore } from './support/intercepted-store.js';

let inner: Store;
let faults: InterceptedStore;
let ctx: ProposalContext;
let close: () => Promise<void>;
let server: CosmosTestServer | undefined;
afterAll(async () => server?.stop());

/** Each adapter, holding what the service needs: the organisation (Cosmos gets only that; seeding all of it is slow there). */
const adapters = {
  embedded: async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-two-writes-'));
    const store = await openEmbeddedStore({ dir });
    await seed(store);
    const close = async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    };
    return { store, close };
  },
  cosmos: async () => {
    server ??= await startCosmosServer();
    const store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database: `two-writes-${randomUUID()}`, testServer: true });
    await store.organisations.create({ id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: [] });
    return { store, close: () => store.close() };
  },
};

const broken = () => {
  throw new Error('injected: the store is unreachable');
};
const key = randomUUID();
const submit = (idempotencyKey = key) => submitProposal(ctx, PRIORITY, { person: STAFF, lang: 'da', idempotencyKey: submissionKey(idempotencyKey, STAFF.id) });
const approve = (id: string) => decideProposal(ctx, id, { decision: 'approve', comment: 'Godkendt' }, { person: MANAGER, lang: 'da' });

async function auditsOf(id: string, action: string) {
  return (await inner.audit.findAll({ partitionKey: id })).filter((a) => a.action === action);
}

async function submitted(): Promise<string> {
  const outcome = await submit(randomUUID());
  if (outcome.kind !== 'created') throw new Error(outcome.kind);
  return outcome.proposal.id;
}

for (const [adapter, open] of Object.entries(adapters)) {
  describe(`fault: the write after a proposal's change fails (${adapter})`, () => {
    beforeEach(async () => {
      const opened = await open();
      inner = opened.store;
      close = opened.close;
      faults = interceptedStore(inner);
      const config = loadConfig({ HOME_ORG: 'herning', REVIEWER_IDS: 'aad-manager-1' });
      ctx = { store: faults.store, reviewers: reviewerPolicy(config), now: () => new Date().toISOString() };
    });
    afterEach(() => close());

    it('an approval whose case write fails: the retried decision writes the case, once', async () => {
      const id = await submitted();
      faults.intercept('cases', 'upsert', broken);
      await expect(approve(id)).rejects.toThrow(/injected/);
      expect((await inner.proposals.get(id, 'herning'))?.status).toBe('approved');

      const retried = await approve(id);
      expect(retried.kind).toBe('already-decided');
      const proposal = (await inner.proposals.get(id, 'herning'))!;
      expect(proposal.pending).toBeUndefined();
      const cases = (await inner.cases.findAll({ partitionKey: 'herning' })).filter((c) => c.proposalId === id);
      expect(cases.map((c) => c.id)).toEqual([proposal.caseId]);
      expect(await auditsOf(id, 'decision')).toHaveLength(1);
      expect((await inner.audit.findAll({ partitionKey: proposal.caseId! })).filter((a) => a.entityType === 'case')).toHaveLength(1);
    });

    it('a decision whose audit entry fails: the next start writes it, once', async () => {
      const id = await submitted();
      faults.intercept('audit', 'create', broken);
      await expect(approve(id)).rejects.toThrow(/injected/);
      expect(await auditsOf(id, 'decision')).toEqual([]);

      expect(await finishPendingProposals(ctx)).toBe(1);
      const proposal = (await inner.proposals.get(id, 'herning'))!;
      expect(proposal.pending).toBeUndefined();
      const [entry] = await auditsOf(id, 'decision');
      expect(entry?.actor.id).toBe(MANAGER.id);
      expect(entry?.before).toMatchObject({ status: 'submitted' });
      expect(entry?.after).toMatchObject({ status: 'approved', caseId: proposal.caseId });
      expect(await inner.cases.get(proposal.caseId!, 'herning')).toBeDefined();
      expect(await finishPendingProposals(ctx)).toBe(0);
      expect(await auditsOf(id, 'decision')).toHaveLength(1);
    });

    it('a submit whose audit entry fails: the retried submit writes it, once', async () => {
      faults.intercept('audit', 'create', broken);
      await expect(submit()).rejects.toThrow(/injected/);
      const retried = await submit();
      expect(retried.kind).toBe('duplicate');
      const id = retried.kind === 'duplicate' ? retried.proposal.id : '';
      expect(retried.kind === 'duplicate' && retried.proposal.pending).toBeFalsy();
      expect(await auditsOf(id, 'create')).toHaveLength(1);
    });
  });
}
