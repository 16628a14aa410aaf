/**
 * The large stores of the benchmarks: the seed data plus 10 organisations × 100 KPIs × 100 months
 * (100,000 figures), written through the embedded store's own API into a data folder, and 10 × 1,000 ×
 * 100 (a million figures: organisations and KPIs through the API, the figures straight into the store's
 * snapshot with its own writer, which takes seconds instead of minutes); and questions a manager might
 * ask about them.
 */
import type { Figure, Kpi, Organisation } from '../../functions/domain/model.js';
import { figureId } from '../../functions/domain/model.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { readSnapshot, writeSnapshot } from '../../functions/store/embedded/snapshot.js';
import { seedIfEmpty } from '../../functions/store/seed.js';

const TOPICS = ['Unge på kontanthjælp', 'Sygedagpengemodtagere', 'Ledighedsydelse', 'Fleksjob', 'Førtidspension', 'Ressourceforløb', 'Jobafklaring', 'Revalidering', 'Integrationsydelse', 'A-dagpengemodtagere'];
const GROUPS = ['i alt', 'under 30 år', 'over 30 år', 'jobparate', 'aktivitetsparate', 'i virksomhedspraktik', 'i løntilskud', 'i ordinært job', 'i uddannelse', 'langtidsledige'];
const TOWNS = ['Nordby', 'Sydby', 'Østerby', 'Vesterby', 'Midtby', 'Strandby', 'Skovby', 'Bakkeby', 'Åby', 'Engby'];
/** A third word for KPIs beyond the first 100 of an organisation (the million-figure store). */
const SUBGROUPS = ['', 'mænd', 'kvinder', 'indvandrere', 'efterkommere', 'enlige', 'forsørgere', 'nyledige', 'seniorer', 'studerende'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

export interface Shape {
  orgs: number;
  kpisPerOrg: number;
  months: number;
}
export const GENERATED: Shape = { orgs: 10, kpisPerOrg: 100, months: 100 };
export const MILLION: Shape = { orgs: 10, kpisPerOrg: 1000, months: 100 };

function kpiName(k: number): string {
  return [TOPICS[k % 10], GROUPS[Math.floor(k / 10) % 10], SUBGROUPS[Math.floor(k / 100)]].filter(Boolean).join(' ');
}

function organisation(o: number): Organisation {
  return { id: `bench-${o}`, name: `${TOWNS[o]} Kommune`, kind: 'municipality', aliases: [TOWNS[o]!] };
}

function kpi(o: number, k: number): Kpi {
  const name = kpiName(k);
  return { id: `bench-${o}.kpi-${k}`, orgId: `bench-${o}`, name: { da: name, en: name }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' };
}

const AT = '2026-01-01T00:00:00.000Z';

function figure(o: number, k: number, m: number, value: number): Figure {
  const period = `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const kpiId = `bench-${o}.kpi-${k}`;
  return {
    id: figureId({ kpiId, orgId: `bench-${o}`, kind: 'actual', period }),
    kpiId, orgId: `bench-${o}`, kind: 'actual', period, value,
    source: { document: 'bench', locator: `generated ${o}/${k}/${m}` }, updatedAt: AT, updatedBy: { id: 'bench', kind: 'system' },
  };
}

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
  const random = lcg(42);
  let written = 0;
  try {
    await seedIfEmpty(store);
    for (let o = 0; o < GENERATED.orgs; o++) {
      await store.organisations.upsert(organisation(o));
      for (let k = 0; k < GENERATED.kpisPerOrg; k++) {
        await store.kpis.upsert(kpi(o, k));
        // One KPI's months at once: the log commits concurrent writes together.
        const writes: Promise<unknown>[] = [];
        for (let m = 0; m < GENERATED.months; m++) writes.push(store.figures.upsert(figure(o, k, m, Math.round(100 + 900 * random()))));
        await Promise.all(writes);
        written += writes.length;
      }
    }
  } finally {
    await store.close();
  }
  return written;
}

/**
 * Seeds `dir` with the seed data, the organisations and KPIs of `shape` through the store's API, and
 * their figures written into the snapshot beside what the API wrote (the header kept, so the log files
 * still replay on top). Returns the number of generated figures.
 */
export async function writeSnapshotData(dir: string, shape: Shape): Promise<number> {
  const store = await openEmbeddedStore({ dir });
  try {
    await seedIfEmpty(store);
    for (let o = 0; o < shape.orgs; o++) {
      await store.organisations.upsert(organisation(o));
      await Promise.all(Array.from({ length: shape.kpisPerOrg }, (_, k) => store.kpis.upsert(kpi(o, k))));
    }
  } finally {
    await store.close();
  }
  const byContainer = new Map<string, string[]>();
  const header = await readSnapshot(dir, (container, json) => {
    const items = byContainer.get(container);
    if (items) items.push(json);
    else byContainer.set(container, [json]);
  });
  if (!header) throw new Error(`No snapshot in ${dir} after seeding: nothing to add the figures to`);
  const random = lcg(42);
  const figures = byContainer.get('figures') ?? [];
  let written = 0;
  for (let o = 0; o < shape.orgs; o++) {
    for (let k = 0; k < shape.kpisPerOrg; k++) {
      for (let m = 0; m < shape.months; m++, written++) figures.push(JSON.stringify({ ...figure(o, k, m, Math.round(100 + 900 * random())), _etag: `"bench-${written}"` }));
    }
  }
  byContainer.set('figures', figures);
  await writeSnapshot(dir, { lastSeq: header.lastSeq, firstLog: header.firstLog }, Array.from(byContainer, ([container, items]) => ({ container, partitions: [items] })));
  return written;
}

/** Questions about the generated data, in Danish as a manager would type them; `skip` leaves out the first ones. */
export function generatedQuestions(count: number, shape: Shape = GENERATED, skip = 0): string[] {
  const random = lcg(7);
  const out: string[] = [];
  for (let i = 0; i < skip + count; i++) {
    const k = Math.floor(random() * shape.kpisPerOrg);
    const m = Math.floor(random() * shape.months);
    const town = TOWNS[Math.floor(random() * shape.orgs)]!;
    const [topic, ...group] = kpiName(k).split(' ');
    if (i >= skip) out.push(`Hvor mange ${topic!.toLowerCase()} ${group.join(' ')} i ${town} i ${MONTHS[m % 12]} ${2010 + Math.floor(m / 12)}?`);
  }
  return out;
}
