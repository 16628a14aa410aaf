/**
 * A plain in-memory Store for query tests and the benchmark's generated data: the query code needs
 * only the Store interface, and 100,000 figures load into memory in well under a second.
 */
import { containerNames, containers, type ContainerName, type EntityOf } from '../../../functions/store/containers.js';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../../functions/domain/errors.js';
import type { FindQuery, Page, Repo, Store, Stored } from '../../../functions/store/store.js';

class MemoryRepo<T extends { id: string }> implements Repo<T> {
  private readonly parts = new Map<string, Map<string, Stored<T>>>();
  private etag = 0;
  constructor(private readonly pkField: string) {}

  private pk(item: T): string {
    return String((item as Record<string, unknown>)[this.pkField]);
  }

  async get(id: string, partitionKey: string) {
    const hit = this.parts.get(partitionKey)?.get(id);
    return hit ? structuredClone(hit) : undefined;
  }

  private matching(query: FindQuery<T> = {}): Stored<T>[] {
    const parts = query.partitionKey !== undefined ? [this.parts.get(query.partitionKey) ?? new Map()] : [...this.parts.values()];
    const where = Object.entries(query.where ?? {});
    return parts
      .flatMap((p) => [...p.values()])
      .filter((item) => where.every(([k, v]) => (item as Record<string, unknown>)[k] === v))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async find(query: FindQuery<T> = {}): Promise<Page<Stored<T>>> {
    const all = this.matching(query);
    const start = query.continuation ? Number(query.continuation) : 0;
    const limit = Math.min(query.limit ?? 100, 1000);
    const items = all.slice(start, start + limit).map((i) => structuredClone(i));
    return start + limit < all.length ? { items, continuation: String(start + limit) } : { items };
  }

  async findAll(query: Omit<FindQuery<T>, 'limit' | 'continuation'> = {}) {
    return this.matching(query).map((i) => structuredClone(i));
  }

  private put(item: T): Stored<T> {
    const stored = { ...structuredClone(item), _etag: String(++this.etag) } as Stored<T>;
    const pk = this.pk(item);
    if (!this.parts.has(pk)) this.parts.set(pk, new Map());
    this.parts.get(pk)!.set(item.id, stored);
    return structuredClone(stored);
  }

  async create(item: T) {
    if (this.parts.get(this.pk(item))?.has(item.id)) throw new ConflictError(`${item.id} exists`);
    return this.put(item);
  }

  async replace(item: T, ifMatch: string) {
    const current = this.parts.get(this.pk(item))?.get(item.id);
    if (!current) throw new NotFoundError(`${item.id} not found`);
    if (current._etag !== ifMatch) throw new PreconditionFailedError(`${item.id} changed`);
    return this.put(item);
  }

  async upsert(item: T) {
    return this.put(item);
  }

  async delete(id: string, partitionKey: string, ifMatch?: string) {
    const current = this.parts.get(partitionKey)?.get(id);
    if (!current) throw new NotFoundError(`${id} not found`);
    if (ifMatch && current._etag !== ifMatch) throw new PreconditionFailedError(`${id} changed`);
    this.parts.get(partitionKey)!.delete(id);
  }
}

export function memoryStore(): Store {
  const repos = Object.fromEntries(containerNames.map((n) => [n, new MemoryRepo(containers[n].partitionKey)])) as unknown as {
    [C in ContainerName]: Repo<EntityOf<C>>;
  };
  return { ...repos, kind: 'embedded', close: async () => undefined };
}
