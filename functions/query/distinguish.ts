/**
 * Words that tell candidates apart. A question word every candidate names decides nothing; one that some
 * name and others do not is what the question chose by ("opkvalificering", not "sparet integrationsydelse";
 * "serviceudgifter", not the committee's total). When one candidate names every such word any other names,
 * and more, it is the one meant, and asking "Mente du …" would be needless.
 */
import type { Kpi } from '../domain/model.js';
import { fold, stems, words } from '../domain/query/index.js';
import { catalogueRevision, type Catalogue } from './catalogue.js';

/** What a candidate needs for this: its measure, the question's words it names and its name's words beyond them. */
export interface Contender {
  kpi: Kpi;
  fitsKind: boolean;
  fitsPeriod: boolean;
  /** The question's measure words its name, aliases or case name. */
  says?: string[];
  /** Stems of its Danish name that no question word names. */
  beyond?: string[];
}

const termsByKpi = new WeakMap<Catalogue, Map<string, { all: string[]; own: string[] }>>();

/** The stems of a measure's name and aliases (own), and of those plus its case's title and aliases (all). */
export function termsOf(cat: Catalogue, kpi: Kpi): { all: string[]; own: string[] } {
  let byId = termsByKpi.get(cat);
  if (!byId) termsByKpi.set(cat, (byId = new Map()));
  let t = byId.get(kpi.id);
  if (!t) {
    const c = kpi.caseId ? cat.cases.get(kpi.caseId) : undefined;
    const parent = c?.parentId ? cat.cases.get(c.parentId) : undefined;
    const stemsOf = (text: string) => [...new Set(words(fold(text)).flatMap(stems))];
    const own = stemsOf([kpi.name.da, kpi.name.en, ...(kpi.aliases ?? [])].join(' '));
    t = { own, all: [...new Set([...own, ...stemsOf([c?.title ?? '', ...(c?.aliases ?? []), parent?.title ?? ''].join(' '))])] };
    byId.set(kpi.id, t);
  }
  return t;
}

/** Whether a word is named by terms: the same stem, or a term it begins (a Danish compound's first part). */
export function explains(terms: string[], word: string): boolean {
  return stemsOfWord(word).some((s) => terms.includes(s) || (s.length >= 4 && terms.some((t) => t.startsWith(s))));
}

/** A word's folded stems: isTelling asks them of every measure name in turn, so they are worked out once (read-only). */
const wordStems = new Map<string, string[]>();
function stemsOfWord(word: string): string[] {
  let s = wordStems.get(word);
  if (!s) {
    if (wordStems.size >= 10_000) wordStems.clear();
    wordStems.set(word, (s = stems(fold(word))));
  }
  return s;
}

/** A word named by more than this share of the catalogue's measure names ("job", "unge") tells none apart. */
const TELLING_SHARE = 0.05;
const telling = new WeakMap<Catalogue, Map<string, boolean>>();

/** Whether a word is rare enough among measure names to tell measures apart (a binary inverse document frequency). */
export function isTelling(cat: Catalogue, word: string): boolean {
  let byWord = telling.get(cat);
  if (!byWord) telling.set(cat, (byWord = new Map()));
  let t = byWord.get(word);
  if (t === undefined) {
    // The names explains() would find the word in: those holding one of its stems, or a term one of 4+ letters begins.
    const { sorted, byTerm, names } = nameTerms(cat);
    const found = new Set<number>();
    for (const s of stemsOfWord(word)) {
      for (const n of byTerm.get(s) ?? []) found.add(n);
      if (s.length < 4) continue;
      for (let i = firstNotBefore(sorted, s); i < sorted.length && sorted[i]!.startsWith(s); i++) for (const n of byTerm.get(sorted[i]!)!) found.add(n);
    }
    const count = found.size;
    t = count > 0 && count <= Math.max(3, TELLING_SHARE * names);
    byWord.set(word, t);
  }
  return t;
}

/**
 * Each distinct measure name's own terms (termsOf of the last KPI with that Danish name), inverted: term → the
 * names holding it, and the terms sorted, so a word is looked up rather than tried on every name. Per catalogue
 * and revision (a KPI patched in changes it).
 */
interface NameTerms {
  sorted: string[];
  byTerm: Map<string, number[]>;
  names: number;
}
const nameTermsByCat = new WeakMap<Catalogue, { revision: number; terms: NameTerms }>();

function nameTerms(cat: Catalogue): NameTerms {
  const kept = nameTermsByCat.get(cat);
  if (kept && kept.revision === catalogueRevision(cat)) return kept.terms;
  const last = new Map<string, Kpi>();
  for (const k of cat.kpis.values()) last.set(k.name.da, k);
  const byTerm = new Map<string, number[]>();
  let n = 0;
  for (const k of last.values()) {
    for (const term of new Set(termsOf(cat, k).own)) {
      const list = byTerm.get(term);
      if (list) list.push(n);
      else byTerm.set(term, [n]);
    }
    n++;
  }
  const terms = { sorted: [...byTerm.keys()].sort(), byTerm, names: last.size };
  nameTermsByCat.set(cat, { revision: catalogueRevision(cat), terms });
  return terms;
}

/** Where `s` would go in a sorted list: every term that begins with it follows from there. */
function firstNotBefore(sorted: string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The question's telling words a measure names (its name, aliases or case name). */
export function wordsSaid(cat: Catalogue, kpi: Kpi, asked: string[]): string[] {
  const terms = termsOf(cat, kpi).all;
  return asked.filter((w) => isTelling(cat, w) && explains(terms, w));
}

/** The question's telling words a measure does not name (nor its case's name): what it is not about. */
export function wordsUnsaid(cat: Catalogue, kpi: Kpi, asked: string[]): string[] {
  const terms = termsOf(cat, kpi).all;
  return asked.filter((w) => isTelling(cat, w) && !explains(terms, w));
}

/** Stems of a measure's Danish name that no question word names: what it is about beyond the question. */
export function wordsBeyond(kpi: Kpi, asked: string[]): string[] {
  return nameStems(kpi.name.da).filter((t) => !asked.some((w) => stemsOfWord(w).some((s) => t === s || (s.length >= 4 && t.startsWith(s)))));
}

/** The stems of a Danish measure name's words of three letters or more, worked out once per name (read-only). */
const stemsOfName = new Map<string, string[]>();
function nameStems(name: string): string[] {
  let s = stemsOfName.get(name);
  if (!s) {
    if (stemsOfName.size >= 10_000) stemsOfName.clear();
    stemsOfName.set(name, (s = [...new Set(words(fold(name)).filter((w) => w.length > 2).flatMap(stems))]));
  }
  return s;
}

const strictlyInside = <T>(a: Set<T>, b: Set<T>) => a.size < b.size && [...a].every((x) => b.has(x));
const same = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The one contender among `options` that names every distinguishing word any other in `pool` names, and
 * more; or, naming the same words as another, is about nothing the question leaves out that the other is
 * not about (the whole, "Budget: Serviceudgifter", over its unnamed part, "… Øvrige sociale udgifter").
 * Measures of one name (the same table quoted twice, or one measure in several organisations) are one.
 */
export function distinguished<C extends Contender>(options: C[], pool: C[]): C | undefined {
  const all = [...new Set([...options, ...pool])];
  const said = (c: C) => new Set(c.says ?? []);
  const winners = options.filter((w) => {
    const mine = said(w);
    if (!mine.size || !w.fitsKind || !w.fitsPeriod) return false;
    return all.every((o) => {
      if (o === w || o.kpi.name.da === w.kpi.name.da) return true;
      const theirs = said(o);
      if (strictlyInside(theirs, mine)) return true;
      return same(theirs, mine) && strictlyInside(new Set(w.beyond ?? []), new Set(o.beyond ?? []));
    });
  });
  return winners.length === 1 ? winners[0] : undefined;
}

/** A measure named as a total: a committee table's "Finansiering i alt", a "samlet" count. */
const TOTAL_NAME = /\bi alt\b|\btotal\b|\bsamlet?\b|\bsamlede\b/;
export const isTotal = (kpi: Kpi) => TOTAL_NAME.test(fold(`${kpi.name.da} ${kpi.name.en}`));

/**
 * A question asking for a total ("i alt", "samlet", "in total") between readings some of which are named as
 * totals: a total that names every telling word the others name is meant, not one of the parts beside it
 * (KIK II's "Finansiering i alt", not "Øvrig finansiering"); among several such totals, the distinguished one.
 */
export function totalMeant<C extends Contender>(options: C[]): C | undefined {
  const totals = options.filter((c) => isTotal(c.kpi) && c.fitsKind && c.fitsPeriod);
  if (!totals.length || totals.length === options.length) return undefined;
  const covers = (w: C) => options.every((o) => (o.says ?? []).every((x) => (w.says ?? []).includes(x)));
  const meant = totals.filter(covers);
  return meant.length === 1 ? meant[0] : distinguished(meant, meant);
}
