/**
 * The search behind "which case is about …" (case-find.ts): every case's title, code, aliases, summary, its
 * parents' names, its measures' and goals' names and, for a proposal, its own texts, indexed once per catalogue
 * content (its case list), and scored word by word against the words of a question.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Case, Proposal } from '../domain/model.js';
import type { CaseRef } from '../domain/query/index.js';
import { processIndexTerm, processTerm, withinOneEdit } from '../domain/query/search-index.js';
import { fold, words } from '../domain/query/text.js';
import type { Catalogue } from './catalogue.js';
import { caseFacetWords } from './readings.js';

/** A loose word held by more than this share of the cases is no word at all. */
const LOOSE_LIMIT = 0.05;

interface CaseDoc {
  id: string;
  /** Title, code, aliases and owning unit: how the case is named. */
  name: string;
  summary: string;
  /** The names of the cases it is part of: "KIK-delprojektet" and "delprojektet i business casen" name the parent. */
  context: string;
  /** The names of its measures and goals. */
  measures: string;
  /** A proposal's own texts: background, what it will do, its success criterion. */
  text: string;
  /** What its form ticks, in words: its effort types and approach ("forebyggende", "tilgang prioritering"). */
  facets: string;
}

/** A case the words touch: its score, the share of the words it explains, and what each word added to the score. */
export interface Hit {
  id: string;
  score: number;
  coverage: number;
  parts: number[];
}

class CaseIndex {
  private readonly mini = new MiniSearch<CaseDoc>({
    fields: ['name', 'summary', 'context', 'measures', 'text', 'facets'],
    tokenize: (text) => words(fold(text)),
    processTerm: (term) => withPlain(processIndexTerm(term)),
    searchOptions: {
      processTerm: (term) => withPlain(processTerm(term)),
      boost: { name: 3, summary: 2, context: 1, measures: 1, text: 0.6, facets: 2 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
      weights: { fuzzy: 0.45, prefix: 0.6 },
    },
  });

  constructor(cat: Catalogue) {
    const measures = new Map<string, string[]>();
    const note = (caseId: string | undefined, text: string) => caseId && measures.set(caseId, [...(measures.get(caseId) ?? []), text]);
    for (const k of cat.kpis.values()) note(k.caseId, `${k.name.da} ${k.name.en}`);
    for (const goals of cat.goalsByKpi.values()) for (const g of goals) note(g.caseId ?? cat.kpis.get(g.kpiId)?.caseId, `${g.title.da} ${g.title.en}`);
    this.mini.addAll(
      [...cat.cases.values()].map((c) => ({
        id: c.id,
        name: nameOf(c),
        summary: c.summary ? `${c.summary.da} ${c.summary.en}` : '',
        context: ancestors(cat, c).map(nameOf).join(' '),
        measures: (measures.get(c.id) ?? []).join(' '),
        text: proposalText(c.proposalId ? cat.proposals.get(c.proposalId) : undefined),
        facets: facetText(c),
      })),
    );
  }

  /**
   * Every case the words touch, scored by which words it holds and where: each word counts by how rare it is
   * among the cases (a word every proposal holds tells none apart), by how well it matched, and by the
   * field it was found in. How often a long text repeats a word does not count: "efterværn" in three
   * proposals' titles is three equal answers, whichever text says it most.
   */
  search(about: string[], optional: Set<string> = new Set()): Hit[] {
    const unique = [...new Set(about)].map((w) => ({ w, stems: withPlain(processTerm(w)) })).filter((x): x is { w: string; stems: string[] } => !!x.stems?.length);
    const asked = unique.map((x) => x.stems);
    if (!asked.length) return [];
    const results = this.mini.search(about.join(' '));
    const matches = results.map((r) => asked.map((stems) => matchOf(r, stems)));
    // A loose word (one the reading took for a word of comparison or a unit: "flere", "more", "udviklingsprojekt")
    // counts only where it is found, and not at all when many cases hold it: then it tells none apart.
    const holding = asked.map((_, i) => matches.filter((m) => m[i]!.quality > 0).length);
    const loose = unique.map((x, i) => optional.has(x.w) && (LOOSE_LIMIT * this.mini.documentCount < holding[i]! ? 'drop' : 'loose'));
    for (const m of matches) m.forEach((_, i) => loose[i] === 'drop' && (m[i] = { quality: 0, weight: 0 }));
    const idf = asked.map((_, i) => Math.log(1 + this.mini.documentCount / Math.max(1, matches.filter((m) => m[i]!.quality > 0).length)));
    return results.map((r, k) => {
      const m = matches[k]!;
      const parts = m.map((x, i) => x.quality * x.weight * idf[i]!);
      const counted = m.filter((x, i) => !loose[i] || (loose[i] === 'loose' && x.quality > 0));
      const coverage = counted.length ? counted.reduce((sum, x) => sum + x.quality, 0) / counted.length : 0;
      return { id: r.id as string, score: parts.reduce((a, b) => a + b, 0), coverage, parts };
    });
  }
}

/**
 * Each stem also as written on a keyboard without Danish letters, where "mødre" is "modre" and "ældre" "aldre"
 * (the fold makes them "moedre", "aeldre"): both sides are indexed and searched under the plain form too.
 */
function withPlain(stems: string[] | null): string[] | null {
  if (!stems) return stems;
  return [...new Set([...stems, ...stems.map((s) => s.replace(/oe|ae|aa/g, (m) => m[0]!))])];
}

/** Where a word counts most: in the case's name, least in a proposal's long texts. */
const FIELD_WEIGHT: Record<string, number> = { name: 1, summary: 0.6, context: 0.1, measures: 0.4, text: 0.3, facets: 0.6 };

/** How well a case holds one asked word (its stem 1, the start of a longer word ¾, a near miss ½) and in which field. */
function matchOf(r: SearchResult, stems: string[]): { quality: number; weight: number } {
  let best = { quality: 0, weight: 0 };
  for (const [term, fields] of Object.entries(r.match)) {
    const quality = stems.includes(term) ? 1 : stems.some((s) => term.startsWith(s)) ? 0.75 : stems.some((s) => s.length >= 5 && withinOneEdit(s, term)) ? 0.5 : 0;
    if (!quality) continue;
    const weight = Math.max(...fields.map((f) => FIELD_WEIGHT[f] ?? 0));
    if (quality * weight > best.quality * best.weight) best = { quality, weight };
  }
  return best;
}

export function nameOf(c: Case): string {
  return [c.title, c.code, c.ownerUnit, ...(c.aliases ?? [])].filter(Boolean).join(' ');
}

function ancestors(cat: Catalogue, c: Case): Case[] {
  const out: Case[] = [];
  for (let p = c.parentId ? cat.cases.get(c.parentId) : undefined; p && out.length < 10; p = p.parentId ? cat.cases.get(p.parentId) : undefined) out.push(p);
  return out;
}

/** A case's effort types and approach in the words that name them, each with the words naming its field. */
function facetText(c: Case): string {
  const named = caseFacetWords();
  const say = (field: 'effortTypes' | 'approach', values: string[]) => (values.length ? [...(named[field] ?? []), ...values.flatMap((v) => named[v] ?? [v])] : []);
  return [...say('effortTypes', c.effortTypes ?? []), ...say('approach', c.approach ? [c.approach] : [])].join(' ');
}

function proposalText(p: Proposal | undefined): string {
  return p ? [p.background, p.plannedAction, p.successCriterion, p.description, p.expectedEffect, p.targetGroup].filter(Boolean).join(' ') : '';
}

/** Keyed by the catalogue's case list: a rebuild that finds the cases unchanged keeps the list, and with it the index. */
const indexes = new WeakMap<CaseRef[], CaseIndex>();

export function indexOf(cat: Catalogue): CaseIndex {
  let index = indexes.get(cat.caseRefs);
  if (!index) indexes.set(cat.caseRefs, (index = new CaseIndex(cat)));
  return index;
}

