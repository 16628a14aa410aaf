/**
 * Loading the seed dataset (functions/seed-data/) into a store. Works the same on both adapters:
 * it only uses the Store interface.
 *
 * - seedIfEmpty: loads only into a store with no domain data (a Cosmos DB store at start-up).
 * - seedUpToDate: at local start-up; loads an empty store, and brings one in use up to the current seed
 *   data (items added to the files since, items still as an older seed wrote them, items an older seed
 *   wrote that the files no longer have) without touching what people created, changed or deleted.
 * - seed: upserts every seed item (ids are derived, so nothing duplicates); unchanged items are left
 *   alone so their ETags, and anybody's pending edit of them, stay valid.
 * - reseed (`npm run seed -- --reset`): deletes everything seed-derived, then loads afresh. Items
 *   people added (a figure entered through the API, a proposal submitted in Teams) are kept.
 */
import { ConflictError, NotFoundError, PreconditionFailedError } from '../domain/errors.js';
import type { Actor, AuditEntry } from '../domain/model.js';
import { auditedWrite } from './audit.js';
import { inBatches } from './batches.js';
import { containers } from './containers.js';
import { buildSeedEntities, readSeedFiles, SEED_ACTOR, seedContainers, type SeedContainer, type SeedEntities } from './seed-entities.js';
import { unstored, type Read, type Repo, type Store } from './store.js';


export interface SeedOptions {
  /** Folder of seed data files; default functions/seed-data/. */
  dir?: string;
}

export interface SeedSummary {
  written: number;
  unchanged: number;
  deleted: number;
  /** Items per container in the seed dataset. */
  counts: Record<SeedContainer, number>;
}

export async function loadSeedEntities(options: SeedOptions = {}): Promise<SeedEntities> {
  return buildSeedEntities(await readSeedFiles(options.dir));
}

/** Loads the seed only when the store holds no domain data; undefined when it was not empty. */
export async function seedIfEmpty(store: Store, options: SeedOptions = {}): Promise<SeedSummary | undefined> {
  return (await isEmpty(store)) ? seed(store, options) : undefined;
}

async function isEmpty(store: Store): Promise<boolean> {
  for (const c of seedContainers) {
    if ((await repo(store, c).find({ limit: 1 })).items.length) return false;
  }
  return true;
}

export interface SeedUpdate {
  /** Seed items the store lacked, now written. */
  added: number;
  /** Items still as an older seed wrote them, now as the seed has them. */
  updated: number;
  /** Items an older seed wrote that the files no longer have (a figure deleted or re-id'd), now gone. */
  removed: number;
  /** Items people changed or deleted, left as they left them. */
  kept: number;
  unchanged: number;
  counts: Record<SeedContainer, number>;
}

const AUDITED_AS: Record<SeedContainer, AuditEntry['entityType']> = {
  organisations: 'organisation',
  cases: 'case',
  kpis: 'kpi',
  goals: 'goal',
  proposals: 'proposal',
  figures: 'figure',
};

/**
 * The store brought up to the seed data: what the files have and the store lacks is added, and an item
 * that differs from the files is updated, unless anyone but the seed ever wrote it. That record is the
 * audit trail: every write through the app (API, chat, import, the Jobindsats fetch, proposals) leaves an
 * entry, so an item with an entry by another actor was changed, or deleted, on purpose and is kept as it is
 * (never resurrected); a figure also names who wrote it last. The seed's own writes here leave entries
 * too (actor "seed", entry first), so the trail says why an item changed at start-up. A process killed
 * half-way leaves pending entries the next start settles; the rerun finds what was written equal to the
 * seed and goes on with the rest, so reruns converge. An empty store is loaded as by `seed`, without entries.
 */
export async function seedUpToDate(store: Store, options: SeedOptions = {}, now: () => string = () => new Date().toISOString()): Promise<SeedUpdate> {
  if (await isEmpty(store)) {
    const loaded = await seed(store, options);
    return { added: loaded.written, updated: 0, removed: 0, kept: 0, unchanged: 0, counts: loaded.counts };
  }
  const entities = await loadSeedEntities(options);
  const out: SeedUpdate = { added: 0, updated: 0, removed: 0, kept: 0, unchanged: 0, counts: countsOf(entities) };
  for (const c of seedContainers) {
    const existing = await storedVersions(store, c, entities[c] as AnyItem[]);
    const differing: Array<{ item: AnyItem; found: Read<AnyItem> | undefined }> = [];
    for (const item of entities[c] as AnyItem[]) {
      const found = existing.get(key(c, item));
      if (found && canonical(unstored(found)) === canonical(item)) out.unchanged++;
      else differing.push({ item, found });
    }
    await inBatches(differing, async ({ item, found }) => {
      if (await writtenByOthers(store, c, item.id, found)) {
        out.kept++;
        return;
      }
      const entry = { entityType: AUDITED_AS[c], entityId: item.id, actor: SEED_ACTOR, at: now() };
      try {
        if (found) await auditedWrite(store, { ...entry, action: 'update', before: found, after: item }, () => repo(store, c).replace(item, found._etag));
        else await auditedWrite(store, { ...entry, action: 'create', after: item }, () => repo(store, c).create(item));
        out[found ? 'updated' : 'added']++;
      } catch (error) {
        // Someone wrote it since it was read: theirs stands.
        if (!(error instanceof PreconditionFailedError || error instanceof ConflictError)) throw error;
        out.kept++;
      }
    });
  }
  await removeStale(store, entities, out, now);
  return out;
}

/**
 * What an older seed wrote and the files no longer have (a figure deleted from a file, or given another
 * id) goes, each removal audited like the seed's other writes; what anyone else ever wrote stays (counted
 * as kept). Figures first, then what they hang on. Figures are read only in the partitions of the KPIs the
 * seed has or had, never as a whole container; the catalogue's containers are read whole, as the query
 * engine reads them. Organisations stay: subscriptions, conversations and people's figures name them.
 */
async function removeStale(store: Store, entities: SeedEntities, out: SeedUpdate, now: () => string): Promise<void> {
  const inSeed = (c: SeedContainer) => new Set((entities[c] as AnyItem[]).map((item) => key(c, item)));
  const remove = async (c: SeedContainer, found: Read<AnyItem>) => {
    if (await writtenByOthers(store, c, found.id, found)) return void out.kept++;
    const entry = { entityType: AUDITED_AS[c], entityId: found.id, action: 'delete' as const, actor: SEED_ACTOR, at: now(), before: found };
    try {
      await auditedWrite(store, entry, () => repo(store, c).delete(found.id, partitionOf(c, found), found._etag));
      out.removed++;
    } catch (error) {
      // Changed since it was read: theirs stands. Gone already: nothing to do.
      if (error instanceof PreconditionFailedError) out.kept++;
      else if (!(error instanceof NotFoundError)) throw error;
    }
  };

  // KPIs an older seed wrote: not in the files, and never written by anyone else.
  const seedKpis = inSeed('kpis');
  const oldKpis: Read<AnyItem>[] = [];
  for (const kpi of await repo(store, 'kpis').findAll()) {
    if (!seedKpis.has(key('kpis', kpi)) && !(await writtenByOthers(store, 'kpis', kpi.id, kpi))) oldKpis.push(kpi);
  }
  const seedFigures = inSeed('figures');
  const figuresLeft = new Map<string, number>();
  for (const kpiId of new Set([...(entities.kpis as AnyItem[]), ...oldKpis].map((k) => k.id))) {
    const figures = await repo(store, 'figures').findAll({ partitionKey: kpiId });
    const stale = figures.filter((f) => !seedFigures.has(key('figures', f)) && isSeedMarked('figures', f, entities));
    for (const f of stale) await remove('figures', f);
    figuresLeft.set(kpiId, (await repo(store, 'figures').find({ partitionKey: kpiId, limit: 1 })).items.length);
  }
  for (const c of ['proposals', 'goals'] as const) {
    const seedKeys = inSeed(c);
    for (const item of await repo(store, c).findAll()) if (!seedKeys.has(key(c, item)) && isSeedMarked(c, item, entities)) await remove(c, item);
  }
  // A KPI goes with its last figure: one that still has figures (a person's, a fetched one) stays.
  for (const kpi of oldKpis) if (!figuresLeft.get(kpi.id)) await remove('kpis', kpi);
  const seedCases = inSeed('cases');
  for (const item of await repo(store, 'cases').findAll()) if (!seedCases.has(key('cases', item)) && isSeedMarked('cases', item, entities)) await remove('cases', item);
}

/**
 * At start: a local (embedded) store, whose folder outlives updates of the seed files, is brought up to
 * them; a Cosmos DB store is seeded only when empty, so no instance's cold start reads every container
 * (`npm run seed` brings it up to date). Undefined when nothing was looked at.
 */
export async function seedAtStart(store: Store): Promise<SeedUpdate | undefined> {
  if (store.kind === 'embedded') return seedUpToDate(store);
  const loaded = await seedIfEmpty(store);
  return loaded && { added: loaded.written, updated: 0, removed: 0, kept: 0, unchanged: 0, counts: loaded.counts };
}

/** One line for a log: what start-up seeding did, or nothing when it changed nothing. */
export function describeSeedUpdate(u: SeedUpdate | undefined): string | undefined {
  if (!u || (!u.added && !u.updated && !u.removed && !u.kept)) return undefined;
  return `Seed data: ${u.added} items added, ${u.updated} updated to the current seed files, ${u.removed} removed that the files no longer have, ${u.kept} left as people changed or deleted them.`;
}

const isSeed = (actor: Actor | undefined) => actor?.id === SEED_ACTOR.id && actor.kind === SEED_ACTOR.kind;

/** Whether anyone but the seed has written (or deleted) the item; an attempt that never happened does not count. */
async function writtenByOthers(store: Store, c: SeedContainer, id: string, found: Read<AnyItem> | undefined): Promise<boolean> {
  if (c === 'figures' && found && !isSeed(found.updatedBy as Actor | undefined)) return true;
  const entries = await store.audit.findAll({ partitionKey: id });
  return entries.some((e) => e.entityType === AUDITED_AS[c] && e.state !== 'aborted' && !isSeed(e.actor));
}

export async function seed(store: Store, options: SeedOptions = {}): Promise<SeedSummary> {
  const entities = await loadSeedEntities(options);
  let written = 0;
  let unchanged = 0;
  for (const c of seedContainers) {
    const items = entities[c] as AnyItem[];
    const existing = await storedVersions(store, c, items);
    const changed = items.filter((item) => {
      const found = existing.get(key(c, item));
      return !found || canonical(unstored(found)) !== canonical(item);
    });
    unchanged += items.length - changed.length;
    await inBatches(changed, (item) => repo(store, c).upsert(item));
    written += changed.length;
  }
  return { written, unchanged, deleted: 0, counts: countsOf(entities) };
}

export async function reseed(store: Store, options: SeedOptions = {}): Promise<SeedSummary> {
  // Read and check the files first: a broken seed must not leave the store emptied.
  const entities = await loadSeedEntities(options);
  let deleted = 0;
  for (const c of [...seedContainers].reverse()) {
    const seedKeys = new Set((entities[c] as AnyItem[]).map((item) => key(c, item)));
    const doomed = (await repo(store, c).findAll()).filter((item) => seedKeys.has(key(c, item)) || isSeedMarked(c, item, entities));
    await inBatches(doomed, (item) => repo(store, c).delete(item.id, partitionOf(c, item)));
    deleted += doomed.length;
  }
  let written = 0;
  for (const c of seedContainers) {
    const items = entities[c] as AnyItem[];
    await inBatches(items, (item) => repo(store, c).upsert(item));
    written += items.length;
  }
  return { written, unchanged: 0, deleted, counts: countsOf(entities) };
}

/**
 * Besides the ids the seed defines, items marked as the seed's own (written by the seed actor, or
 * sourced from a seed document) are seed-derived, so items an earlier version of the files had go too.
 */
function isSeedMarked(c: SeedContainer, item: AnyItem, seed: SeedEntities): boolean {
  const bySeed = (actor: unknown) => (actor as { id?: string; kind?: string } | undefined)?.id === SEED_ACTOR.id && (actor as { kind?: string }).kind === SEED_ACTOR.kind;
  const fromSeedDocument = (item.source as { document?: string } | undefined)?.document;
  switch (c) {
    case 'figures':
      return bySeed(item.updatedBy);
    case 'proposals':
      return bySeed(item.submittedBy);
    case 'cases':
    case 'goals':
      return fromSeedDocument !== undefined && seed.documents.includes(fromSeedDocument);
    default:
      return false;
  }
}

type AnyItem = Record<string, unknown> & { id: string };

function repo(store: Store, c: SeedContainer): Repo<AnyItem> {
  return store[c] as unknown as Repo<AnyItem>;
}

/**
 * The stored version of each seed item, by point reads: the store may hold far more than the seed (a
 * million figures fetched from Jobindsats), and reading whole containers made every local start parse all
 * of them (twice the memory, seconds more at a million figures).
 */
async function storedVersions(store: Store, c: SeedContainer, items: readonly AnyItem[]): Promise<Map<string, Read<AnyItem>>> {
  const found = new Map<string, Read<AnyItem>>();
  await inBatches(items, async (item) => {
    const stored = await repo(store, c).get(item.id, partitionOf(c, item));
    if (stored) found.set(key(c, item), stored);
  });
  return found;
}

function partitionOf(c: SeedContainer, item: object): string {
  return String((item as Record<string, unknown>)[containers[c].partitionKey]);
}

function key(c: SeedContainer, item: object & { id: string }): string {
  return `${partitionOf(c, item)}\u0000${item.id}`;
}

/** JSON with sorted keys, so the same item compares equal whatever order its properties were stored in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function countsOf(e: SeedEntities): Record<SeedContainer, number> {
  return Object.fromEntries(seedContainers.map((c) => [c, e[c].length])) as Record<SeedContainer, number>;
}
