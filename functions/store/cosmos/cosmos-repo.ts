/**
 * One container as a Repo. Point operations address an item by id and partition key (1 RU reads);
 * lists are queries ordered by id and paged with the SDK's continuation tokens.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Container, ItemDefinition, ItemResponse } from '@azure/cosmos';
import type { z } from 'zod';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../domain/errors.js';
import { parseOrThrow } from '../../domain/validation.js';
import { unstored, type FindQuery, type Page, type Repo, type Stored } from '../store.js';
import { mapped, retryUnavailable, statusOf } from './cosmos-errors.js';
import { buildQuery, decodeContinuation, encodeContinuation, type QueryPlan } from './query.js';
import { deepFreeze } from '../deep-freeze.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

/** Characters Cosmos DB refuses in an id, and its length limit. */
const FORBIDDEN_ID = /[/\\?#]/;
const MAX_ID_LENGTH = 255;

export interface RepoDefinition<T> {
  name: string;
  schema: z.ZodType<T>;
  partitionKey: string;
}

export class CosmosRepo<T extends { id: string }> implements Repo<T> {
  private readonly properties: ReadonlySet<string>;

  constructor(
    private readonly container: Container,
    private readonly definition: RepoDefinition<T>,
  ) {
    const shape = (definition.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    this.properties = new Set(Object.keys(shape));
  }

  async get(id: string, partitionKey: string): Promise<Stored<T> | undefined> {
    if (!isStorableId(id)) return undefined;
    try {
      const { resource } = await retryUnavailable(() => this.container.item(id, partitionKey).read<ItemDefinition>());
      return resource ? deepFreeze(toStored<T>(resource)) : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async find(query: FindQuery<T> = {}): Promise<Page<Stored<T>>> {
    const plan = this.plan(query);
    const maxItemCount = pageSize(query.limit);
    let continuationToken = query.continuation ? decodeContinuation(plan, query.continuation) : undefined;
    // A page may come back empty with a token for the next one (the service stops on time or RU budget,
    // not only on item count); follow it so callers never see an empty page that is not the last.
    for (;;) {
      const response = await retryUnavailable(() =>
        this.container.items.query<ItemDefinition>(plan.spec, { ...this.options(plan), maxItemCount, continuationToken }).fetchNext(),
      );
      const next = response.hasMoreResults ? response.continuationToken : undefined;
      if (response.resources.length > 0 || !next) {
        return {
          items: response.resources.map((item) => deepFreeze(toStored<T>(item))),
          ...(next ? { continuation: encodeContinuation(plan, next) } : {}),
        };
      }
      continuationToken = next;
    }
  }

  async findAll(query: Omit<FindQuery<T>, 'limit' | 'continuation'> = {}): Promise<Stored<T>[]> {
    const plan = this.plan(query);
    // After a 503 the whole query starts again: an iterator that failed mid-way is not resumed.
    return retryUnavailable(async () => {
      const iterator = this.container.items.query<ItemDefinition>(plan.spec, {
        ...this.options(plan),
        maxItemCount: MAX_PAGE,
      });
      const items: Stored<T>[] = [];
      while (iterator.hasMoreResults()) {
        const { resources } = await iterator.fetchNext();
        for (const item of resources) items.push(deepFreeze(toStored<T>(item)));
      }
      return items;
    });
  }

  async create(item: T): Promise<Stored<T>> {
    const valid = this.validate(item);
    // A retried create that finds the very item it sent was this create, answered too late: success.
    const { resource } = await mapped(this.ref(valid.id), () => this.container.items.create<ItemDefinition>(valid), {
      status: 409,
      settle: () => this.asWritten(valid),
    });
    return toStored<T>(required(resource));
  }

  async replace(item: T, ifMatch: string): Promise<Stored<T>> {
    const valid = this.validate(item);
    // Without an ETag the SDK would send no If-Match header and the write would overwrite blindly.
    if (!ifMatch) throw new PreconditionFailedError(`Replacing ${this.definition.name} item "${valid.id}" needs its ETag`, { code: 'store.stale', params: this.ref(valid.id) });
    const { resource } = await mapped(this.ref(valid.id), () =>
      this.container
        .item(valid.id, this.partitionKeyOf(valid))
        .replace<ItemDefinition>(valid, { accessCondition: { type: 'IfMatch', condition: ifMatch } }),
      // The first attempt's ETag check passed and changed the ETag; the item as sent means it was ours.
      { status: 412, settle: () => this.asWritten(valid) },
    );
    return toStored<T>(required(resource));
  }

  async upsert(item: T): Promise<Stored<T>> {
    const valid = this.validate(item);
    const { resource } = await mapped(this.ref(valid.id), () => this.container.items.upsert<ItemDefinition>(valid));
    return toStored<T>(required(resource));
  }

  async delete(id: string, partitionKey: string, ifMatch?: string): Promise<void> {
    if (ifMatch !== undefined && !ifMatch) {
      throw new PreconditionFailedError(`Deleting ${this.definition.name} item "${id}" with an empty ETag`, { code: 'store.stale', params: this.ref(id) });
    }
    if (!isStorableId(id)) throw new NotFoundError(`${this.definition.name} item "${id}" does not exist`, { code: 'store.not-found', params: this.ref(id) });
    const options = ifMatch !== undefined ? { accessCondition: { type: 'IfMatch', condition: ifMatch } } : {};
    await mapped(
      this.ref(id),
      async () => void (await this.container.item(id, partitionKey).delete(options)),
      // Nothing there on the retry: the first attempt deleted it.
      { status: 404, settle: async () => null },
    );
  }

  /** The stored item when it is exactly `valid` (as the service answered a write of it), else undefined. */
  private async asWritten(valid: T): Promise<ItemResponse<ItemDefinition> | undefined> {
    const { resource } = await retryUnavailable(() => this.container.item(valid.id, this.partitionKeyOf(valid)).read<ItemDefinition>());
    if (!resource || !isDeepStrictEqual(unstored(toStored<T>(resource)), JSON.parse(JSON.stringify(valid)))) return undefined;
    return { resource } as ItemResponse<ItemDefinition>;
  }

  private validate(item: T): T {
    const valid = parseOrThrow(this.definition.schema, item, `${this.definition.name} item`);
    if (!isStorableId(valid.id)) {
      throw new ValidationError(`${this.definition.name} item id cannot be stored in Cosmos DB`, [
        { field: 'id', message: `at most ${MAX_ID_LENGTH} characters, none of / \\ ? #` },
      ]);
    }
    return valid;
  }

  private plan(query: Pick<FindQuery<T>, 'where' | 'partitionKey'>): QueryPlan {
    return buildQuery(this.definition.name, this.definition.partitionKey, this.properties, query);
  }

  private options(plan: QueryPlan) {
    return plan.partitionKey !== undefined ? { partitionKey: plan.partitionKey } : {};
  }

  private partitionKeyOf(item: T): string {
    return String((item as Record<string, unknown>)[this.definition.partitionKey]);
  }

  private ref(id: string) {
    return { container: this.definition.name, id };
  }
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

function isStorableId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !FORBIDDEN_ID.test(id);
}

/** Cosmos DB's bookkeeping, except the ETag which callers need for their next conditional write. */
function toStored<T>(resource: ItemDefinition): Stored<T> {
  const { _rid, _self, _ts, _attachments, ...item } = resource as ItemDefinition & Record<string, unknown>;
  void _rid, void _self, void _ts, void _attachments;
  return item as Stored<T>;
}

function required<R>(resource: R | undefined): R {
  if (!resource) throw new Error('Cosmos DB acknowledged the write without returning the item');
  return resource;
}
