/**
 * One container held in memory: partition → id → the item's JSON text, plus the items already read,
 * parsed once and deep-frozen.
 *
 * Items are kept as their JSON text: a 300-byte string costs far less heap than the object graph it
 * parses into, and a snapshot writes the strings as they are. An item is parsed on its first read only
 * and that frozen object is handed to every later reader (parsing every item of a KPI's partition on
 * each question was 13 % of query CPU); a write replaces the text and drops the parsed object, so a
 * reader holding the old one keeps a consistent old version (copy-on-write). A lookup by partition and
 * id is two Map accesses.
 *
 * Opening a folder parses every item anyway (to learn its id and partition); `load` keeps that parse,
 * up to PARSED_AT_OPEN items a table, so a question about a KPI nobody asked about yet does not parse
 * its figures then (100 figures were 0.2–0.5 ms, as much as a whole health round trip). Beyond that
 * budget (a store of a million figures) items are parsed on first read as before. A whole partition
 * read without a filter (a KPI's figures) is kept as one frozen list until the partition changes, so
 * the next reader gets it without walking its keys.
 */
import { ValidationError } from '../../domain/errors.js';
import type { Scalar } from '../store.js';
import { SortedKeys } from './sorted-keys.js';
import { freezeParsed } from '../deep-freeze.js';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
/** Parsed items kept from opening, per table: 250,000 figures are about 110 MiB of heap. */
export const PARSED_AT_OPEN = 250_000;

interface Partition {
  items: Map<string, string>;
  /** Frozen parse of the items read so far; an entry goes when its item is written or removed. */
  parsed: Map<string, object>;
  ids: SortedKeys<string>;
  /** Every item of the partition, parsed, in id order: set by an unfiltered whole-partition read. */
  all?: readonly object[];
}

interface Key {
  id: string;
  pk: string;
}

export interface PageRequest {
  where?: Record<string, Scalar | undefined>;
  partitionKey?: string;
  limit?: number;
  continuation?: string;
}

export class MemoryTable {
  private readonly partitions = new Map<string, Partition>();
  /** Every key across partitions in (id, partition) order, for cross-partition queries. */
  private readonly allKeysSorted = new SortedKeys<Key>(compareKeys, () => {
    const keys: Key[] = [];
    for (const [pk, partition] of this.partitions) for (const id of partition.items.keys()) keys.push({ id, pk });
    return keys;
  });
  private count = 0;
  private keptAtOpen = 0;
  private changes = 0;

  constructor(
    readonly name: string,
    readonly partitionField: string,
  ) {}

  get size(): number {
    return this.count;
  }

  /** How many times an item was written or removed since the table was made: the same count, the same items. */
  get writes(): number {
    return this.changes;
  }

  get(pk: string, id: string): string | undefined {
    return this.partitions.get(pk)?.items.get(id);
  }

  /** The item, parsed and deep-frozen: the same object for every reader until the item is written. */
  read(pk: string, id: string): object | undefined {
    const partition = this.partitions.get(pk);
    const json = partition?.items.get(id);
    return json === undefined ? undefined : parsedItem(partition!, id, json);
  }

  set(pk: string, id: string, json: string): void {
    this.store(pk, id, json, undefined);
  }

  /** `set` while opening: `item` is `json` already parsed, kept (frozen) while the budget lasts. */
  load(pk: string, id: string, json: string, item: object): void {
    this.store(pk, id, json, this.keptAtOpen < PARSED_AT_OPEN ? item : undefined);
  }

  private store(pk: string, id: string, json: string, item: object | undefined): void {
    let partition = this.partitions.get(pk);
    if (!partition) {
      const items = new Map<string, string>();
      partition = { items, parsed: new Map(), ids: new SortedKeys(compareStrings, () => Array.from(items.keys())) };
      this.partitions.set(pk, partition);
    }
    const isNew = !partition.items.has(id);
    this.changes++;
    partition.items.set(id, json);
    partition.all = undefined;
    if (item) {
      if (!partition.parsed.has(id)) this.keptAtOpen++;
      partition.parsed.set(id, freezeParsed(item));
    } else partition.parsed.delete(id);
    if (isNew) {
      this.count++;
      partition.ids.add(id);
      this.allKeysSorted.add({ id, pk });
    }
  }

  remove(pk: string, id: string): boolean {
    const partition = this.partitions.get(pk);
    if (!partition?.items.delete(id)) return false;
    this.changes++;
    partition.parsed.delete(id);
    partition.all = undefined;
    this.count--;
    partition.ids.removed();
    this.allKeysSorted.removed();
    if (partition.items.size === 0) this.partitions.delete(pk);
    return true;
  }

  /** The JSON texts of every item, grouped by partition: references only, for a snapshot. */
  capture(): string[][] {
    return Array.from(this.partitions.values(), (p) => Array.from(p.items.values()));
  }

  /**
   * One page of matching items, parsed and deep-frozen (shared with other readers), in ascending id order;
   * `unpaged` returns every match at once (findAll).
   */
  page(request: PageRequest, unpaged = false): { items: unknown[]; continuation?: string } {
    const limit = unpaged ? Infinity : pageSize(request.limit);
    const where = Object.entries(request.where ?? {}).filter(([, v]) => v !== undefined);
    let pk = request.partitionKey;
    // A filter on the partition property is a partition restriction: use it instead of scanning all.
    const pkFilter = where.find(([k]) => k === this.partitionField)?.[1];
    if (typeof pkFilter === 'string') {
      if (pk !== undefined && pk !== pkFilter) return { items: [] };
      pk = pkFilter;
    }
    const after = request.continuation ? decodeContinuation(request.continuation) : undefined;
    if (unpaged && pk !== undefined && where.length === (typeof pkFilter === 'string' ? 1 : 0)) return { items: this.wholePartition(pk) };
    // JSON.stringify writes a top-level property as exactly `"key":value`, so a text lacking that can be
    // skipped without parsing it; a text containing it (perhaps in a nested object) is parsed and checked.
    const needles = where.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    const items: unknown[] = [];
    let last: Key | undefined;
    for (const key of pk !== undefined ? this.partitionKeys(pk, after) : this.allKeys(after)) {
      const partition = this.partitions.get(key.pk);
      const json = partition?.items.get(key.id);
      if (json === undefined || !needles.every((n) => json.includes(n))) continue;
      const item = parsedItem(partition!, key.id, json) as Record<string, unknown>;
      if (!where.every(([k, v]) => item[k] === v)) continue;
      if (items.length === limit) return { items, continuation: encodeContinuation(last!) };
      items.push(item);
      last = key;
    }
    return { items };
  }

  /** Every item of a partition in id order; a copy of the kept list, so a caller may sort its own. */
  private wholePartition(pk: string): unknown[] {
    const partition = this.partitions.get(pk);
    if (!partition) return [];
    if (!partition.all) {
      const items: object[] = [];
      for (const id of partition.ids.view()) {
        const json = partition.items.get(id);
        if (json !== undefined) items.push(parsedItem(partition, id, json));
      }
      partition.all = items;
    }
    return partition.all.slice();
  }

  private *partitionKeys(pk: string, after: Key | undefined): Generator<Key> {
    const partition = this.partitions.get(pk);
    if (!partition) return;
    const ids = partition.ids.view();
    let i = after ? upperBound(ids, (id) => compareStrings(id, after.id) <= 0) : 0;
    for (; i < ids.length; i++) yield { id: ids[i]!, pk };
  }

  private *allKeys(after: Key | undefined): Generator<Key> {
    const keys = this.allKeysSorted.view();
    let i = after ? upperBound(keys, (k) => compareKeys(k, after) <= 0) : 0;
    for (; i < keys.length; i++) yield keys[i]!;
  }
}

function parsedItem(partition: Partition, id: string, json: string): object {
  let item = partition.parsed.get(id);
  if (!item) partition.parsed.set(id, (item = freezeParsed(JSON.parse(json) as object)));
  return item;
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ValidationError('limit must be a positive whole number', [{ field: 'limit', message: 'must be a positive whole number' }]);
  }
  return Math.min(limit, MAX_PAGE);
}

/** Code-unit order, the same order a Cosmos ORDER BY on an ASCII id gives. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: Key, b: Key): number {
  return compareStrings(a.id, b.id) || compareStrings(a.pk, b.pk);
}

/** Index of the first element for which `atOrBefore` is false (the array is ordered). */
function upperBound<T>(array: T[], atOrBefore: (x: T) => boolean): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrBefore(array[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The token names the last key returned, so a page boundary survives inserts and deletes in between.
function encodeContinuation(key: Key): string {
  return Buffer.from(JSON.stringify([key.id, key.pk])).toString('base64url');
}

function decodeContinuation(token: string): Key {
  try {
    const [id, pk] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    if (typeof id === 'string' && typeof pk === 'string') return { id, pk };
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('The continuation token is not valid', [{ field: 'continuation', message: 'not a token this store issued' }]);
}
