/**
 * Fault: Cosmos DB carries out a write but its answer is lost (a 503 reaches the client instead), so the
 * store retries a write that already happened. The retry must not turn success into failure: a create
 * that finds its own item is a create, a delete that finds nothing deleted it, a replace whose ETag has
 * moved on to exactly what it wrote replaced it. A real conflict still fails.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCosmosStore } from '../../functions/store/cosmos/index.js';
import { unstored, type Store } from '../../functions/store/store.js';
import { sample } from '../store/sample-items.js';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmos-server.js';
import { startLostAnswerProxy, type LostAnswerProxy } from './support/lost-answer-proxy.js';

let server: CosmosTestServer;
let proxy: LostAnswerProxy;
let store: Store;
beforeAll(async () => {
  server = await startCosmosServer();
  proxy = await startLostAnswerProxy(server.endpoint);
  store = await openCosmosStore({ endpoint: proxy.url, key: server.key, database: `lost-${randomUUID()}`, testServer: true });
});
afterAll(async () => {
  await store?.close();
  await proxy?.stop();
  await server?.stop();
});

describe('fault: a Cosmos DB write done but its answer lost', () => {
  it('a create retried into its own item succeeds, and the item is there once', async () => {
    const c = sample.cases('herning.lost-create', 'herning');
    proxy.loseNext('POST');
    const created = await store.cases.create(c);
    expect(proxy.lost).toBe(1);
    expect(unstored(created)).toEqual(c);
    expect(await store.cases.get(c.id, 'herning')).toEqual(created);
  });

  it('a create retried into someone else\'s item is still a 409', async () => {
    const theirs = sample.cases('herning.lost-conflict', 'herning');
    await store.cases.create(theirs);
    const before = proxy.lost;
    proxy.loseNext('POST');
    await expect(store.cases.create({ ...theirs, title: 'Another case' })).rejects.toMatchObject({ status: 409 });
    expect(proxy.lost).toBe(before + 1);
    expect((await store.cases.get(theirs.id, 'herning'))?.title).toBe(theirs.title);
  });

  it('a delete retried into nothing succeeds', async () => {
    const c = sample.cases('herning.lost-delete', 'herning');
    const created = await store.cases.create(c);
    const before = proxy.lost;
    proxy.loseNext('DELETE');
    await store.cases.delete(c.id, 'herning', created._etag);
    expect(proxy.lost).toBe(before + 1);
    expect(await store.cases.get(c.id, 'herning')).toBeUndefined();
  });

  it('a replace retried after its ETag moved on to exactly what it wrote succeeds; a real 412 stays', async () => {
    const c = sample.cases('herning.lost-replace', 'herning');
    const created = await store.cases.create(c);
    const before = proxy.lost;
    proxy.loseNext('PUT');
    const replaced = await store.cases.replace({ ...c, status: 'completed' }, created._etag);
    expect(proxy.lost).toBe(before + 1);
    expect(replaced.status).toBe('completed');
    expect(await store.cases.get(c.id, 'herning')).toEqual(replaced);
    await expect(store.cases.replace({ ...c, status: 'stopped' }, created._etag)).rejects.toMatchObject({ status: 412 });
  });
});
