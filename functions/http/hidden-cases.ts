/**
 * Reads of what hangs off a case — its KPIs, their figures, goals, audit entries — follow the case: another
 * organisation's unpublished case hides them too, answered exactly as if they did not exist.
 */
import type { AuditEntry } from '../domain/model.js';
import { canSeeCase, type Caller } from '../security/index.js';
import type { Store } from '../store/store.js';

/** True for a case id the caller may not see (undefined: belongs to no case, so visible). */
export type HiddenCase = (caseId: string | undefined) => boolean;

export async function hiddenCases(store: Store, caller: Caller | undefined): Promise<HiddenCase> {
  const unpublished = await store.cases.findAll({ where: { published: false } });
  const hidden = new Set(unpublished.filter((c) => !canSeeCase(caller, c)).map((c) => c.id));
  return (caseId) => caseId !== undefined && hidden.has(caseId);
}

/** The case an audit entry's entity belongs to: the case itself, or the case of its KPI. */
export async function caseOfAuditEntry(store: Store, entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'before' | 'after'>): Promise<string | undefined> {
  if (entry.entityType === 'case') return entry.entityId;
  const item = (entry.after ?? entry.before ?? {}) as { caseId?: unknown; kpiId?: unknown };
  if (typeof item.caseId === 'string') return item.caseId;
  const kpiId = typeof item.kpiId === 'string' ? item.kpiId : entry.entityType === 'kpi' ? entry.entityId : undefined;
  if (!kpiId) return undefined;
  const kpi = await store.kpis.get(kpiId, kpiId.slice(0, kpiId.indexOf('.')));
  return kpi?.caseId;
}
