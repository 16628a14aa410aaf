/**
 * A store holding the seed dataset (functions/seed-data/*.json), loaded the way the seed files describe:
 * figures get their id, organisation and source; cases, goals and proposals get their source document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { figureId, type Figure } from '../../../functions/domain/model.js';
import { SeedFileSchema } from '../../../functions/store/seed-file.js';
import type { Store } from '../../../functions/store/store.js';
import { memoryStore } from './memory-store.js';

export const SEED_DIR = path.resolve(import.meta.dirname, '../../../functions/seed-data');
const AT = '2026-01-01T00:00:00.000Z';
const ACTOR = { id: 'seed', kind: 'system' as const };

export async function seededStore(store: Store = memoryStore()): Promise<Store> {
  for (const file of readdirSync(SEED_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const seed = SeedFileSchema.parse(JSON.parse(readFileSync(path.join(SEED_DIR, file), 'utf8')));
    const source = (locator: string) => ({ document: seed.document, locator });
    for (const o of seed.organisations) await store.organisations.upsert(o);
    for (const { locator, ...c } of seed.cases) await store.cases.upsert({ ...c, source: source(locator) });
    const kpiOrg = new Map<string, string>();
    for (const k of seed.kpis) {
      kpiOrg.set(k.id, k.orgId);
      await store.kpis.upsert(k);
    }
    for (const f of seed.figures) {
      const orgId = f.org ?? kpiOrg.get(f.kpi) ?? f.kpi.split('.')[0]!;
      const figure: Figure = {
        id: figureId({ kpiId: f.kpi, orgId, kind: f.kind, period: f.period }),
        kpiId: f.kpi,
        orgId,
        kind: f.kind,
        period: f.period,
        value: f.value,
        source: source(f.locator),
        updatedAt: AT,
        updatedBy: ACTOR,
        ...(f.note ? { note: f.note } : {}),
      };
      await store.figures.upsert(figure);
    }
    for (const { locator, ...g } of seed.goals) await store.goals.upsert({ ...g, source: source(locator) });
    for (const { locator, ...p } of seed.proposals) {
      await store.proposals.upsert({ ...p, source: source(locator), status: 'submitted', submittedBy: ACTOR, submittedAt: AT, decisions: [] });
    }
  }
  return store;
}
