/**
 * Fuzzy lookup of measures (KPIs) and cases by what people call them, with MiniSearch and the
 * snowball stemmers. The index holds names, aliases, descriptions and case titles in both languages;
 * the library's score is combined with how much of the question it explains (word coverage), and the
 * caller applies the parsed constraints (organisation, case). Built in memory, no I/O.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { fold, stems, STOPWORDS, words } from './text.js';

export interface SearchDoc {
  /** "kpi:<id>" or "case:<id>". */
  key: string;
  type: 'kpi' | 'case';
  id: string;
  orgId: string;
  /** For a KPI: its case; for a case: itself. Used to keep a question about a case to its measures. */
  caseId?: string;
  name: string;
  aliases: string;
  context: string;
  description: string;
}

export interface SearchHit {
  type: 'kpi' | 'case';
  id: string;
  orgId: string;
  caseId?: string;
  /** MiniSearch's score times the share of the question's words that matched. */
  score: number;
  /** Share of the question's content words found in this document, 0..1. */
  coverage: number;
}

export interface SearchFilter {
  type?: 'kpi' | 'case';
  caseIds?: Set<string>;
}

function processTerm(term: string): string[] | null {
  const f = fold(term);
  if (STOPWORDS.has(f) || f.length < 2) return null;
  return stems(f);
}

export class MeasureIndex {
  private readonly mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['name', 'aliases', 'context', 'description'],
    storeFields: ['type', 'id', 'orgId', 'caseId'],
    tokenize: (text) => words(fold(text)),
    processTerm,
    searchOptions: {
      boost: { name: 3, aliases: 3, context: 1, description: 0.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
      weights: { fuzzy: 0.45, prefix: 0.6 },
    },
  });

  constructor(docs: SearchDoc[] = []) {
    this.mini.addAll(docs);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds or replaces one document: the cheap path when one KPI or case changes. */
  put(doc: SearchDoc): void {
    if (this.mini.has(doc.key)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(key: string): void {
    if (this.mini.has(key)) this.mini.discard(key);
  }

  search(text: string, filter: SearchFilter = {}, limit = 10): SearchHit[] {
    const queryWords = [...new Set(words(fold(text)).filter((w) => processTerm(w)))];
    if (queryWords.length === 0) return [];
    const results = this.mini.search(queryWords.join(' '), {
      filter: (r) => (!filter.type || r.type === filter.type) && (!filter.caseIds || filter.caseIds.has(r.caseId as string)),
    });
    return results
      .map((r) => toHit(r, queryWords))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

function toHit(r: SearchResult, queryWords: string[]): SearchHit {
  const matched = new Set(r.queryTerms);
  const covered = queryWords.filter((w) => stems(fold(w)).some((s) => matched.has(s))).length;
  const coverage = covered / queryWords.length;
  const hit: SearchHit = { type: r.type, id: r.id, orgId: r.orgId, score: r.score * coverage, coverage };
  if (r.caseId) hit.caseId = r.caseId;
  return hit;
}
