/**
 * Everything a question is matched against, read from the store once and kept in memory:
 * organisations, cases, KPIs, goals and proposals (all small), and the search index over them.
 * Figures are not here: they are read per KPI, from the KPI's own partition, when a question needs them.
 *
 * Freshness: the catalogue is rebuilt in the background when older than `maxAgeMs` (the stale one keeps
 * answering meanwhile), at once after `invalidateCatalogue`, and single KPIs or cases can be patched in
 * with `noteChange` without a rebuild. A rebuild that finds the organisations, cases, KPIs and proposals
 * unchanged (same ids and ETags) keeps the previous index and reference lists, and with them every
 * cache keyed on them (the index's remembered searches, the lexicon and readings): only goals are read
 * afresh, and with the goals unchanged too it keeps the catalogue itself (and the answers remembered
 * with it). Otherwise a question asked a minute later would cost as much as the first time.
 */
import type { Case, Goal, Kpi, Organisation, Proposal } from '../domain/model.js';
import { MeasureIndex, type CaseRef, type OrgRef, type SearchDoc } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import type { FigureInput } from '../domain/model.js';
import { proposalToCase } from '../domain/proposal-to-case.js';

export interface Catalogue {
  orgs: Map<string, Organisation>;
  cases: Map<string, Case>;
  kpis: Map<string, Kpi>;
  goalsByKpi: Map<string, Goal[]>;
  proposals: Map<string, Proposal>;
  /** Figures that live outside the figures container (a proposal's yearly economy), by KPI id. */
  virtualFigures: Map<string, FigureInput[]>;
  /** Document file name of each case and proposal, for sources. */
  index: MeasureIndex;
  orgRefs: OrgRef[];
  caseRefs: CaseRef[];
  builtAt: number;
}

interface Slot {
  current?: Catalogue;
  building?: Promise<Catalogue>;
  stale: boolean;
}

const slots = new WeakMap<Store, Slot>();
/** The content a catalogue was built from; dropped when `noteChange` patches it, so it is never reused. */
const versions = new WeakMap<Catalogue, string>();
const goalVersions = new WeakMap<Catalogue, string>();
/** How many times `noteChange` has patched a catalogue in place. */
const revisions = new WeakMap<Catalogue, number>();
const DEFAULT_MAX_AGE_MS = 60_000;

export async function getCatalogue(store: Store, maxAgeMs = DEFAULT_MAX_AGE_MS): Promise<Catalogue> {
  let slot = slots.get(store);
  if (!slot) slots.set(store, (slot = { stale: true }));
  if (slot.current && !slot.stale) {
    if (Date.now() - slot.current.builtAt > maxAgeMs && !slot.building) void rebuild(store, slot).catch(() => undefined);
    return slot.current;
  }
  return slot.building ?? rebuild(store, slot);
}

/** The catalogue questions are answered from now, if one is built: no rebuild is started. */
export function currentCatalogue(store: Store): Catalogue | undefined {
  return slots.get(store)?.current;
}

/** Changes whenever `noteChange` patches the catalogue in place (its object stays the same). */
export function catalogueRevision(cat: Catalogue): number {
  return revisions.get(cat) ?? 0;
}

/** The next question rebuilds the catalogue first: for imports, seeding and bulk changes. */
export function invalidateCatalogue(store: Store): void {
  const slot = slots.get(store);
  if (slot) slot.stale = true;
}

export type CatalogueChange = { type: 'kpi'; item: Kpi } | { type: 'case'; item: Case } | { type: 'goal'; item: Goal };

/** Patches one KPI, case or goal into a built catalogue: the cheap path for single writes. */
export function noteChange(store: Store, change: CatalogueChange): void {
  const cat = slots.get(store)?.current;
  if (!cat) return;
  versions.delete(cat);
  revisions.set(cat, catalogueRevision(cat) + 1);
  if (change.type === 'kpi') {
    cat.kpis.set(change.item.id, change.item);
    cat.index.put(kpiDoc(change.item, cat));
  } else if (change.type === 'case') {
    cat.cases.set(change.item.id, change.item);
    cat.index.put(caseDoc(change.item));
    cat.caseRefs = caseRefs(cat);
  } else {
    const list = (cat.goalsByKpi.get(change.item.kpiId) ?? []).filter((g) => g.id !== change.item.id);
    cat.goalsByKpi.set(change.item.kpiId, [...list, change.item]);
  }
}

async function rebuild(store: Store, slot: Slot): Promise<Catalogue> {
  const building = buildCatalogue(store, slot.current);
  slot.building = building;
  try {
    const cat = await building;
    slot.current = cat;
    slot.stale = false;
    return cat;
  } finally {
    slot.building = undefined;
  }
}

/** `previous`: reused, goals apart, when what it was built from is unchanged. */
export async function buildCatalogue(store: Store, previous?: Catalogue): Promise<Catalogue> {
  const [orgs, cases, kpis, goals, proposals] = await Promise.all([
    store.organisations.findAll(),
    store.cases.findAll(),
    store.kpis.findAll(),
    store.goals.findAll(),
    store.proposals.findAll(),
  ]);
  const version = [orgs, cases, kpis, proposals].map(listVersion).join('\u0003');
  const goalVersion = listVersion(goals);
  if (previous && versions.get(previous) === version && goalVersions.get(previous) === goalVersion) {
    // Nothing changed: the same catalogue, so what is remembered per catalogue (answers) stays valid.
    previous.builtAt = Date.now();
    return previous;
  }
  const goalsByKpi = new Map<string, Goal[]>();
  for (const g of goals) goalsByKpi.set(g.kpiId, [...(goalsByKpi.get(g.kpiId) ?? []), g]);
  if (previous && versions.get(previous) === version) {
    const kept: Catalogue = { ...previous, goalsByKpi, builtAt: Date.now() };
    versions.set(kept, version);
    goalVersions.set(kept, goalVersion);
    return kept;
  }
  const cat: Catalogue = {
    orgs: new Map(orgs.map((o) => [o.id, o])),
    cases: new Map(cases.map((c) => [c.id, c])),
    kpis: new Map(kpis.map((k) => [k.id, k])),
    goalsByKpi,
    proposals: new Map(proposals.map((p) => [p.id, p])),
    virtualFigures: new Map(),
    index: new MeasureIndex(),
    orgRefs: [],
    caseRefs: [],
    builtAt: Date.now(),
  };

  // A proposal not yet turned into a case is still asked about as one: its economy becomes the case's
  // measures, held in memory (proposals are few).
  for (const p of proposals) {
    const existing = [...cat.cases.values()].some((c) => c.proposalId === p.id || (c.orgId === p.orgId && !!p.number && c.code === p.number));
    if (existing) continue;
    const converted = proposalToCase(p, { approved: p.status === 'approved' || p.status === 'implemented', now: p.submittedAt });
    cat.cases.set(converted.case.id, converted.case);
    for (const k of converted.kpis) cat.kpis.set(k.id, k);
    for (const f of converted.figures) cat.virtualFigures.set(f.kpiId, [...(cat.virtualFigures.get(f.kpiId) ?? []), f]);
  }

  cat.orgRefs = [...cat.orgs.values()].map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: o.aliases ?? [], ...(o.members ? { members: o.members } : {}) }));
  cat.caseRefs = caseRefs(cat);
  const docs: SearchDoc[] = [...[...cat.kpis.values()].map((k) => kpiDoc(k, cat)), ...[...cat.cases.values()].map(caseDoc)];
  cat.index = new MeasureIndex(docs);
  versions.set(cat, version);
  goalVersions.set(cat, goalVersion);
  return cat;
}

function listVersion(list: readonly { id: string; _etag: string }[]): string {
  return list.map((x) => `${x.id}\u0002${x._etag}`).join('\u0001');
}

function caseRefs(cat: Catalogue): CaseRef[] {
  return [...cat.cases.values()].map((c) => {
    const ref: CaseRef = { id: c.id, orgId: c.orgId, title: c.title, aliases: c.aliases ?? [] };
    if (c.code) ref.code = c.code;
    return ref;
  });
}

function kpiDoc(k: Kpi, cat: Catalogue): SearchDoc {
  const c = k.caseId ? cat.cases.get(k.caseId) : undefined;
  const parent = c?.parentId ? cat.cases.get(c.parentId) : undefined;
  const doc: SearchDoc = {
    key: `kpi:${k.id}`,
    type: 'kpi',
    id: k.id,
    orgId: k.orgId,
    name: `${k.name.da} ${k.name.en}`,
    aliases: (k.aliases ?? []).join(' '),
    context: [c?.title, ...(c?.aliases ?? []), parent?.title].filter(Boolean).join(' '),
    description: k.description ? `${k.description.da} ${k.description.en}` : '',
  };
  if (k.caseId) doc.caseId = k.caseId;
  return doc;
}

function caseDoc(c: Case): SearchDoc {
  return {
    key: `case:${c.id}`,
    type: 'case',
    id: c.id,
    orgId: c.orgId,
    caseId: c.id,
    name: [c.title, c.code].filter(Boolean).join(' '),
    aliases: (c.aliases ?? []).join(' '),
    context: '',
    description: c.summary ? `${c.summary.da} ${c.summary.en}` : '',
  };
}

/** A case and every case below it. */
export function caseFamily(cat: Catalogue, caseId: string): Set<string> {
  const out = new Set([caseId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of cat.cases.values()) if (c.parentId && out.has(c.parentId) && !out.has(c.id)) (out.add(c.id), (grew = true));
  }
  return out;
}
