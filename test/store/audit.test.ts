/** recordAudit, auditedWrite and completeAudit on their own, over an empty embedded store. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, PreconditionFailedError } from '../../functions/domain/errors.js';
import type { Actor } from '../../functions/domain/model.js';
import { auditedWrite, completeAudit, recordAudit } from '../../functions/store/audit.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { unstored, type Store } from '../../functions/store/store.js';

const ACTOR: Actor = { id: 'u-1', name: 'Mette Økonomi', kind: 'user' };
const AT = '2026-12-01T07:00:00.000Z';
const base = { entityType: 'case' as const, entityId: 'herning.bic-01', action: 'update' as const, actor: ACTOR, at: AT };

/** The store with some of the audit repo's methods replaced (the rest bound to the real repo). */
function withAudit(overrides: Partial<Store['audit']>): Store {
  const audit = new Proxy(store.audit, {
    get: (target, prop) => (prop in overrides ? overrides[prop as keyof Store['audit']] : (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target)),
  });
  return new Proxy(store, { get: (target, prop, receiver) => (prop === 'audit' ? audit : Reflect.get(target, prop, receiver)) });
}

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-audit-'));
  store = await openEmbeddedStore({ dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('recordAudit', () => {
  it('writes who, when, what and the item before and after without their ETags, under an id that starts with the time', async () => {
    const entry = await recordAudit(store, { ...base, before: { title: 'Før', _etag: 'e1' }, after: { title: 'Efter', _etag: 'e2' } });
    expect(entry.id).toMatch(/^2026-12-01T07:00:00\.000Z~[0-9a-f-]{36}$/);
    const stored = await store.audit.get(entry.id, base.entityId);
    expect(stored).toMatchObject({ ...base, before: { title: 'Før' }, after: { title: 'Efter' } });
    expect(stored).not.toHaveProperty('before._etag');
    expect(stored).not.toHaveProperty('after._etag');
    expect(stored).not.toHaveProperty('state');
  });

  it('leaves out a before and an after not given, and marks a pending entry so', async () => {
    const entry = await recordAudit(store, { ...base, pending: true });
    const stored = await store.audit.get(entry.id, base.entityId);
    expect(stored).not.toHaveProperty('before');
    expect(stored).not.toHaveProperty('after');
    expect(stored?.state).toBe('pending');
  });

  it('without a key writes a new entry each time', async () => {
    const a = await recordAudit(store, base);
    const b = await recordAudit(store, base);
    expect(a.id).not.toBe(b.id);
    expect(await store.audit.findAll({ partitionKey: base.entityId })).toHaveLength(2);
  });

  it('with a key writes one entry however often it is recorded, and returns that one', async () => {
    const first = await recordAudit(store, { ...base, key: 'write-1~case', after: { title: 'A' } });
    expect(first.id).toBe(`${AT}~write-1~case`);
    const again = await recordAudit(store, { ...base, key: 'write-1~case', after: { title: 'B' } });
    expect(again).toEqual(first);
    expect(await store.audit.findAll({ partitionKey: base.entityId })).toHaveLength(1);
  });

  it('with a key passes on a failure that is no conflict', async () => {
    const failing = withAudit({ create: () => Promise.reject(new Error('disk full')) });
    await expect(recordAudit(failing, { ...base, key: 'k' })).rejects.toThrow('disk full');
  });

  it('with a key passes on a failure that is no conflict even when an entry of that id is there', async () => {
    await recordAudit(store, { ...base, key: 'k' });
    const failing = withAudit({ create: () => Promise.reject(new Error('timeout')) });
    await expect(recordAudit(failing, { ...base, key: 'k' })).rejects.toThrow('timeout');
  });

  it('with a key passes on a conflict when no entry of that id is there to return', async () => {
    const failing = withAudit({ create: () => Promise.reject(new ConflictError('exists')) });
    await expect(recordAudit(failing, { ...base, key: 'k' })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('auditedWrite', () => {
  it('completes the entry once the write is made and returns what was written', async () => {
    const written = await auditedWrite(store, { ...base, after: { title: 'Ny' } }, () => store.conversations.create({ id: 'c-1', reference: {}, scope: 'personal', addedAt: AT, active: true }));
    expect(written.id).toBe('c-1');
    const [entry] = await store.audit.findAll({ partitionKey: base.entityId });
    expect(entry).toMatchObject({ after: { title: 'Ny' } });
    expect(entry).not.toHaveProperty('state');
  });

  it('takes the entry back when the write fails, and passes the failure on', async () => {
    await expect(auditedWrite(store, { ...base, after: { title: 'Ny' } }, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await store.audit.findAll({ partitionKey: base.entityId })).toEqual([]);
  });
});

describe('completeAudit', () => {
  it('completes an entry changed since it was read when it is still pending', async () => {
    const entry = await recordAudit(store, { ...base, pending: true });
    const marked = await store.audit.get(entry.id, base.entityId);
    await store.audit.replace({ ...unstored(marked!), state: 'aborted' }, marked!._etag);
    await completeAudit(store, entry);
    expect(await store.audit.get(entry.id, base.entityId)).not.toHaveProperty('state');
  });

  it('gives up quietly on a failure that is no stale ETag: the change stands', async () => {
    const entry = await recordAudit(store, { ...base, pending: true });
    let calls = 0;
    // Only the first replace fails: a second try would go through, but the entry is left to the next start.
    const failing = withAudit({ replace: (...args: Parameters<Store['audit']['replace']>) => (calls++ ? store.audit.replace(...args) : Promise.reject(new Error('offline'))) });
    await expect(completeAudit(failing, entry)).resolves.toBeUndefined();
    expect(calls).toBe(1);
    expect((await store.audit.get(entry.id, base.entityId))?.state).toBe('pending');
  });

  it('after a stale ETag leaves an entry that was completed meanwhile as it is', async () => {
    const entry = await recordAudit(store, { ...base, pending: true });
    await completeAudit(store, entry);
    const done = await store.audit.get(entry.id, base.entityId);
    let replaces = 0;
    const counting = withAudit({
      replace: (...args: Parameters<Store['audit']['replace']>) => {
        replaces++;
        return args[1] === entry._etag ? Promise.reject(new PreconditionFailedError('stale')) : store.audit.replace(...args);
      },
    });
    await completeAudit(counting, entry);
    expect(replaces).toBe(1);
    expect(await store.audit.get(entry.id, base.entityId)).toEqual(done);
  });
});
