/**
 * "Which case is about …": finds the case (proposal, project, sub-project, initiative, track) that a
 * question describes (domain/query/case-question.ts reads the form) by scoring every case's title, code,
 * aliases, summary, its measures' and goals' names and, for a proposal, its own texts against the words
 * of the question. Decides from named margins: answer the case, ask between cases that fit about
 * equally, or say none fits with the nearest offered — never a figure. The index is built once per
 * catalogue content (its case list), not per question.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Case, Proposal } from '../domain/model.js';
import { readCaseQuestion, type CaseQuestion } from '../domain/query/case-question.js';
import type { CaseRef, Frame } from '../domain/query/index.js';
import { editDistance, processIndexTerm, processTerm } from '../domain/query/search-index.js';
import { fold, words } from '../domain/query/text.js';
import type { Ctx } from './answer-kit.js';
import { caseAnswer } from './case-answer.js';
import { rankCases } from './case-rank.js';
import { caseName, FITS } from './case-nouns.js';
import { noCase, severalFit } from './case-wording.js';
import type { Catalogue } from './catalogue.js';
import type { Answer } from './types.js';

/** The best case must explain at least this share of the question's describing words (a prefix counts ¾, a typo ½). */
const CASE_MIN_COVERAGE = 0.6;
/** A runner-up scoring at least this share of the best is a second answer: the user is asked which. */
const CASE_CLEAR_LEAD = 0.75;
/** At most this many cases are offered when asking or suggesting. */
const MAX_OFFERED = 3;

type CaseFinding = { kind: 'case'; id: string } | { kind: 'ask'; ids: string[] } | { kind: 'none'; suggestions: string[] };

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
}

class CaseIndex {
  private readonly mini = new MiniSearch<CaseDoc>({
    fields: ['name', 'summary', 'context', 'measures', 'text'],
    tokenize: (text) => words(fold(text)),
    processTerm: (term) => withPlain(processIndexTerm(term)),
    searchOptions: {
      processTerm: (term) => withPlain(processTerm(term)),
      boost: { name: 3, summary: 2, context: 1, measures: 1, text: 0.6 },
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
      })),
    );
  }

  /**
   * Every case the words touch, scored by which words it holds and where: each word counts by how rare it is
   * among the cases (a word every proposal holds tells none apart), by how well it matched, and by the
   * field it was found in. How often a long text repeats a word does not count: "efterværn" in three
   * proposals' titles is three equal answers, whichever text says it most.
   */
  search(about: string[]): { id: string; score: number; coverage: number }[] {
    const asked = [...new Set(about)].map((w) => withPlain(processTerm(w))).filter((s): s is string[] => !!s?.length);
    if (!asked.length) return [];
    const results = this.mini.search(about.join(' '));
    const matches = results.map((r) => asked.map((stems) => matchOf(r, stems)));
    const idf = asked.map((_, i) => Math.log(1 + this.mini.documentCount / Math.max(1, matches.filter((m) => m[i]!.quality > 0).length)));
    return results.map((r, k) => {
      const m = matches[k]!;
      const score = m.reduce((sum, x, i) => sum + x.quality * x.weight * idf[i]!, 0);
      const coverage = m.reduce((sum, x) => sum + x.quality, 0) / asked.length;
      return { id: r.id as string, score, coverage };
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
const FIELD_WEIGHT: Record<string, number> = { name: 1, summary: 0.6, context: 0.1, measures: 0.4, text: 0.3 };

/** How well a case holds one asked word (its stem 1, the start of a longer word ¾, a near miss ½) and in which field. */
function matchOf(r: SearchResult, stems: string[]): { quality: number; weight: number } {
  let best = { quality: 0, weight: 0 };
  for (const [term, fields] of Object.entries(r.match)) {
    const quality = stems.includes(term) ? 1 : stems.some((s) => term.startsWith(s)) ? 0.75 : stems.some((s) => s.length >= 5 && editDistance(s, term) <= 1) ? 0.5 : 0;
    if (!quality) continue;
    const weight = Math.max(...fields.map((f) => FIELD_WEIGHT[f] ?? 0));
    if (quality * weight > best.quality * best.weight) best = { quality, weight };
  }
  return best;
}

function nameOf(c: Case): string {
  return [c.title, c.code, c.ownerUnit, ...(c.aliases ?? [])].filter(Boolean).join(' ');
}

function ancestors(cat: Catalogue, c: Case): Case[] {
  const out: Case[] = [];
  for (let p = c.parentId ? cat.cases.get(c.parentId) : undefined; p && out.length < 10; p = p.parentId ? cat.cases.get(p.parentId) : undefined) out.push(p);
  return out;
}

function proposalText(p: Proposal | undefined): string {
  return p ? [p.background, p.plannedAction, p.successCriterion, p.description, p.expectedEffect, p.targetGroup].filter(Boolean).join(' ') : '';
}

/** Keyed by the catalogue's case list: a rebuild that finds the cases unchanged keeps the list, and with it the index. */
const indexes = new WeakMap<CaseRef[], CaseIndex>();

function indexOf(cat: Catalogue): CaseIndex {
  let index = indexes.get(cat.caseRefs);
  if (!index) indexes.set(cat.caseRefs, (index = new CaseIndex(cat)));
  return index;
}

/** The case a hit stands for: itself or the nearest case above it that the noun can name ('parent': strictly above). */
function answering(cat: Catalogue, id: string, q: CaseQuestion, fits: (c: Case) => boolean): string | undefined {
  let c = cat.cases.get(id);
  if (q.form === 'parent') c = c?.parentId ? cat.cases.get(c.parentId) : undefined;
  for (let depth = 0; c && depth < 10; depth++) {
    if (fits(c)) return c.id;
    c = c.parentId ? cat.cases.get(c.parentId) : undefined;
  }
  return undefined;
}

function below(cat: Catalogue, ancestor: string, id: string): boolean {
  let c = cat.cases.get(id);
  for (let depth = 0; c?.parentId && depth < 10; depth++) {
    if (c.parentId === ancestor) return true;
    c = cat.cases.get(c.parentId);
  }
  return false;
}

/**
 * The case the question describes. `f` gives what the question's reading already knows: the organisations
 * named (the case must be theirs), the cases named by code or title (a hit, or the scope when the noun asks
 * for a part of one: "hvilket KIK-delprojekt …"), and the measure words, which leave out names and periods.
 */
function findCase(cat: Catalogue, q: CaseQuestion, f: Frame): CaseFinding | undefined {
  const orgs = new Set(f.orgs.flat());
  const inOrg = (id: string) => !orgs.size || orgs.has(cat.cases.get(id)?.orgId ?? '');
  // The reading leaves names of places, periods and cases out of the measure words; a case named of another
  // organisation than the one asked ("Aabenraa's nytteindsats", Viborg's case title) is only words again.
  const named = f.cases.filter((id) => cat.cases.has(id) && inOrg(id));
  const said = new Set([...f.measure, ...f.optional]);
  for (const id of f.cases) if (!named.includes(id)) for (const w of words(fold(nameOf(cat.cases.get(id)!)))) said.add(w);
  const about = q.about.filter((w) => said.has(w));
  if (!about.length && !named.length) return undefined;

  const fits = FITS[q.noun];
  // A named case with parts the noun can name is where to look ("hvilket KIK-delprojekt …", "hvilket projekt i KIK
  // …"): its parts are searched, and it answers itself only when none of them fits the words better.
  const scopes = about.length ? named.filter((id) => [...cat.cases.values()].some((c) => fits(c) && below(cat, id, c.id))) : [];
  const inScope = (id: string) => !scopes.length || scopes.some((s) => s === id || below(cat, s, id));
  const hits = indexOf(cat)
    .search(about)
    .filter((h) => inOrg(h.id) && inScope(h.id));
  const best = hits.reduce((m, h) => Math.max(m, h.score), 0);
  for (const id of named) hits.push({ id, score: Math.max(best, 1), coverage: 1 });

  // Each hit scores for the case that answers it; with no case of the noun's kind among them, the noun was loose.
  const score = (fitting: (c: Case) => boolean) => {
    const out = new Map<string, { score: number; coverage: number }>();
    for (const h of hits) {
      const id = answering(cat, h.id, q, fitting);
      if (!id) continue;
      const seen = out.get(id);
      if (!seen || seen.score < h.score) out.set(id, { score: h.score, coverage: h.coverage });
    }
    return [...out.entries()].map(([id, s]) => ({ id, ...s })).sort((a, b) => b.score - a.score);
  };
  const fitting = score(fits);
  const ranked = fitting.some((r) => r.coverage >= CASE_MIN_COVERAGE) ? fitting : score(() => true);
  const top = ranked[0];
  if (!top || top.coverage < CASE_MIN_COVERAGE) return { kind: 'none', suggestions: (fitting.length ? fitting : ranked).slice(0, MAX_OFFERED).map((r) => r.id) };
  // A case and a part of it that fit about equally: the part is meant, the whole only summarises its parts.
  const close = ranked
    .filter((r) => r.score >= top.score * CASE_CLEAR_LEAD && r.coverage >= CASE_MIN_COVERAGE)
    .filter((r, _, all) => !all.some((o) => below(cat, r.id, o.id)))
    .slice(0, MAX_OFFERED);
  if (close.length === 1) return { kind: 'case', id: close[0]!.id };
  return { kind: 'ask', ids: close.map((r) => r.id) };
}

/** The answer to a "which case" question, or undefined when the question is not one. */
export async function answerCaseQuestion(ctx: Ctx): Promise<Answer | undefined> {
  const { store, cat, f } = ctx;
  const q = readCaseQuestion(f.text);
  if (!q) return undefined;
  if (q.rank) return rankCases(ctx, q, q.rank);
  const found = findCase(cat, q, f);
  if (!found) return undefined;
  const lang = f.lang;
  if (found.kind === 'case') return caseAnswer(store, cat, found.id, lang);
  const offered = (ids: string[]) => ids.map((id) => cat.cases.get(id)!).map((c) => ({ label: caseName(c), q: `${lang === 'da' ? 'vis' : 'show'} ${c.code ?? c.title}` }));
  if (found.kind === 'ask') {
    const options = offered(found.ids);
    return { kind: 'clarify', lang, text: severalFit(lang, q.noun), figures: [], alternatives: options, confidence: 0 };
  }
  const options = offered(found.suggestions);
  return { kind: 'no-match', lang, text: noCase(lang, q.noun, options.map((o) => o.label)), figures: [], alternatives: options, confidence: 0 };
}
