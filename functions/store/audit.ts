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
}

/** Returns the entry written, so a caller undoing its writes (an import) can remove it again. */
export async function recordAudit(store: Store, input: AuditInput): Promise<AuditEntry> {
  return store.audit.create({
    // Time first, so an entity's entries list in the order they happened.
    id: `${input.at}~${randomUUID()}`,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    actor: input.actor,
    at: input.at,
    ...(input.before ? { before: unstored(input.before) } : {}),
    ...(input.after ? { after: unstored(input.after) } : {}),
  });
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
    throw error instanceof ConflictError ? new ConflictError(duplicate) : error;
  });
  await recordAudit(store, { ...entry, entityId: item.id, action: 'create', after: stored });
  return stored;
}
