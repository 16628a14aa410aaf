/**
 * Fault: a reviewer decides with If-Match naming the version they read, and another change lands between
 * the route's reading of the proposal and the decision's write. The If-Match used to be checked on that
 * read; the write then met the newer version, read again and decided on it — a version the reviewer
 * never saw. Now the caller's ETag is the write's own condition: 412, and nothing is decided.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import type { Store } from '../../functions/store/store.js';
import { startApi, type Api } from '../functions/api-harness.js';
import { PRIORITY } from '../proposals/support.js';
import { interceptedStore, type InterceptedStore } from './support/intercepted-store.js';

let dir: string;
let inner: Store;
let store: InterceptedStore;
let api: Api;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-if-match-'));
  inner = await openEmbeddedStore({ dir });
  await seed(inner);
  store = interceptedStore(inner);
  api = await startApi({ store: store.store });
});
afterAll(async () => {
  await api?.close();
  await inner?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('fault: a change lands between the If-Match check and the decision', () => {
  it('answers 412 and decides nothing, rather than deciding on the newer version', async () => {
    const created = await api.call('POST', '/api/proposals', { body: { ...PRIORITY, title: `${PRIORITY.title} (If-Match)` } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const read = await api.call('GET', `/api/proposals/${id}`);
    const etag = read.headers.etag!;

    // Just before the decision's write: someone else moves the proposal into review.
    store.intercept('proposals', 'replace', async () => {
      const current = (await inner.proposals.get(id, 'herning'))!;
      const { _etag, ...content } = current;
      await inner.proposals.replace({ ...content, status: 'in-review' }, _etag);
    });
    const decided = await api.call('POST', `/api/proposals/${id}/decision`, { body: { decision: 'approve', comment: 'Godkendt' }, headers: { 'if-match': etag } });

    expect(decided.status).toBe(412);
    const stored = await inner.proposals.get(id, 'herning');
    expect(stored?.status).toBe('in-review');
    expect(stored?.decisions).toEqual([]);
    expect((await inner.cases.findAll({ partitionKey: 'herning' })).filter((c) => c.proposalId === id)).toEqual([]);
  }, 60_000);
});
