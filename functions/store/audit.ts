/** Every write (API, chat, import, proposals) leaves an audit entry: who, when, and the item before and after. */
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../domain/errors.js';
import type { Actor, AuditEntry } from '../domain/model.js';
import type { Repo, Store, Stored } from './store.js';
import { unstored } from './store.js';

export interface AuditInput {
  entityType: AuditEntry['entityType'];
  entityId: string;
  action: AuditEntry['action'];
  actor: Actor;
  at: string;
  before?: object;
  after?: object;
  /**
   * Names the change this entry is of (e.g. a proposal's pending write and the entity): recording it again
   * with the same key — finishing work a failure interrupted — finds the entry there and writes no second.
   */
  key?: string;
}

/** Returns the entry written, so a caller undoing its writes (an import) can remove it again. */
export async function recordAudit(store: Store, input: AuditInput): Promise<AuditEntry> {
  // Time first, so an entity's entries list in the order they happened.
  const id = `${input.at}~${input.key ?? randomUUID()}`;
  const entry = {
    id,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    actor: input.actor,
    at: input.at,
    ...(input.before ? { before: unstored(input.before) } : {}),
    ...(input.after ? { after: unstored(input.after) } : {}),
  };
  if (!input.key) return store.audit.create(entry);
  try {
    return await store.audit.create(entry);
  } catch (error) {
    const earlier = error instanceof ConflictError ? await store.audit.get(id, input.entityId) : undefined;
    if (!earlier) throw error;
    return earlier;
  }
}

/**
 * A change and its audit entry, entry first: the change is made only once its entry exists, so no change
 * is ever without one. When the change then fails, the entry is taken back. Only a crash between the two
 * (or a failed take-back) can leave an entry for a change that did not happen; its `after` tells, since
 * the item then differs from it. The reverse — a change nobody's audit trail shows — cannot happen.
 */
export async function auditedWrite<T extends object>(store: Store, input: AuditInput & { after: object }, write: () => Promise<Stored<T>>): Promise<Stored<T>> {
  const entry = await recordAudit(store, input);
  try {
    return await write();
  } catch (error) {
    await store.audit.delete(entry.id, entry.entityId).catch(() => undefined);
    throw error;
  }
}

/**
 * A new item and its audit entry. The store's own 409 names the container; `duplicate` says it in the
 * API's words (and may point at the existing item). A duplicate is refused before its entry is written, so
 * the usual refusal writes nothing; two creates racing past that read still end in the entry's take-back.
 */
export async function createAudited<T extends { id: string }>(
  store: Store,
  repo: Repo<T>,
  item: T,
  partitionKey: string,
  entry: Pick<AuditInput, 'entityType' | 'actor' | 'at'>,
  duplicate: string,
): Promise<Stored<T>> {
  if (await repo.get(item.id, partitionKey)) throw new ConflictError(duplicate, { code: 'store.conflict', params: { id: item.id } });
  return auditedWrite(store, { ...entry, entityId: item.id, action: 'create', after: item }, () =>
    repo.create(item).catch((error: unknown) => {
      throw error instanceof ConflictError ? new ConflictError(duplicate, error.reason) : error;
    }),
  );
}

/** An ETag-guarded replace of an item and its audit entry (before and after), entry first. */
export async function replaceAudited<T extends { id: string }>(
  store: Store,
  repo: Repo<T>,
  found: Stored<T>,
  next: T,
  entry: Pick<AuditInput, 'entityType' | 'actor' | 'at'>,
): Promise<Stored<T>> {
  return auditedWrite(store, { ...entry, entityId: next.id, action: 'update', before: found, after: next }, () => repo.replace(next, found._etag));
}
