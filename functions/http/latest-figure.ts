/** The newest actual figure of a KPI for its own organisation: what "where are we now?" means. */
import { comparePeriods } from '../domain/period.js';
import type { Figure, Kpi } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { unstored } from '../store/store.js';

export async function latestActual(store: Store, kpi: Kpi): Promise<Figure | undefined> {
  // One single-partition query: figures live in their KPI's partition.
  const actuals = await store.figures.findAll({ partitionKey: kpi.id, where: { kind: 'actual', orgId: kpi.orgId } });
  let latest: Figure | undefined;
  for (const figure of actuals) {
    if (!latest || comparePeriods(figure.period, latest.period) > 0) latest = unstored(figure);
  }
  return latest;
}
