/**
 * The in-memory table against a plain model, under random inserts, replacements, removals and paged
 * queries: the incremental id order (buffered inserts, tombstones) must always equal a fresh sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryTable, PARSED_AT_OPEN } from '../../functions/store/embedded/memory-table.js';

type Op = { kind: 'set'; pk: string; id: string; v: number; opening: boolean } | { kind: 'remove'; pk: string; id: string } | { kind: 'query'; pk?: string; v?: number; limit: number };

// Few partitions and ids, so removals, re-inserts and replacements of the same key are frequent.
const pkArb = fc.constantFrom('p1', 'p2');
const idArb = fc.constantFrom('a', 'a-1', 'a-10', 'a-2', 'B', 'ø');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  // `opening`: loaded as when a folder is opened (the parse kept), else written.
  fc.record({ kind: fc.constant('set' as const), pk: pkArb, id: idArb, v: fc.integer({ min: 0, max: 2 }), opening: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), pk: pkArb, id: idArb }),
  fc.record({ kind: fc.constant('query' as const), pk: fc.option(pkArb, { nil: undefined, freq: 1 }), v: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), limit: fc.integer({ min: 1, max: 4 }) }),
);

describe('MemoryTable', () => {
  it('pages always equal a filter and sort of the model', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 120 }), (ops) => {
        const table = new MemoryTable('t', 'pk');
        const model = new Map<string, { id: string; pk: string; v: number }>();
        for (const op of ops) {
          if (op.kind === 'set') {
            const json = JSON.stringify({ id: op.id, pk: op.pk, v: op.v });
            if (op.opening) table.load(op.pk, op.id, json, JSON.parse(json) as object);
            else table.set(op.pk, op.id, json);
            model.set(`${op.pk}/${op.id}`, { id: op.id, pk: op.pk, v: op.v });
          } else if (op.kind === 'remove') {
            expect(table.remove(op.pk, op.id)).toBe(model.delete(`${op.pk}/${op.id}`));
          } else {
            const expected = [...model.values()]
              .filter((i) => (op.pk === undefined || i.pk === op.pk) && (op.v === undefined || i.v === op.v))
              .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : 0));
            const got: unknown[] = [];
            let continuation: string | undefined;
            do {
              const page = table.page({ partitionKey: op.pk, where: op.v === undefined ? {} : { v: op.v }, limit: op.limit, continuation });
              expect(page.items.length).toBeLessThanOrEqual(op.limit);
              got.push(...page.items);
              continuation = page.continuation;
            } while (continuation);
            expect(got).toEqual(expected);
            // A whole partition at once (findAll of one KPI's figures), kept between reads until it changes.
            if (op.pk !== undefined && op.v === undefined) {
              expect(table.page({ partitionKey: op.pk }, true).items).toEqual(expected);
              expect(table.page({ partitionKey: op.pk, where: { pk: op.pk } }, true).items).toEqual(expected);
            }
          }
          expect(table.size).toBe(model.size);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a whole partition comes back frozen, the same items each time, in a list of its own', () => {
    const table = new MemoryTable('t', 'pk');
    table.load('p', 'a', '{"id":"a","pk":"p","v":{"n":1}}', { id: 'a', pk: 'p', v: { n: 1 } });
    table.set('p', 'b', '{"id":"b","pk":"p","v":{"n":2}}');
    const first = table.page({ partitionKey: 'p' }, true).items as { v: { n: number } }[];
    expect(Object.isFrozen(first[0]) && Object.isFrozen(first[0]!.v) && Object.isFrozen(first[1]!.v)).toBe(true);
    first.pop();
    const second = table.page({ partitionKey: 'p' }, true).items;
    expect(second).toHaveLength(2);
    expect(second[0]).toBe(first[0]);
    table.set('p', 'a', '{"id":"a","pk":"p","v":{"n":3}}');
    const third = table.page({ partitionKey: 'p' }, true).items as { v: { n: number } }[];
    expect(third.map((i) => i.v.n)).toEqual([3, 2]);
    // A reader holding the old item keeps the old version.
    expect(first[0]!.v.n).toBe(1);
  });

  it('a where on a nested property of the same name does not match the top-level filter', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'x', JSON.stringify({ id: 'x', pk: 'p', kind: 'budget', nested: { kind: 'actual' } }));
    expect(table.page({ where: { kind: 'actual' } }).items).toEqual([]);
    expect(table.page({ where: { kind: 'budget' } }).items).toHaveLength(1);
  });

  it('refuses a page size that is not a positive whole number, and a forged continuation', () => {
    const table = new MemoryTable('t', 'pk');
    expect(() => table.page({ limit: 0 })).toThrow(/limit/);
    expect(() => table.page({ continuation: 'not-a-token' })).toThrow(/continuation/);
  });
  it('keeps the parse it is given while opening, for every reader, until the item is written', () => {
    const table = new MemoryTable('t', 'pk');
    const item = { id: 'a', pk: 'p', v: { n: 1 } };
    table.load('p', 'a', JSON.stringify(item), item);
    expect(table.read('p', 'a')).toBe(item);
    expect(Object.isFrozen(item.v)).toBe(true);
    table.set('p', 'a', '{"id":"a","pk":"p","v":{"n":2}}');
    const written = table.read('p', 'a');
    expect(written).toEqual({ id: 'a', pk: 'p', v: { n: 2 } });
    expect(table.read('p', 'a')).toBe(written);
  });

  it('keeps at most PARSED_AT_OPEN parses from opening; writes and reloads of a kept item use none of them', () => {
    const table = new MemoryTable('t', 'pk');
    const load = (id: string) => {
      const item = { id, pk: 'p' };
      table.load('p', id, JSON.stringify(item), item);
      return item;
    };
    load('k0');
    load('k0');
    for (let n = 0; n < 5; n++) table.set('p', `w${n}`, `{"id":"w${n}","pk":"p"}`);
    let last = load('k1');
    for (let n = 2; n < PARSED_AT_OPEN; n++) last = load(`k${n}`);
    // The last of the budget is kept; the next new item is parsed on its first read instead.
    expect(table.read('p', last.id)).toBe(last);
    const beyond = load('x');
    expect(table.read('p', 'x')).not.toBe(beyond);
    expect(table.read('p', 'x')).toEqual(beyond);
    expect(table.size).toBe(PARSED_AT_OPEN + 6);
  });

  it('a where naming no value filters nothing', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p","v":1}');
    table.set('q', 'b', '{"id":"b","pk":"q","v":2}');
    expect(table.page({ where: { v: undefined } }).items).toEqual([{ id: 'a', pk: 'p', v: 1 }, { id: 'b', pk: 'q', v: 2 }]);
    expect(table.page({ partitionKey: 'q', where: { v: undefined } }, true).items).toEqual([{ id: 'b', pk: 'q', v: 2 }]);
  });

  it('a partition key and a where on the partition property must agree', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p"}');
    table.set('q', 'b', '{"id":"b","pk":"q"}');
    expect(table.page({ partitionKey: 'p', where: { pk: 'q' } }).items).toEqual([]);
    expect(table.page({ partitionKey: 'p', where: { pk: 'q' } }, true).items).toEqual([]);
    expect(table.page({ partitionKey: 'q', where: { pk: 'q' } }).items).toEqual([{ id: 'b', pk: 'q' }]);
    expect(table.page({ where: { pk: 'q' } }).items).toEqual([{ id: 'b', pk: 'q' }]);
  });

  it('a whole partition read with a filter answers the matches only', () => {
    const table = new MemoryTable('t', 'pk');
    table.set('p', 'a', '{"id":"a","pk":"p","v":1}');
    table.set('p', 'b', '{"id":"b","pk":"p","v":2}');
    expect(table.page({ partitionKey: 'p', where: { v: 2 } }, true).items).toEqual([{ id: 'b', pk: 'p', v: 2 }]);
    expect(table.page({ partitionKey: 'p', where: { pk: 'p', v: 1 } }, true).items).toEqual([{ id: 'a', pk: 'p', v: 1 }]);
  });
});
