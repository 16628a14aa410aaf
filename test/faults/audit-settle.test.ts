/**
 * How the start settles an audit entry left pending (settleAuditEntries), case by case, and how a writer
 * completing its entry wins over a sweep that ran meanwhile (completeAudit). The kills that leave such
 * entries are in leftover-work-kill.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Kpi } from '../../functions/domain/model.js';
import { kpiHistory } from '../../functions/figures/history.js';
import { completeAudit, recordAudit, settleAuditEntries } from '../../functions/store/audit.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import { unstored, type Store } from '../../functions/store/store.js';

const ACTOR: Actor = { id: 'u-7', name: 'Mette Økonomi', kind: 'user' };
let dir: string;
let store: Store;
let kpi: Kpi;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-audit-settle-'));
  store = await openEmbeddedStore({ dir });
  await seed(store);
  kpi = unstored((await store.kpis.get('aabenraa.kik-ii.kontaktforloeb', 'aabenraa'))!);
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const pendingUpdate = (after: Kpi, at: string, before: Kpi = kpi) =>
  recordAudit(store, { entityType: 'kpi', entityId: kpi.id, action: 'update', actor: ACTOR, at, before, after, pending: true });
const stateOf = async (id: string) => (await store.audit.get(id, kpi.id))?.state;

describe('settling pending audit entries at start', () => {
  it('marks aborted the entry of an update that never happened (the item is still its before), and leaves it so', async () => {
    const entry = await pendingUpdate({ ...kpi, aliases: ['aldrig'] }, '2026-11-30T10:00:00.000Z');
    expect(await settleAuditEntries(store)).toEqual({ completed: 0, aborted: 1 });
    expect(await stateOf(entry.id)).toBe('aborted');
    expect(await settleAuditEntries(store)).toEqual({ completed: 0, aborted: 0 });
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
