/**
 * Looking up what a row names: its organisation (id, name or alias), its KPI (id, Danish or English name,
 * or alias) and its kind. An unknown KPI gets suggestions from the figure-query search index, so the
 * importer and the chat agree on what a measure is called.
 */
import type { FigureKind, Kpi, Organisation } from '../domain/model.js';
import { fold } from '../domain/query/text.js';
import { getCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';

export interface References {
  orgs: Map<string, Organisation>;
  kpis: Map<string, Kpi>;
  orgByName: Map<string, Organisation>;
  kpisByName: Map<string, Kpi[]>;
  suggest(text: string): Promise<string[]>;
}

export async function loadReferences(store: Store): Promise<References> {
  const [orgs, kpis] = await Promise.all([store.organisations.findAll(), store.kpis.findAll()]);
  const orgByName = new Map<string, Organisation>();
  for (const o of orgs) for (const name of [o.id, o.name, ...(o.aliases ?? [])]) orgByName.set(key(name), o);
  const kpisByName = new Map<string, Kpi[]>();
  for (const k of kpis) {
    for (const name of new Set([k.name.da, k.name.en, ...(k.aliases ?? [])].map(key))) {
      kpisByName.set(name, [...(kpisByName.get(name) ?? []), k]);
    }
  }
  return {
    orgs: new Map(orgs.map((o) => [o.id, o])),
    kpis: new Map(kpis.map((k) => [k.id, k])),
    orgByName,
    kpisByName,
    async suggest(text) {
      const cat = await getCatalogue(store);
      return cat.index
        .search(text, { type: 'kpi' }, 3)
        .map((hit) => cat.kpis.get(hit.id))
        .filter((k): k is Kpi => !!k)
        .map((k) => `${k.id} (${k.name.da})`);
    },
  };
}

function key(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

export function findOrg(refs: References, text: string): Organisation | undefined {
  return refs.orgs.get(text.toLowerCase()) ?? refs.orgByName.get(key(text));
}

export type KpiLookup = { kpi: Kpi } | { ambiguous: Kpi[] } | { unknown: true };

/** By id first; by name only among the organisation's own KPIs when the row names a municipality. */
export function findKpi(refs: References, text: string, org: Organisation | undefined): KpiLookup {
  const byId = refs.kpis.get(text.toLowerCase());
  if (byId) return { kpi: byId };
  let named = refs.kpisByName.get(key(text)) ?? [];
  if (org?.kind === 'municipality') named = named.filter((k) => k.orgId === org.id);
  if (named.length === 1) return { kpi: named[0]! };
  if (named.length > 1) return { ambiguous: named };
  return { unknown: true };
}

const KINDS: [FigureKind, string[]][] = [
  ['actual', ['actual', 'faktisk', 'realiseret', 'regnskab', 'status', 'opgjort']],
  ['budget', ['budget', 'budgetteret']],
  ['target', ['target', 'mål', 'maal', 'målsætning', 'maalsaetning', 'goal']],
  ['expected', ['expected', 'forventet', 'forventning', 'prognose', 'forecast']],
  ['counterfactual', ['counterfactual', 'kontrafaktisk', 'uden indsats']],
  ['potential', ['potential', 'potentiale']],
  ['difference', ['difference', 'forskel', 'afvigelse']],
];
const KIND_BY_WORD = new Map<string, FigureKind>();
for (const [kind, words] of KINDS) for (const w of words) KIND_BY_WORD.set(w, kind);

export function findKind(text: string): FigureKind | undefined {
  return KIND_BY_WORD.get(text.trim().toLowerCase());
}
