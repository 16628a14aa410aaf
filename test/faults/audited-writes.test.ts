/**
 * Fault: the audit entry of a case or figure edit through the API cannot be written (the store fails on
 * it). Before, the change was made first and the entry after, so the change stood with no entry — the
 * audit trail silently missed it. Now the entry is written first and the change only after it, and a
 * change that then fails takes its entry back: never a change without its entry, never an entry for a
 * change that failed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import type { Store } from '../../functions/store/store.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { loadFixtures } from '../functions/fixtures.js';
import { interceptedStore, type InterceptedStore } from './support/intercepted-store.js';

let dir: string;
let inner: Store;
let faults: InterceptedStore;
let api: Api;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-audited-'));
  inner = await openEmbeddedStore({ dir });
  await loadFixtures(inner);
  faults = interceptedStore(inner);
  api = await startApi({ store: faults.store });
});
afterAll(async () => {
  await api?.close();
  await inner?.close();
  await rm(dir, { recursive: true, force: true });
});

const broken = () => {
  throw new Error('injected: the store failed');
};
const audits = (id: string) => inner.audit.findAll({ partitionKey: id });

describe('fault: a write through the API and its audit entry', () => {
  it('a new case whose audit entry fails is not created', async () => {
    faults.intercept('audit', 'create', broken);
    const res = await api.call('POST', '/api/cases', { body: { id: 'viborg.spor-9', orgId: 'viborg', title: 'Spor 9', kind: 'initiative', status: 'active' } });
    expect(res.status).toBe(500);
    expect(await inner.cases.get('viborg.spor-9', 'viborg')).toBeUndefined();
    expect(await audits('viborg.spor-9')).toEqual([]);
  });

  it('a case edit whose audit entry fails leaves the case as it was', async () => {
    const before = await inner.cases.get('aabenraa.kik', 'aabenraa');
    faults.intercept('audit', 'create', broken);
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'KIK (unaudited)' } });
    expect(res.status).toBe(500);
    expect(await inner.cases.get('aabenraa.kik', 'aabenraa')).toEqual(before);
  });

  it('a case whose own write fails leaves no audit entry behind', async () => {
    const entries = (await audits('aabenraa.kik')).length;
    faults.intercept('cases', 'replace', broken);
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'KIK (failed)' } });
    expect(res.status).toBe(500);
    expect(await audits('aabenraa.kik')).toHaveLength(entries);
  });

  it('an edit that succeeds has exactly one entry, showing before and after', async () => {
    const entries = (await audits('aabenraa.kik')).length;
    const res = await api.call('PATCH', '/api/cases/aabenraa.kik', { body: { title: 'KIK (audited)' } });
    expect(res.status).toBe(200);
    const after = await audits('aabenraa.kik');
    expect(after).toHaveLength(entries + 1);
    expect(after.at(-1)).toMatchObject({ action: 'update', after: { title: 'KIK (audited)' } });
  });
});
