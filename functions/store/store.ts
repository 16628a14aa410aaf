/**
 * The one storage interface. Two adapters implement it: embedded (file-backed, local use and trials)
 * and Cosmos DB (production). test/store/contract.ts holds the behaviour both must show.
 */
import type { ContainerName, EntityOf } from './containers.js';

/** An item as stored: the entity plus the ETag of its current version. */
export type Stored<T> = T & { _etag: string };

/**
 * An item as read: shared with other readers and frozen (deep-freeze.ts), so top-level properties are
 * read-only to the compiler too. Copy before changing it.
 */
export type Read<T> = Readonly<Stored<T>>;

export type Scalar = string | number | boolean;

export interface FindQuery<T> {
  /** Equality filters on top-level properties; all must hold. */
  where?: { [K in keyof T]?: T[K] extends Scalar | undefined ? T[K] : never };
  /** Restrict to one partition (the cheap path). */
  partitionKey?: string;
  /** Page size; adapters cap it at 1000. Default 100. */
  limit?: number;
  /** Opaque token from the previous page. */
  continuation?: string;
}

export interface Page<T> {
  items: T[];
  /** Present when there are more items. */
  continuation?: string;
}

export interface Repo<T extends { id: string }> {
  /** The item, or undefined when there is none. */
  get(id: string, partitionKey: string): Promise<Read<T> | undefined>;
  /** Items matching the query, in ascending id order, one page at a time. */
  find(query?: FindQuery<T>): Promise<Page<Read<T>>>;
  /** Every item matching the query (walks all pages). */
  findAll(query?: Omit<FindQuery<T>, 'limit' | 'continuation'>): Promise<Read<T>[]>;
  /** Creates the item; ConflictError (409) when its id already exists in its partition. */
  create(item: T): Promise<Stored<T>>;
  /**
   * Replaces the item only if `ifMatch` is its current ETag; PreconditionFailedError (412) when it is
   * stale, NotFoundError (404) when the item is gone.
   */
  replace(item: T, ifMatch: string): Promise<Stored<T>>;
  /** Creates or overwrites without a precondition: for seeding and imports, never for user edits. */
  upsert(item: T): Promise<Stored<T>>;
  /** Deletes the item; with `ifMatch`, only if unchanged (412 otherwise). NotFoundError when absent. */
  delete(id: string, partitionKey: string, ifMatch?: string): Promise<void>;
  /**
   * How many writes the container has taken since it was opened: the same count twice means no item
   * changed in between. Only a store that sees every write to its data has it (the embedded store, whose
   * folder lock keeps other processes out); Cosmos DB, written by other instances too, does not.
   */
  writeCount?(): number;
}

export type Store = { [C in ContainerName]: Repo<EntityOf<C>> } & {
  readonly kind: 'embedded' | 'cosmos';
  /** Releases files, locks and connections. */
  close(): Promise<void>;
};

/** The item without the store's bookkeeping, e.g. for export or for comparing before and after. */
export function unstored<T extends object>(item: Stored<T> | T): T {
  const { _etag, ...rest } = item as Stored<T>;
  void _etag;
  return rest as T;
}
