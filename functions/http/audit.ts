/** Every write through the API leaves an audit entry: who, when, and the item before and after. */
import { randomUUID } from 'node:crypto';
import type { Actor, AuditEntry } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { unstored } from '../store/store.js';

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
