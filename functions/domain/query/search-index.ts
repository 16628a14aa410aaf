/**
 * Fuzzy lookup of measures (KPIs) and cases by what people call them, with MiniSearch and the
 * snowball stemmers. The index holds names, aliases, descriptions and case titles in both languages;
 * the library's score is combined with how much of the question it explains (word coverage), and the
 * caller applies the parsed constraints (organisation, case). Built in memory, no I/O.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
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

export function processTerm(term: string): string[] | null {
  const f = fold(term);
  if (STOPWORDS.has(f) || f.length < 2) return null;
  return stems(f);
}

/** At indexing time a Danish be- noun also answers to its verb: "besparelse" to "sparer", "betaling" to "taler". */
export function processIndexTerm(term: string): string[] | null {
  const base = processTerm(term);
  if (!base) return null;
  const f = fold(term);
  return f.startsWith('be') && f.length > 7 ? [...new Set([...base, ...stems(f.slice(2))])] : base;
}

/** How many searches' raw results are kept: enough for the few searches of one question. */
const RECENT_SEARCHES = 64;
/** How many query terms' library results are kept (a new question mostly asks words asked before). */
const REMEMBERED_TERMS = 1000;
/** How many searches' hits are kept (a few small objects each). */
const REMEMBERED_SEARCHES = 2000;

/**
 * Every term ever indexed (a superset after removals, which only means a removed word is not searched
 * fuzzily), and whether a query term is one of them or begins one.
 */
class Vocabulary {
  private readonly terms = new Set<string>();
  private sorted: string[] | undefined;

  note(terms: string[] | null): string[] | null {
    for (const t of terms ?? []) {
      if (!this.terms.has(t)) {
        this.terms.add(t);
        this.sorted = undefined;
      }
    }
    return terms;
  }

  knows(term: string): boolean {
    if (this.terms.has(term)) return true;
    this.sorted ??= [...this.terms].sort();
    // The first term not before `term` is the only one that can start with it.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(term);
  }
}

interface IndexedDoc extends SearchDoc {
  /** The text signature shared by every member. */
  sig: string;
}

/** One document's score for a query: MiniSearch's raw result before it is turned into a SearchResult. */
interface RawMatch {
  score: number;
  /** The query terms it matched. */
  terms: string[];
  /** Document term → the fields it was found in. */
  match: Record<string, string[]>;
}

/** A library result with only what the hits need (MiniSearch's SearchResult, its `terms` read from `match` when needed). */
interface Scored {
  id: string;
  score: number;
  queryTerms: string[];
  match: Record<string, string[]>;
}

interface QuerySpec {
  term: string;
  fuzzy: number | false;
  prefix: boolean;
  termBoost: number;
}

/**
 * What MiniSearch 7 does inside `search` for one query term, and its own ids. Used so each term's results
 * are worked out once and combined exactly as `search` combines them (test/domain/query/search-index.test.ts
 * holds the two equal, so a library upgrade that changes them fails there).
 */
interface MiniSearchInside {
  executeQuerySpec(spec: QuerySpec, options: SearchOptions): Map<number, RawMatch>;
  _documentIds: Map<number, string>;
}

const PREFIX_FROM = 4;
const FUZZY_FROM = 5;

/**
 * Documents with the same text (the same measure name in ten municipalities) are indexed once and
 * expanded to all their members on the way out, so search time follows the number of distinct names,
 * not the number of KPIs.
 */
export class MeasureIndex {
  private readonly members = new Map<string, SearchDoc[]>();
  private readonly sigOf = new Map<string, string>();
  private readonly vocabulary = new Vocabulary();
  /** Every word of the indexed texts as written (folded, unstemmed): what a question's spelling is mended towards. */
  private readonly written = new Set<string>();
  private changes = 0;
  /** Raw library results of recent searches: one question searches the same words several times. */
  private readonly recent = new Map<string, Scored[]>();
  /** Each query term's library results (by term and whether fuzzy), for as long as the index is unchanged. */
  private readonly termResults = new Map<string, Map<number, RawMatch>>();
  /** Hits of recent searches, by their arguments. */
  private readonly answered = new Map<string, SearchHit[]>();
  private readonly mini = new MiniSearch<IndexedDoc>({
    idField: 'sig',
    fields: ['name', 'aliases', 'context', 'description'],
    storeFields: ['sig'],
    tokenize: (text) => words(fold(text)),
    processTerm: (term) => this.vocabulary.note(processIndexTerm(term)),
    searchOptions: {
      processTerm,
      boost: { name: 3, aliases: 3, context: 1, description: 0.5 },
      prefix: (term) => term.length >= PREFIX_FROM,
      fuzzy: (term) => this.fuzziness(term),
      combineWith: 'OR',
      weights: { fuzzy: 0.45, prefix: 0.6 },
    },
  });

  constructor(docs: SearchDoc[] = []) {
    for (const doc of docs) this.put(doc);
  }

  /** Number of documents (KPIs and cases), whether or not they share their text. */
  get size(): number {
    return this.sigOf.size;
  }

  /** Adds or replaces one document: the cheap path when one KPI or case changes. */
  put(doc: SearchDoc): void {
    this.remove(doc.key);
    this.forget();
    const sig = [doc.type, doc.caseId ?? '', doc.name, doc.aliases, doc.context, doc.description].join('\u0001');
    for (const w of words(fold(`${doc.name} ${doc.aliases} ${doc.context} ${doc.description}`))) this.written.add(w);
    const group = this.members.get(sig);
    if (group) group.push(doc);
    else {
      this.members.set(sig, [doc]);
      this.mini.add({ ...doc, sig });
    }
    this.sigOf.set(doc.key, sig);
  }

  /** The words of every text indexed (a superset after removals), and a number that changes with them. */
  get writtenWords(): { words: ReadonlySet<string>; revision: number } {
    return { words: this.written, revision: this.changes };
  }

  private forget(): void {
    this.changes++;
    this.recent.clear();
    this.answered.clear();
    this.termResults.clear();
  }

  /**
   * Fuzzy lookup walks the whole term tree and is the costliest part of a search: only for a word the index
   * holds neither as a term nor as the start of one (a typo, not a compound's first half).
   */
  private fuzziness(term: string): number | false {
    return term.length >= FUZZY_FROM && !this.vocabulary.knows(term) ? 0.2 : false;
  }

  /**
   * The library's results for a text, unfiltered (filters are applied by the caller, per search), best first:
   * what `mini.search(text, fuzzy ? {} : { fuzzy: false })` returns, in the same order with the same scores,
   * but with each term's results kept from earlier questions and only combined here.
   */
  private raw(text: string, fuzzy: boolean): Scored[] {
    const key = `${fuzzy ? 'f' : 'x'}\u0001${text}`;
    let results = this.recent.get(key);
    if (!results) {
      const terms = words(fold(text)).flatMap((w) => processTerm(w) ?? []);
      // With no term to look up fuzzily the fuzzy search is the exact one (the same query, term by term).
      results = fuzzy && !terms.some((t) => this.fuzziness(t)) ? this.raw(text, false) : this.combined(terms, fuzzy);
      if (this.recent.size >= RECENT_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(key, results);
    }
    return results;
  }

  /** MiniSearch's OR of the terms' results (scores added in term order), scored and sorted as its `search` does. */
  private combined(terms: string[], fuzzy: boolean): Scored[] {
    const inside = this.mini as unknown as MiniSearchInside;
    const all = new Map<number, RawMatch>();
    // A document one term found is the kept result itself; copied only when a second term adds to it.
    const own = new Set<RawMatch>();
    for (const term of terms) {
      for (const [docId, m] of this.resultsOf(term, fuzzy)) {
        let seen = all.get(docId);
        if (!seen) {
          all.set(docId, m);
          continue;
        }
        if (!own.has(seen)) {
          seen = { score: seen.score, terms: [...seen.terms], match: { ...seen.match } };
          own.add(seen);
          all.set(docId, seen);
        }
        seen.score = seen.score + m.score;
        Object.assign(seen.match, m.match);
        for (const t of m.terms) if (!seen.terms.includes(t)) seen.terms.push(t);
      }
    }
    const out: Scored[] = [];
    for (const [docId, m] of all) out.push({ id: inside._documentIds.get(docId)!, score: m.score * (m.terms.length || 1), queryTerms: m.terms, match: m.match });
    // Stable, as the library's: equal scores keep the order the terms found them in.
    return out.sort((a, b) => b.score - a.score);
  }

  /** One query term's results, as MiniSearch works them out; shared between searches and their results, so never changed. */
  private resultsOf(term: string, fuzzy: boolean): Map<number, RawMatch> {
    const spec: QuerySpec = { term, fuzzy: fuzzy ? this.fuzziness(term) : false, prefix: term.length >= PREFIX_FROM, termBoost: 1 };
    const key = `${spec.fuzzy}\u0001${term}`;
    let results = this.termResults.get(key);
    if (results) this.termResults.delete(key);
    else results = (this.mini as unknown as MiniSearchInside).executeQuerySpec(spec, {});
    if (this.termResults.size >= REMEMBERED_TERMS) this.termResults.delete(this.termResults.keys().next().value!);
    this.termResults.set(key, results);
    return results;
  }

  remove(key: string): void {
    const sig = this.sigOf.get(key);
    if (sig === undefined) return;
    this.forget();
    this.sigOf.delete(key);
    const group = (this.members.get(sig) ?? []).filter((d) => d.key !== key);
    if (group.length) this.members.set(sig, group);
    else {
      this.members.delete(sig);
      this.mini.discard(sig);
    }
  }

  /**
   * `optional` words help ranking but count against coverage only when a document matches them; `extra`
   * words (units, words of comparison) help ranking and never count: matching "koster" explains nothing.
   * The hits depend only on the index and the arguments, so recent answers are kept (until the index
   * changes): a question asked again skips the library entirely.
   */
  search(text: string, filter: SearchFilter = {}, limit = 10, optional: string[] = [], extra: string[] = []): SearchHit[] {
    const key = [text, filter.type ?? '', filter.caseIds ? [...filter.caseIds].sort().join(',') : '*', limit, optional.join(' '), extra.join(' ')].join('\u0001');
    let hits = this.answered.get(key);
    if (hits) {
      // Most recently used last, so the oldest is the one dropped.
      this.answered.delete(key);
    } else {
      hits = this.searchUncached(text, filter, limit, optional, extra);
      if (this.answered.size >= REMEMBERED_SEARCHES) this.answered.delete(this.answered.keys().next().value!);
    }
    this.answered.set(key, hits);
    return hits.map((h) => ({ ...h }));
  }

  private searchUncached(text: string, filter: SearchFilter, limit: number, optional: string[], extra: string[]): SearchHit[] {
    const queryWords = [...new Set(words(fold(text)).filter((w) => processTerm(w)))];
    if (queryWords.length === 0) return [];
    const maybe = new Set(optional.map(fold));
    const ignored = new Set(extra.map(fold));
    const keep = (d: SearchDoc) => (!filter.type || d.type === filter.type) && (!filter.caseIds || filter.caseIds.has(d.caseId as string));
    const stemmed = queryWords.map((w) => ({ word: w, stems: stems(fold(w)), optional: maybe.has(fold(w)), extra: ignored.has(fold(w)) }));
    // The library's best results that pass the filter, weighed by coverage (the rest are never looked at).
    const weighed = Math.max(limit * 3, 30);
    const run = (fuzzy: boolean) => {
      const best: { id: string; score: number; coverage: number }[] = [];
      for (const r of this.raw(queryWords.join(' '), fuzzy)) {
        if (best.length === weighed) break;
        if (this.members.get(r.id)?.some(keep)) best.push(toHit(r, stemmed));
      }
      return best.sort((a, b) => b.score - a.score);
    };
    // Fuzzy matching is the costly part: it is only needed when the words as written leave some unexplained.
    let ranked = run(false);
    if (!ranked[0] || ranked[0].coverage < 1) ranked = run(true);
    // `limit` counts distinct texts; every member of those is returned, for the caller to weigh by organisation.
    // (Coverage is worked out for the library's best few only: results come back best first.)
    const groups = ranked.slice(0, limit);
    const hits: SearchHit[] = [];
    for (const g of groups) {
      for (const d of this.members.get(g.id) ?? []) {
        if (!keep(d)) continue;
        const hit: SearchHit = { type: d.type, id: d.id, orgId: d.orgId, score: g.score, coverage: g.coverage };
        if (d.caseId) hit.caseId = d.caseId;
        hits.push(hit);
      }
    }
    return hits;
  }
}

/**
 * How much of the question a document explains: a word whose stem the document holds counts fully, one
 * that only begins a document term (a Danish compound, "kontanthjælp…smodtagere") three quarters, and
 * a fuzzy match half — so a stray near-miss cannot make a nonsense question look answered.
 */
function toHit(r: Scored, queryWords: { word: string; stems: string[]; optional: boolean; extra: boolean }[]): { id: string; score: number; coverage: number } {
  const docTerms = Object.keys(r.match);
  let covered = 0;
  let counted = 0;
  for (const { stems: ss, optional, extra } of queryWords) {
    let score = 0;
    if (ss.some((s) => docTerms.includes(s))) score = 1;
    else if (ss.some((s) => docTerms.some((t) => t.startsWith(s)))) score = 0.75;
    // one slip (a letter wrong, missing, extra or swapped) is a typo of that word; more is often another word
    else if (ss.some((s) => r.queryTerms.includes(s))) score = ss.some((s) => docTerms.some((t) => withinOneEdit(s, t))) ? 0.75 : 0.4;
    if (extra) continue;
    if (optional && score === 0) continue;
    covered += score;
    counted++;
  }
  const coverage = counted ? covered / counted : 0;
  return { id: r.id, score: r.score * coverage, coverage };
}

/**
 * Whether two words are at most one slip apart: a letter wrong, missing, extra, or two neighbours swapped
 * (an optimal string alignment distance of 0 or 1). Asked of every term of many candidate documents, so
 * worked out without building the distance table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Lengths differ: the rest of the longer word after its extra letter is the rest of the shorter.
  if (short.length !== long.length) return sameRest(short, i, long, i + 1);
  // Same length: one letter wrong, or this letter and the next swapped.
  if (sameRest(short, i + 1, long, i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && sameRest(short, i + 2, long, i + 2);
}

/** Whether `x` from `i` on is `y` from `j` on. */
function sameRest(x: string, i: number, y: string, j: number): boolean {
  if (x.length - i !== y.length - j) return false;
  while (i < x.length) if (x[i++] !== y[j++]) return false;
  return true;
}
