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
 * A new item and its audit entry. The store's own 409 names the container; `duplicate` says it in the
 * API's words (and may point at the existing item).
 */
export async function createAudited<T extends { id: string }>(
  store: Store,
  repo: Repo<T>,
  item: T,
  entry: Pick<AuditInput, 'entityType' | 'actor' | 'at'>,
  duplicate: string,
): Promise<Stored<T>> {
  const stored = await repo.create(item).catch((error: unknown) => {
    throw error instanceof ConflictError ? new ConflictError(duplicate, error.reason) : error;
  });
  await recordAudit(store, { ...entry, entityId: item.id, action: 'create', after: stored });
  return stored;
}
