/**
 * The large store of the benchmarks: the seed data plus 10 organisations × 100 KPIs × 100 months
 * (100,000 figures), written through the embedded store's own API into a data folder, and questions a
 * manager might ask about them.
 */
import type { Figure, Kpi, Organisation } from '../../functions/domain/model.js';
import { figureId } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seedIfEmpty } from '../../functions/store/seed.js';

const TOPICS = ['Unge på kontanthjælp', 'Sygedagpengemodtagere', 'Ledighedsydelse', 'Fleksjob', 'Førtidspension', 'Ressourceforløb', 'Jobafklaring', 'Revalidering', 'Integrationsydelse', 'A-dagpengemodtagere'];
const GROUPS = ['i alt', 'under 30 år', 'over 30 år', 'jobparate', 'aktivitetsparate', 'i virksomhedspraktik', 'i løntilskud', 'i ordinært job', 'i uddannelse', 'langtidsledige'];
const TOWNS = ['Nordby', 'Sydby', 'Østerby', 'Vesterby', 'Midtby', 'Strandby', 'Skovby', 'Bakkeby', 'Åby', 'Engby'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

export const GENERATED = { orgs: 10, kpisPerOrg: 100, months: 100 };

/** A repeatable pseudo-random sequence, so every run asks the same questions of the same data. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Seeds `dir` with the seed data only. */
export async function writeSeedData(dir: string): Promise<void> {
  const store = await openEmbeddedStore({ dir });
  try {
    await seedIfEmpty(store);
  } finally {
    await store.close();
  }
}

/** Seeds `dir` and adds the generated data; returns the number of generated figures. */
export async function writeGeneratedData(dir: string): Promise<number> {
  const store = await openEmbeddedStore({ dir });
  const at = '2026-01-01T00:00:00.000Z';
  const random = lcg(42);
  let written = 0;
  try {
    await seedIfEmpty(store);
    for (let o = 0; o < GENERATED.orgs; o++) {
      const org: Organisation = { id: `bench-${o}`, name: `${TOWNS[o]} Kommune`, kind: 'municipality', aliases: [TOWNS[o]!] };
      await store.organisations.upsert(org);
      for (let k = 0; k < GENERATED.kpisPerOrg; k++) {
        const name = `${TOPICS[k % 10]} ${GROUPS[Math.floor(k / 10)]}`;
        const kpi: Kpi = { id: `bench-${o}.kpi-${k}`, orgId: org.id, name: { da: name, en: name }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' };
        await store.kpis.upsert(kpi);
        // One KPI's months at once: the log commits concurrent writes together.
        const writes: Promise<unknown>[] = [];
        for (let m = 0; m < GENERATED.months; m++) {
          const period = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
          const figure: Figure = {
            id: figureId({ kpiId: kpi.id, orgId: org.id, kind: 'actual', period }),
            kpiId: kpi.id, orgId: org.id, kind: 'actual', period, value: Math.round(100 + 900 * random()),
            source: { document: 'bench', locator: `generated ${o}/${k}/${m}` }, updatedAt: at, updatedBy: { id: 'bench', kind: 'system' },
          };
          writes.push(store.figures.upsert(figure));
        }
        await Promise.all(writes);
        written += writes.length;
      }
    }
  } finally {
    await store.close();
  }
  return written;
}

/** Questions about the generated data, in Danish as a manager would type them. */
export function generatedQuestions(count: number): string[] {
  const random = lcg(7);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = Math.floor(random() * GENERATED.kpisPerOrg);
    const m = Math.floor(random() * GENERATED.months);
    const town = TOWNS[Math.floor(random() * GENERATED.orgs)]!;
    out.push(`Hvor mange ${TOPICS[k % 10]!.toLowerCase()} ${GROUPS[Math.floor(k / 10)]} i ${town} i ${MONTHS[m % 12]} ${2010 + Math.floor(m / 12)}?`);
  }
  return out;
}
