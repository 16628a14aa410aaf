/**
 * Keys in ascending order, kept up to date cheaply as items come and go. Built lazily by a full sort;
 * after that, new keys wait in a buffer that is sorted and merged in (linear) at the next read, and
 * removed keys stay behind as tombstones the reader skips (it looks every key up anyway) until they
 * make up half the array. So a query after each single insert costs a merge, not a sort of 100,000.
 */
export class SortedKeys<K> {
  private sorted: K[] | undefined;
  private added: K[] = [];
  private stale = 0;

  constructor(
    private readonly compare: (a: K, b: K) => number,
    /** Every current key, unordered: for a full rebuild. */
    private readonly all: () => K[],
  ) {}

  add(key: K): void {
    if (this.sorted) this.added.push(key);
  }

  removed(): void {
    if (this.sorted && ++this.stale > this.sorted.length / 2) this.reset();
  }

  reset(): void {
    this.sorted = undefined;
    this.added = [];
    this.stale = 0;
  }

  /** The keys in order; may hold removed keys (and a removed-then-re-added key only once). */
  view(): K[] {
    if (!this.sorted) {
      this.sorted = this.all().sort(this.compare);
    } else if (this.added.length) {
      this.sorted = mergeUnique(this.sorted, this.added.sort(this.compare), this.compare);
      this.added = [];
    }
    return this.sorted;
  }
}

function mergeUnique<K>(a: K[], b: K[], compare: (x: K, y: K) => number): K[] {
  const out: K[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    if (n === 0 || compare(out[n - 1]!, next) !== 0) out[n++] = next;
  }
  out.length = n;
  return out;
}
