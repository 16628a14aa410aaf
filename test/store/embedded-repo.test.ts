/**
 * One embedded container on its own, over an engine that records what it is asked: the log record each
 * write appends (numbered, put or delete, naming its container), the error each refused write gives
 * (status, wording, reason code for the chat and REST), the 2 MiB item limit at its edge, and reads that
 * answer only once the writes they can see are durable. The store contract checks the statuses alone.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EmbeddedRepo, type Engine } from '../../functions/store/embedded/embedded-repo.js';
import { DEFAULT_PAGE, MemoryTable } from '../../functions/store/embedded/memory-table.js';
import { decodeLogRecord } from '../../functions/store/embedded/records.js';

const Item = z.object({ id: z.string(), pk: z.string(), note: z.string().default('') });
type Item = z.infer<typeof Item>;

/** A repo over table `notes` (partitioned by `pk`) and an engine whose barrier the test opens. */
function setup() {
  const table = new MemoryTable('notes', 'pk');
  const lines: string[] = [];
  let seq = 0;
  let openBarrier: () => void = () => undefined;
  let barrier = Promise.resolve();
  let closed = false;
  const engine: Engine = {
    nextSeq: () => ++seq,
    append: (line) => {
      lines.push(line);
      return Promise.resolve();
    },
    barrier: () => barrier,
    assertOpen: () => {
      if (closed) throw new Error('the store is closed');
    },
  };
  const repo = new EmbeddedRepo<Item>(table, Item, engine);
  return {
    table,
    repo,
    records: () => lines.map((line) => decodeLogRecord(line.slice(0, -1))),
    holdBarrier: () => {
      barrier = new Promise((resolve) => (openBarrier = resolve));
    },
    releaseBarrier: () => openBarrier(),
    close: () => {
      closed = true;
    },
  };
}

/** The settled outcome of `promise` after every pending callback has run, or 'pending'. */
async function settled<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')))]);
}

describe('embedded repo', () => {
  it('appends one numbered record per write: the stored text for a put, the key for a delete', async () => {
    const { repo, records, table } = setup();
    const created = await repo.create({ id: 'a', pk: 'p', note: 'én' });
    const upserted = await repo.upsert({ id: 'b', pk: 'q', note: '' });
    const replaced = await repo.replace({ id: 'a', pk: 'p', note: 'to' }, created._etag);
    await repo.delete('b', 'q');

    expect(records()).toEqual([
      { seq: 1, op: 'put', container: 'notes', json: JSON.stringify(created) },
      { seq: 2, op: 'put', container: 'notes', json: JSON.stringify(upserted) },
      { seq: 3, op: 'put', container: 'notes', json: JSON.stringify(replaced) },
      { seq: 4, op: 'del', container: 'notes', partitionKey: 'q', id: 'b' },
    ]);
    expect(table.get('p', 'a')).toBe(JSON.stringify(replaced));
    expect(table.get('q', 'b')).toBeUndefined();
  });

  it('refuses a duplicate, a missing and a stale write with the wording and reason code, appending nothing', async () => {
    const { repo, records } = setup();
    const created = await repo.create({ id: 'a', pk: 'p', note: '' });
    const cases: Array<[Promise<unknown>, number, string, string]> = [
      [repo.create({ id: 'a', pk: 'p', note: 'x' }), 409, 'notes: an item with id "a" already exists', 'store.conflict'],
      [repo.replace({ id: 'z', pk: 'p', note: '' }, created._etag), 404, 'notes: no item with id "z"', 'store.not-found'],
      [repo.delete('z', 'p'), 404, 'notes: no item with id "z"', 'store.not-found'],
      [repo.replace({ id: 'a', pk: 'p', note: 'y' }, '"old"'), 412, 'notes: "a" was changed by someone else; reload it and try again', 'store.stale'],
      [repo.delete('a', 'p', '"old"'), 412, 'notes: "a" was changed by someone else; reload it and try again', 'store.stale'],
    ];
    for (const [refused, status, message, code] of cases) {
      const id = code === 'store.not-found' ? 'z' : 'a';
      await expect(refused).rejects.toMatchObject({ status, message, reason: { code, params: { container: 'notes', id } } });
    }
    expect(records()).toHaveLength(1);
    expect(await repo.get('a', 'p')).toEqual(created);
  });

  it('stores an item of exactly 2 MiB with its ETag and refuses one byte more, naming it', async () => {
    const { repo, records } = setup();
    // An ETag is a quoted UUID: 36 characters inside quotes that JSON escapes.
    const overhead = Buffer.byteLength(JSON.stringify({ id: 'big', pk: 'p', note: '', _etag: `"${'0'.repeat(36)}"` }));
    const limit = 2 * 1024 * 1024;
    const stored = await repo.upsert({ id: 'big', pk: 'p', note: 'x'.repeat(limit - overhead) });
    expect(Buffer.byteLength(JSON.stringify(stored))).toBe(limit);

    const tooBig = repo.upsert({ id: 'big', pk: 'p', note: 'x'.repeat(limit - overhead + 1) });
    await expect(tooBig).rejects.toMatchObject({
      status: 413,
      message: 'notes: "big" is larger than 2 MB',
      reason: { code: 'store.too-large', params: { container: 'notes', id: 'big' } },
    });
    expect(records()).toHaveLength(1);
    expect(await repo.get('big', 'p')).toEqual(stored);
  });

  it('a write answers with the stored item, and the partition comes from the item itself', async () => {
    const { repo, table } = setup();
    const created = await repo.create({ id: 'a', pk: 'p7', note: 'n' });
    expect(created).toEqual({ id: 'a', pk: 'p7', note: 'n', _etag: expect.stringMatching(/^"[0-9a-f-]{36}"$/) });
    expect(JSON.parse(table.get('p7', 'a')!)).toEqual(created);
  });

  it('reads answer only once the writes they can see are durable', async () => {
    const { repo, holdBarrier, releaseBarrier } = setup();
    const created = await repo.create({ id: 'a', pk: 'p', note: '' });
    holdBarrier();
    const reads: Promise<unknown>[] = [repo.get('a', 'p'), repo.find({ partitionKey: 'p' }), repo.findAll({ partitionKey: 'p' })];
    for (const read of reads) expect(await settled(read)).toBe('pending');
    releaseBarrier();
    expect(await Promise.all(reads)).toEqual([created, { items: [created] }, [created]]);
  });

  it('stores what the schema makes of an item, and refuses one it rejects, naming the container and the field', async () => {
    const { repo, records, table } = setup();
    const created = await repo.create({ id: 'a', pk: 'p' } as Item);
    expect(created.note).toBe('');
    expect(JSON.parse(table.get('p', 'a')!)).toEqual(created);
    await expect(repo.upsert({ id: 'b', pk: 'p', note: 7 } as unknown as Item)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^The notes item is invalid: note: /),
      errors: [{ field: 'note' }],
    });
    expect(records()).toHaveLength(1);
    expect(table.size).toBe(1);
  });

  it('findAll answers every match at once, more than a page of find holds', async () => {
    const { repo } = setup();
    for (let n = 0; n < DEFAULT_PAGE + 1; n++) await repo.create({ id: `i${String(n).padStart(3, '0')}`, pk: 'p', note: '' });
    expect(await repo.findAll({ partitionKey: 'p' })).toHaveLength(DEFAULT_PAGE + 1);
    expect(await repo.findAll({ where: { note: '' } })).toHaveLength(DEFAULT_PAGE + 1);
    expect((await repo.find({ partitionKey: 'p' })).items).toHaveLength(DEFAULT_PAGE);
  });

  it('a closed store refuses every read and write before touching the table or the log', async () => {
    const { repo, records, table, close } = setup();
    const created = await repo.create({ id: 'a', pk: 'p', note: '' });
    close();
    const calls: Array<() => Promise<unknown>> = [
      () => repo.get('a', 'p'),
      () => repo.find({ partitionKey: 'p' }),
      () => repo.findAll({ partitionKey: 'p' }),
      () => repo.create({ id: 'b', pk: 'p', note: '' }),
      () => repo.replace({ id: 'a', pk: 'p', note: 'x' }, created._etag),
      () => repo.upsert({ id: 'a', pk: 'p', note: 'y' }),
      () => repo.delete('a', 'p'),
      () => repo.delete('a', 'p', created._etag),
    ];
    for (const call of calls) await expect(call()).rejects.toThrow('the store is closed');
    expect(records()).toHaveLength(1);
    expect(table.size).toBe(1);
    expect(table.get('p', 'a')).toBe(JSON.stringify(created));
  });
});
