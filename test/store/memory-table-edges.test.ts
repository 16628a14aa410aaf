/**
 * The in-memory table at the edges the model test does not reach: refusals naming their field, forged
 * continuations that decode to the wrong types, a filtered read parsing only the texts that can match,
 * reads across every partition at once, and a partition forgotten when its last item goes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../functions/domain/errors.js';
import { MemoryTable } from '../../functions/store/embedded/memory-table.js';

const token = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The error `run` throws (the test fails when it throws none). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MemoryTable edges', () => {
  it('refuses a page size that is not a whole number, naming the field', () => {
    const table = new MemoryTable('t', 'pk');
    for (const limit of [2.5, 0, -1]) {
      const error = thrown(() => table.page({ limit }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ message: 'limit must be a positive whole number', errors: [{ field: 'limit', message: 'must be a positive whole number' }] });
    }
  });

  it('refuses a continuation whose id or partition is not text, naming the field', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p"}');
    for (const forged of [token([1, 'p']), token(['a', 2]), token({}), 'not-a-token']) {
      const error = thrown(() => table.page({ continuation: forged }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ message: 'The continuation token is not valid', errors: [{ field: 'continuation', message: 'not a token this store issued' }] });
    }
    // The token a page hands out is accepted.
    table.set('p', 'b', '{"id":"b","pk":"p"}');
    const first = table.page({ limit: 1 });
    expect(table.page({ limit: 1, continuation: first.continuation }).items).toEqual([{ id: 'b', pk: 'p' }]);
    const inPartition = table.page({ partitionKey: 'p', limit: 1 });
    expect(inPartition.items).toEqual([{ id: 'a', pk: 'p' }]);
    expect(table.page({ partitionKey: 'p', limit: 1, continuation: inPartition.continuation })).toEqual({ items: [{ id: 'b', pk: 'p' }] });
  });

  it('a filtered read parses only the texts that hold every filtered property and value', () => {
    const table = new MemoryTable('t', 'pk');
    for (let n = 0; n < 6; n++) table.set('p', `i${n}`, JSON.stringify({ id: `i${n}`, pk: 'p', v: n % 3, w: n % 2 }));
    const parse = vi.spyOn(JSON, 'parse');
    expect(table.page({ where: { v: 1 } }).items).toEqual([
      { id: 'i1', pk: 'p', v: 1, w: 1 },
      { id: 'i4', pk: 'p', v: 1, w: 0 },
    ]);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockClear();
    // Both must be in the text: only i5 has v 2 and w 1 (i2 has v 2 only, i1 and i3 w 1 only).
    expect(table.page({ where: { v: 2, w: 1 } }).items).toEqual([{ id: 'i5', pk: 'p', v: 2, w: 1 }]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('a where on the partition property reads that partition only, parsing nothing elsewhere', () => {
    const table = new MemoryTable('t', 'pk');
    // Its text holds "pk":"q" (nested), so only reading partition q alone leaves it unparsed.
    table.set('p', 'a', JSON.stringify({ id: 'a', pk: 'p', from: { pk: 'q' } }));
    table.set('q', 'b', JSON.stringify({ id: 'b', pk: 'q' }));
    const parse = vi.spyOn(JSON, 'parse');
    expect(table.page({ where: { pk: 'q' } }).items).toEqual([{ id: 'b', pk: 'q' }]);
    expect(table.page({ where: { pk: 'q' } }, true).items).toEqual([{ id: 'b', pk: 'q' }]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('every filtered property must match at the top level, not only somewhere in the text', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', JSON.stringify({ id: 'a', pk: 'p', kind: 'budget', nested: { kind: 'actual' } }));
    table.set('p', 'b', JSON.stringify({ id: 'b', pk: 'p', kind: 'actual' }));
    expect(table.page({ where: { pk: 'p', kind: 'actual' } }).items).toEqual([{ id: 'b', pk: 'p', kind: 'actual' }]);
    expect(table.page({ partitionKey: 'p', where: { pk: 'p', kind: 'actual' } }, true).items).toEqual([{ id: 'b', pk: 'p', kind: 'actual' }]);
  });

  it('an unpaged read without a partition answers every partition, in id then partition order', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('q', 'a', '{"id":"a","pk":"q"}');
    table.set('p', 'b', '{"id":"b","pk":"p"}');
    table.set('p', 'a', '{"id":"a","pk":"p"}');
    const everything = [
      { id: 'a', pk: 'p' },
      { id: 'a', pk: 'q' },
      { id: 'b', pk: 'p' },
    ];
    expect(table.page({}, true).items).toEqual(everything);
    expect(table.page({ where: { id: 'a' } }, true).items).toEqual(everything.slice(0, 2));
  });

  it('answers nothing for a partition or id it does not hold', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p"}');
    expect(table.get('q', 'a')).toBeUndefined();
    expect(table.get('p', 'b')).toBeUndefined();
    expect(table.read('q', 'a')).toBeUndefined();
    expect(table.read('p', 'b')).toBeUndefined();
    expect(table.remove('q', 'a')).toBe(false);
    expect(table.remove('p', 'b')).toBe(false);
    expect(table.page({ partitionKey: 'q' }).items).toEqual([]);
    expect(table.page({ partitionKey: 'q' }, true).items).toEqual([]);
    expect(table.size).toBe(1);
  });

  it('forgets a partition when its last item is removed, so a snapshot captures no empty group', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p"}');
    table.set('q', 'b', '{"id":"b","pk":"q"}');
    table.set('q', 'c', '{"id":"c","pk":"q"}');
    expect(table.remove('p', 'a')).toBe(true);
    expect(table.remove('q', 'b')).toBe(true);
    expect(table.capture()).toEqual([['{"id":"c","pk":"q"}']]);
  });
});
