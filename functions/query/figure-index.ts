/**
 * A KPI's figures as questions use them — resolved (unit, scale and source flattened in), grouped by
 * organisation and ordered by period — built once per version of the KPI's figures and shared, frozen,
 * by every question after it. A generated question matches the same measure in ten municipalities, and
 * mapping, filtering and sorting each one's figures again on every question was as much CPU as reading
 * the question.
 *
 * Kept per store and KPI, and checked on every use against the figures the store returns: the same items
 * (the embedded store hands out the same frozen objects until one is written; Cosmos DB new objects with
 * the same id and ETag) under the same unit and scale reuse the index; anything else rebuilds it, so a
 * figure written a moment ago is never answered from an old index. The store is still read on every
 * question; what is saved is everything after the read.
 */
import type { FigureInput, Kpi } from '../domain/model.js';
import type { Store } from '../store/store.js';
import type { Catalogue } from './catalogue.js';
import { byPeriod } from './period-keys.js';
import type { ResolvedFigure } from './types.js';

export interface FigureIndex {
  /** Every figure of the KPI (all organisations), in the order the store lists them. */
  all: readonly ResolvedFigure[];
  /** The organisations with figures, in order of their first figure in `all`. */
  orgs: readonly string[];
  /** Each organisation's figures, in the order of `all`. */
  byOrg: ReadonlyMap<string, readonly ResolvedFigure[]>;
}

interface Entry {
  raw: readonly RawFigure[];
  unit: Kpi['unit'];
  scale: number;
  index: FigureIndex;
}

type RawFigure = FigureInput & { id?: string; _etag?: string };

/** Resolved figures kept per store, newest use last; past this many the least recently used KPIs go. */
export const KEPT_FIGURES = 250_000;

const kept = new WeakMap<Store, { entries: Map<string, Entry>; size: number }>();

/** What a piece of work read: each KPI's index, or null when it saw two versions of its figures. */
export type FigureReads = Map<string, { kpi: Kpi; index: FigureIndex } | null>;

/** The reads of the work under way; every index handed out goes to each (work that interleaves sees a superset). */
const recording = new Set<FigureReads>();

/** Runs `work` and returns with its result every figure index it was handed (and perhaps a few more). */
export async function recordingReads<T>(work: () => Promise<T>): Promise<{ value: T; reads: FigureReads }> {
  const reads: FigureReads = new Map();
  recording.add(reads);
  try {
    return { value: await work(), reads };
  } finally {
    recording.delete(reads);
  }
}

/** Hands the work under way the reads of an answer it is given without reading them again. */
export function replayReads(reads: FigureReads): void {
  if (recording.size) for (const read of reads.values()) if (read) recordRead(read.kpi, read.index);
}

function recordRead(kpi: Kpi, index: FigureIndex): FigureIndex {
  for (const reads of recording) {
    const before = reads.get(kpi.id);
    reads.set(kpi.id, before === undefined || before?.index === index ? { kpi, index } : null);
  }
  return index;
}

export async function figureIndex(store: Store, cat: Catalogue, kpi: Kpi): Promise<FigureIndex> {
  const raw: readonly RawFigure[] = cat.virtualFigures.get(kpi.id) ?? (await store.figures.findAll({ partitionKey: kpi.id }));
  let cache = kept.get(store);
  if (!cache) kept.set(store, (cache = { entries: new Map(), size: 0 }));
  const scale = kpi.scale ?? 1;
  const entry = cache.entries.get(kpi.id);
  if (entry) {
    cache.entries.delete(kpi.id);
    if (entry.unit === kpi.unit && entry.scale === scale && sameItems(entry.raw, raw)) {
      cache.entries.set(kpi.id, entry);
      return recordRead(kpi, entry.index);
    }
    cache.size -= entry.raw.length;
  }
  const index = build(raw, kpi);
  cache.entries.set(kpi.id, { raw, unit: kpi.unit, scale, index });
  cache.size += raw.length;
  for (const [id, old] of cache.entries) {
    if (cache.size <= KEPT_FIGURES || id === kpi.id) break;
    cache.entries.delete(id);
    cache.size -= old.raw.length;
  }
  return recordRead(kpi, index);
}

/** The same versions of the same items: the same objects, or the same id and ETag. */
function sameItems(a: readonly RawFigure[], b: readonly RawFigure[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x._etag === undefined || x._etag !== y._etag || x.id !== y.id)) return false;
  }
  return true;
}

function build(raw: readonly RawFigure[], kpi: Kpi): FigureIndex {
  const all = raw.map((f) => Object.freeze(resolved(f, kpi)));
  const byOrg = new Map<string, ResolvedFigure[]>();
  for (const f of all) {
    const list = byOrg.get(f.orgId);
    if (list) list.push(f);
    else byOrg.set(f.orgId, [f]);
  }
  for (const list of byOrg.values()) register(Object.freeze(list));
  return { all: Object.freeze(all), orgs: Object.freeze([...byOrg.keys()]), byOrg };
}

function resolved(f: RawFigure, kpi: Kpi): ResolvedFigure {
  const r: ResolvedFigure = {
    kpiId: f.kpiId,
    orgId: f.orgId,
    kind: f.kind,
    period: f.period,
    value: f.value,
    unit: kpi.unit,
    scale: kpi.scale ?? 1,
    document: f.source.document,
    locator: f.source.locator,
  };
  if ('note' in f && typeof f.note === 'string') r.note = f.note;
  // A bound ("+7.500" is atLeast) and the document's title and section, as the seed data gives them.
  if (f.bound) r.qualifier = f.bound;
  if (f.source.title) r.title = f.source.title;
  if (f.source.section) r.section = f.source.section;
  return r;
}

export interface ByPeriod {
  /** The figures, newest period first (ties in their given order). */
  newestFirst: readonly ResolvedFigure[];
  /** Their distinct periods, in that order. */
  periods: readonly string[];
}

interface Ordered extends ByPeriod {
  /** For each figure of the list, its place in `newestFirst`. */
  rank: number[];
}

const ordered = new WeakMap<readonly ResolvedFigure[], Ordered>();
/** Each indexed figure's organisation list and its place there. */
const placeOf = new WeakMap<ResolvedFigure, { list: readonly ResolvedFigure[]; at: number }>();

function register(list: readonly ResolvedFigure[]): void {
  list.forEach((f, at) => placeOf.set(f, { list, at }));
}

/**
 * The figures by period, newest first. A frozen list (an index's, which cannot change) is sorted once and
 * the order kept with it; a list filtered from one of an index's organisation lists (one kind of figure)
 * takes its order from that list's; any other list is sorted on each call.
 */
export function byPeriodNewestFirst(figures: readonly ResolvedFigure[]): ByPeriod {
  const known = ordered.get(figures);
  if (known) return known;
  if (!Object.isFrozen(figures)) return filteredFrom(figures) ?? withPeriods(sortNewestFirst(figures));
  const positions = figures.map((_, i) => i).sort((a, b) => byPeriod(figures[b]!.period, figures[a]!.period));
  const rank: number[] = new Array(figures.length);
  positions.forEach((i, r) => (rank[i] = r));
  const out: Ordered = { ...withPeriods(positions.map((i) => figures[i]!)), rank };
  ordered.set(figures, Object.freeze(out));
  return out;
}

const sortNewestFirst = (figures: readonly ResolvedFigure[]) => [...figures].sort((a, b) => byPeriod(b.period, a.period));

function withPeriods(newestFirst: ResolvedFigure[]): ByPeriod {
  return { newestFirst, periods: [...new Set(newestFirst.map((f) => f.period))] };
}

/**
 * A sort is stable, so sorting part of a list, kept in the list's order, gives the part in the order the
 * whole list sorts into: read off the whole list's ranks instead of comparing periods again.
 */
function filteredFrom(figures: readonly ResolvedFigure[]): ByPeriod | undefined {
  const owner = figures.length ? placeOf.get(figures[0]!)?.list : undefined;
  if (!owner) return undefined;
  const ranks: number[] = [];
  let last = -1;
  for (const f of figures) {
    const place = placeOf.get(f);
    if (place?.list !== owner || place.at <= last) return undefined;
    last = place.at;
    ranks.push(place.at);
  }
  const whole = byPeriodNewestFirst(owner) as Ordered;
  const sorted = ranks.map((at) => whole.rank[at]!).sort((a, b) => a - b);
  return withPeriods(sorted.map((r) => whole.newestFirst[r]!));
}
