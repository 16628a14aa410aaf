/** Every write (API, chat, import, proposals) leaves an audit entry: who, when, and the item before and after. */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ConflictError, PreconditionFailedError } from '../domain/errors.js';
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
  /** Written before its change: the entry says so until completeAudit (or the sweep at start) settles it. */
  pending?: boolean;
}

/** Returns the entry written, so a caller undoing its writes (an import) can remove it again. */
export async function recordAudit(store: Store, input: AuditInput): Promise<Stored<AuditEntry>> {
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
    ...(input.pending ? { state: 'pending' as const } : {}),
  };
  // Without a key the id is new, so a conflict cannot happen and any failure is passed on below.
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
 * is ever without one. The entry is written "pending" and completed once the change is made; when the
 * change fails, the entry is taken back. A crash between the two leaves it pending, and the next start
 * settles it (settleAuditEntries): completed when the item shows the change (for a removal: is gone), marked
 * aborted when not.
 */
export async function auditedWrite<R>(store: Store, input: AuditInput & ({ after: object } | { action: 'delete'; before: object }), write: () => Promise<R>): Promise<R> {
  const entry = await recordAudit(store, { ...input, pending: true });
  let written: R;
  try {
    written = await write();
  } catch (error) {
    await store.audit.delete(entry.id, entry.entityId).catch(() => undefined);
    throw error;
  }
  await completeAudit(store, entry);
  return written;
}

/**
 * The change of a pending entry was made: the entry loses its state. Also over "aborted", which a sweep
 * on another instance may have set meanwhile, seeing the item before the change; this writer knows better.
 * A failure here is not the caller's: the change stands, and the next start completes the entry.
 */
export async function completeAudit(store: Store, entry: Stored<AuditEntry>): Promise<void> {
  const { state: _state, ...done } = unstored(entry);
  try {
    await store.audit.replace(done, entry._etag);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) return;
    const now = await store.audit.get(entry.id, entry.entityId).catch(() => undefined);
    if (now?.state) await store.audit.replace(done, now._etag).catch(() => undefined);
  }
}

/** Where the item an entry is about lives, by the entity types whose writes are audited entry first. */
const ITEMS: Partial<Record<AuditEntry['entityType'], (store: Store, id: string) => Promise<object | undefined>>> = {
  // A figure's id is kpi~org~kind~period, and figures are partitioned by KPI.
  figure: (store, id) => store.figures.get(id, id.slice(0, id.indexOf('~'))),
  // Case and KPI ids begin with their organisation's slug, their partition.
  case: (store, id) => store.cases.get(id, id.slice(0, id.indexOf('.'))),
  kpi: (store, id) => store.kpis.get(id, id.slice(0, id.indexOf('.'))),
  // So do goal ids (the seed's, and an approved proposal's success goal, named after its case).
  goal: (store, id) => store.goals.get(id, id.slice(0, id.indexOf('.'))),
};

export interface SettledAudit {
  completed: number;
  aborted: number;
}

/**
 * At start: every entry still pending is settled. The change happened when the item is now what the entry's
 * `after` says, or when a later completed entry of the same item starts from that `after` (changed again
 * since); then the entry is completed. Otherwise the change never happened (for a create: no item) and
 * the entry is marked aborted, kept for the trail of what was tried.
 */
export async function settleAuditEntries(store: Store): Promise<SettledAudit> {
  const settled: SettledAudit = { completed: 0, aborted: 0 };
  for (const entry of await store.audit.findAll({ where: { state: 'pending' } })) {
    const find = ITEMS[entry.entityType];
    const item = await find?.(store, entry.entityId);
    const now = item ? unstored(item as Stored<object>) : undefined;
    const happened =
      (entry.action === 'delete' ? find !== undefined && now === undefined : now !== undefined && isDeepStrictEqual(now, entry.after)) ||
      (await store.audit.findAll({ partitionKey: entry.entityId })).some((e) => !e.state && e.id > entry.id && isDeepStrictEqual(e.before, entry.after));
    const { state: _state, ...rest } = unstored(entry);
    try {
      await store.audit.replace(happened ? rest : { ...rest, state: 'aborted' }, entry._etag);
      settled[happened ? 'completed' : 'aborted']++;
    } catch (error) {
      // Completed by its own writer meanwhile: that one knows.
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  return settled;
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
