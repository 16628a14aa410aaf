/**
 * One container of the embedded store. Every check and the change to memory happen synchronously
 * within the call, before its first await, so two concurrent writes can never both pass an ETag or
 * existence check; the call then resolves once its log record is on disk. Reads wait for writes they
 * can see to be on disk, so nothing is ever reported that a crash could still take back.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ConflictError, NotFoundError, PayloadTooLargeError, PreconditionFailedError } from '../../domain/errors.js';
import type { ErrorCode, ErrorReason } from '../../domain/error-wording.js';
import { parseOrThrow } from '../../domain/validation.js';
import type { FindQuery, Page, Repo, Stored } from '../store.js';
import type { MemoryTable } from './memory-table.js';
import { encodeLogRecord } from './records.js';

/** Cosmos DB's item limit; the embedded store keeps it so nothing works here that fails in production. */
const MAX_ITEM_BYTES = 2 * 1024 * 1024;

/** What a repo needs from the store around it. */
export interface Engine {
  nextSeq(): number;
  /** Appends a log record; resolves when it is durable. Throws synchronously-rejected when closed. */
  append(line: string): Promise<void>;
  /** Resolves when every write so far is durable. */
  barrier(): Promise<void>;
  /** Throws when the store is closed or failed. */
  assertOpen(): void;
}

export class EmbeddedRepo<T extends { id: string }> implements Repo<T> {
  constructor(
    private readonly table: MemoryTable,
    private readonly schema: z.ZodType<T>,
    private readonly engine: Engine,
  ) {}

  async get(id: string, partitionKey: string): Promise<Stored<T> | undefined> {
    this.engine.assertOpen();
    const item = this.table.read(partitionKey, id);
    await this.engine.barrier();
    return item as Stored<T> | undefined;
  }

  writeCount(): number {
    this.engine.assertOpen();
    return this.table.writes;
  }

  async find(query: FindQuery<T> = {}): Promise<Page<Stored<T>>> {
    this.engine.assertOpen();
    const page = this.table.page(query as Parameters<MemoryTable['page']>[0]);
    await this.engine.barrier();
    return page as Page<Stored<T>>;
  }

  async findAll(query: Omit<FindQuery<T>, 'limit' | 'continuation'> = {}): Promise<Stored<T>[]> {
    this.engine.assertOpen();
    // One pass with no page limit: the table is in memory, so paging would only repeat the sort.
    const page = this.table.page(query as Parameters<MemoryTable['page']>[0], true);
    await this.engine.barrier();
    return page.items as Stored<T>[];
  }

  async create(item: T): Promise<Stored<T>> {
    const { value, pk } = this.validate(item);
    if (this.table.get(pk, value.id) !== undefined) {
      throw new ConflictError(`${this.table.name}: an item with id "${value.id}" already exists`, this.reason('store.conflict', value.id));
    }
    return this.put(value, pk);
  }

  async replace(item: T, ifMatch: string): Promise<Stored<T>> {
    const { value, pk } = this.validate(item);
    this.checkPrecondition(value.id, pk, ifMatch);
    return this.put(value, pk);
  }

  async upsert(item: T): Promise<Stored<T>> {
    const { value, pk } = this.validate(item);
    return this.put(value, pk);
  }

  async delete(id: string, partitionKey: string, ifMatch?: string): Promise<void> {
    this.engine.assertOpen();
    this.checkPrecondition(id, partitionKey, ifMatch);
    this.table.remove(partitionKey, id);
    const seq = this.engine.nextSeq();
    await this.engine.append(encodeLogRecord({ seq, op: 'del', container: this.table.name, partitionKey, id }));
  }

  private validate(item: T): { value: T; pk: string } {
    this.engine.assertOpen();
    const value = parseOrThrow(this.schema, item, `The ${this.table.name} item`);
    return { value, pk: String((value as Record<string, unknown>)[this.table.partitionField]) };
  }

  private checkPrecondition(id: string, pk: string, ifMatch: string | undefined): void {
    const current = this.table.get(pk, id);
    if (current === undefined) throw new NotFoundError(`${this.table.name}: no item with id "${id}"`, this.reason('store.not-found', id));
    if (ifMatch !== undefined && (this.table.read(pk, id) as { _etag: string })._etag !== ifMatch) {
      throw new PreconditionFailedError(`${this.table.name}: "${id}" was changed by someone else; reload it and try again`, this.reason('store.stale', id));
    }
  }

  private reason(code: ErrorCode, id: string): ErrorReason {
    return { code, params: { container: this.table.name, id } };
  }

  private async put(value: T, pk: string): Promise<Stored<T>> {
    const json = JSON.stringify({ ...value, _etag: `"${randomUUID()}"` });
    if (Buffer.byteLength(json) > MAX_ITEM_BYTES) {
      throw new PayloadTooLargeError(`${this.table.name}: "${value.id}" is larger than 2 MB`, this.reason('store.too-large', value.id));
    }
    this.table.set(pk, value.id, json);
    const seq = this.engine.nextSeq();
    await this.engine.append(encodeLogRecord({ seq, op: 'put', container: this.table.name, json }));
    return JSON.parse(json) as Stored<T>;
  }
}
