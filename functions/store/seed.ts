/**
 * Loading the seed dataset (functions/seed-data/) into a store. Works the same on both adapters:
 * it only uses the Store interface.
 *
 * - seedIfEmpty: at start-up; loads only into a store with no domain data.
 * - seed: upserts every seed item (ids are derived, so nothing duplicates); unchanged items are left
 *   alone so their ETags, and anybody's pending edit of them, stay valid.
 * - reseed (`npm run seed -- --reset`): deletes everything seed-derived, then loads afresh. Items
 *   people added (a figure entered through the API, a proposal submitted in Teams) are kept.
 */
import { inBatches } from './batches.js';
import { containers } from './containers.js';
import { buildSeedEntities, readSeedFiles, SEED_ACTOR, seedContainers, type SeedContainer, type SeedEntities } from './seed-entities.js';
import { unstored, type Repo, type Store } from './store.js';


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
  for (const c of seedContainers) {
    if ((await repo(store, c).find({ limit: 1 })).items.length) return undefined;
  }
  return seed(store, options);
}

export async function seed(store: Store, options: SeedOptions = {}): Promise<SeedSummary> {
  const entities = await loadSeedEntities(options);
  let written = 0;
  let unchanged = 0;
  for (const c of seedContainers) {
    const existing = new Map((await repo(store, c).findAll()).map((i) => [key(c, i), canonical(unstored(i))]));
    const items = entities[c] as AnyItem[];
    const changed = items.filter((item) => existing.get(key(c, item)) !== canonical(item));
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
