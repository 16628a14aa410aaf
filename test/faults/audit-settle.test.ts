/**
 * How the start settles an audit entry left pending (settleAuditEntries), case by case, and how a writer
 * completing its entry wins over a sweep that ran meanwhile (completeAudit). The kills that leave such
 * entries are in leftover-work-kill.test.ts. On both adapters: the sweep finds pending entries with a
 * query across partitions.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Kpi } from '../../functions/domain/model.js';
import { kpiHistory } from '../../functions/figures/history.js';
import { completeAudit, recordAudit, settleAuditEntries } from '../../functions/store/audit.js';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';

const ACTOR: Actor = { id: 'u-7', name: 'Mette Økonomi', kind: 'user' };
let dir: string;
let seeded: Store;
let server: CosmosTestServer | undefined;
let store: Store;
let kpi: Kpi;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-audit-settle-'));
  seeded = await openEmbeddedStore({ dir });
  await seed(seeded);
  kpi = unstored((await seeded.kpis.get('aabenraa.kik-ii.kontaktforloeb', 'aabenraa'))!);
});
afterAll(async () => {
  await seeded?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Each adapter: the seeded embedded store, and a Cosmos DB database (the test server) holding the one KPI. */
const adapters: Record<string, () => Promise<Store>> = {
  embedded: async () => seeded,
  cosmos: async () => {
    server ??= await startCosmosServer();
    const cosmos = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database: `audit-settle-${randomUUID()}`, testServer: true });
    await cosmos.kpis.create(kpi);
    return cosmos;
  },
};

const pendingUpdate = (after: Kpi, at: string, before: Kpi = kpi) =>
  recordAudit(store, { entityType: 'kpi', entityId: kpi.id, action: 'update', actor: ACTOR, at, before, after, pending: true });
const stateOf = async (id: string) => (await store.audit.get(id, kpi.id))?.state;

for (const [adapter, open] of Object.entries(adapters)) describe(`settling pending audit entries at start (${adapter})`, () => {
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    if (store !== seeded) await store.close();
  });

  it('marks aborted the entry of an update that never happened (the item is still its before), and leaves it so', async () => {
    const entry = await pendingUpdate({ ...kpi, aliases: ['aldrig'] }, '2026-11-30T10:00:00.000Z');
    expect(await settleAuditEntries(store)).toEqual({ completed: 0, aborted: 1 });
    expect(await stateOf(entry.id)).toBe('aborted');
    expect(await settleAuditEntries(store)).toEqual({ completed: 0, aborted: 0 });
  });

  it('completes the entry of an update that happened (the item is its after)', async () => {
    const current = (await store.kpis.get(kpi.id, kpi.orgId))!;
    const next = { ...unstored(current), aliases: ['sket'] };
    const entry = await pendingUpdate(next, '2026-11-30T10:30:00.000Z', unstored(current));
    await store.kpis.replace(next, current._etag);
    expect(await settleAuditEntries(store)).toEqual({ completed: 1, aborted: 0 });
    expect(await stateOf(entry.id)).toBeUndefined();
  });

  it('completes the entry of an update that happened and was changed again since (a later entry starts from its after)', async () => {
    const current = (await store.kpis.get(kpi.id, kpi.orgId))!;
    const first = { ...kpi, aliases: ['første'] };
    const second = { ...kpi, aliases: ['anden'] };
    const entry = await pendingUpdate(first, '2026-11-30T11:00:00.000Z');
    const written = await store.kpis.replace(first, current._etag);
    // The second change, done and completed; the first's entry still pending (its writer died).
    await completeAudit(store, await pendingUpdate(second, '2026-11-30T11:05:00.000Z', first));
    await store.kpis.replace(second, written._etag);
    expect(await settleAuditEntries(store)).toEqual({ completed: 1, aborted: 0 });
    expect(await stateOf(entry.id)).toBeUndefined();
  });

  it("the KPI's history in chat leaves out an aborted entry: that change never happened", async () => {
    const entry = await pendingUpdate({ ...kpi, aliases: ['afbrudt'] }, '2026-11-30T13:00:00.000Z');
    await settleAuditEntries(store);
    const ids = (await kpiHistory(store, kpi.id)).map((e) => e.id);
    expect(ids).not.toContain(entry.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('a writer completing its entry after a sweep on another instance marked it aborted: completed', async () => {
    const entry = await pendingUpdate({ ...kpi, aliases: ['sent'] }, '2026-11-30T12:00:00.000Z');
    expect(await settleAuditEntries(store)).toEqual({ completed: 0, aborted: 1 });
    await completeAudit(store, entry);
    expect(await stateOf(entry.id)).toBeUndefined();
  });
});
