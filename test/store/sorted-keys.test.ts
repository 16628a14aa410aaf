/**
 * SortedKeys on its own: the first read sorts every key, later reads merge only the keys added since,
 * removed keys stay behind as tombstones until they are more than half the array (then the next read
 * sorts afresh), and a read with nothing added hands back the array it already has. The memory table's
 * tests see only the keys it looks up; these count the full sorts, which is what the class is for.
 */
import { describe, expect, it } from 'vitest';
import { SortedKeys } from '../../functions/store/embedded/sorted-keys.js';

/** A key set the way the memory table keeps one: the current keys, and SortedKeys told of each change. */
function keySet(initial: string[]) {
  const current = new Set(initial);
  let fullSorts = 0;
  const keys = new SortedKeys<string>(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    () => {
      fullSorts++;
      return [...current];
    },
  );
  return {
    keys,
    add(key: string) {
      current.add(key);
      keys.add(key);
    },
    remove(key: string) {
      current.delete(key);
      keys.removed();
    },
    get fullSorts() {
      return fullSorts;
    },
  };
}

describe('SortedKeys', () => {
  it('sorts every key at the first read, then merges added keys in order without sorting all again', () => {
    const set = keySet(['d', 'b', 'f']);
    expect(set.keys.view()).toEqual(['b', 'd', 'f']);
    set.add('e');
    set.add('a');
    set.add('g');
    expect(set.keys.view()).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
    set.add('c');
    expect(set.keys.view()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(set.fullSorts).toBe(1);
  });

  it('hands back the same array when nothing was added since the last read', () => {
    const set = keySet(['b', 'a']);
    const first = set.keys.view();
    expect(set.keys.view()).toBe(first);
    set.add('c');
    const merged = set.keys.view();
    expect(merged).toEqual(['a', 'b', 'c']);
    expect(set.keys.view()).toBe(merged);
  });

  it('keeps removed keys as tombstones until they are more than half the array, then sorts afresh', () => {
    const set = keySet(['a', 'b', 'c', 'd']);
    set.keys.view();
    set.remove('a');
    set.remove('b');
    // Two of four removed: exactly half, still tombstones.
    expect(set.keys.view()).toEqual(['a', 'b', 'c', 'd']);
    expect(set.fullSorts).toBe(1);
    set.remove('c');
    expect(set.keys.view()).toEqual(['d']);
    expect(set.fullSorts).toBe(2);
  });

  it('keeps a removed and re-added key once', () => {
    const set = keySet(['a', 'b', 'c', 'd']);
    set.keys.view();
    set.remove('b');
    set.add('b');
    set.add('b');
    expect(set.keys.view()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores additions and removals before the first read, which sorts the keys there are then', () => {
    const set = keySet(['c']);
    set.add('a');
    set.remove('a');
    set.remove('c');
    expect(set.keys.view()).toEqual([]);
    // A key added before the first read is not merged back in later, though it is gone.
    set.add('b');
    expect(set.keys.view()).toEqual(['b']);
    expect(set.fullSorts).toBe(1);
  });

  it('sorts afresh after a reset, forgetting keys added since the last read', () => {
    const set = keySet(['b', 'a']);
    set.keys.view();
    set.keys.add('z');
    set.keys.reset();
    expect(set.keys.view()).toEqual(['a', 'b']);
    expect(set.keys.view()).toEqual(['a', 'b']);
    expect(set.fullSorts).toBe(2);
    // Tombstones counted before the reset do not count after it.
    const again = keySet(['a', 'b', 'c', 'd']);
    again.keys.view();
    again.remove('a');
    again.remove('b');
    again.keys.reset();
    again.keys.view();
    // One tombstone of two is not more than half: c stays behind, no third sort.
    again.remove('c');
    expect(again.keys.view()).toEqual(['c', 'd']);
    expect(again.fullSorts).toBe(2);
  });

  it('merges keys of several partitions as the memory table does, by id and then partition', () => {
    type Key = { id: string; pk: string };
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const current: Key[] = [
      { id: 'b', pk: 'p2' },
      { id: 'b', pk: 'p1' },
      { id: 'd', pk: 'p1' },
      { id: 'e', pk: 'p1' },
    ];
    const keys = new SortedKeys<Key>((a, b) => byText(a.id, b.id) || byText(a.pk, b.pk), () => [...current]);
    expect(keys.view().map((k) => `${k.id}/${k.pk}`)).toEqual(['b/p1', 'b/p2', 'd/p1', 'e/p1']);
    for (const key of [{ id: 'c', pk: 'p1' }, { id: 'a', pk: 'p9' }, { id: 'b', pk: 'p0' }]) {
      current.push(key);
      keys.add(key);
    }
    // The added keys run out before the sorted ones: the rest are taken as they are.
    expect(keys.view().map((k) => `${k.id}/${k.pk}`)).toEqual(['a/p9', 'b/p0', 'b/p1', 'b/p2', 'c/p1', 'd/p1', 'e/p1']);
  });
});
