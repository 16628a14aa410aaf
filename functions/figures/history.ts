/**
 * Change history from the audit trail. Audit entries are partitioned by the entity they describe, and
 * their ids begin with the time, so one entity's history is a single-partition read in time order.
 * A KPI's history is its own entries plus those of each of its figures (one partition read per figure:
 * a KPI has tens of figures, not thousands).
 */
import type { AuditEntry } from '../domain/model.js';
import { unstored, type Page, type Store, type Stored } from '../store/store.js';

export async function entityHistory(store: Store, entityId: string, page: { limit: number; continuation?: string }): Promise<Page<Stored<AuditEntry>>> {
  return store.audit.find({ partitionKey: entityId, limit: page.limit, ...(page.continuation ? { continuation: page.continuation } : {}) });
}

/** Every change to a KPI and its figures, newest first; not the tries a crash cut short (marked aborted at the next start). */
export async function kpiHistory(store: Store, kpiId: string): Promise<AuditEntry[]> {
  const figures = await store.figures.findAll({ partitionKey: kpiId });
  const lists = await Promise.all([kpiId, ...figures.map((f) => f.id)].map((id) => store.audit.findAll({ partitionKey: id })));
  return lists
    .flat()
    .filter((e) => e.state !== 'aborted')
    .map((e) => unstored(e))
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/**
 * The organisation's KPIs whose figures changed most recently, newest first. Audit entries of every
 * figure are read (a query across partitions): they are the changes made after seeding, by people,
 * imports and Jobindsats, which number in the hundreds, not millions.
 */
export async function recentlyChangedKpis(store: Store, orgId: string, limit: number): Promise<string[]> {
  const entries = await store.audit.findAll({ where: { entityType: 'figure' } });
  const kpis: string[] = [];
  for (const e of entries.filter((entry) => entry.state !== 'aborted').sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))) {
    const kpiId = e.entityId.split('~')[0]!;
    if (kpiId.startsWith(`${orgId}.`) && !kpis.includes(kpiId)) kpis.push(kpiId);
    if (kpis.length === limit) break;
  }
  return kpis;
}
