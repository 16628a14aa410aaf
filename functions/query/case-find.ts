/**
 * "Which case is about …": finds the case (proposal, project, sub-project, initiative, track) that a
 * question describes (domain/query/case-question.ts reads the form) by scoring every case's words
 * (case-index.ts) against the words of the question, and its period against the period asked, among the
 * cases of the organisation, owning unit and parent case named. Decides from named margins: answer the case,
 * ask between cases that fit about equally, or say none fits with the nearest offered — never a figure.
 */
import type { Case } from '../domain/model.js';
import { periodContains, periodEnd, periodStart } from '../domain/period.js';
import { readCaseQuestion, type CaseQuestion } from '../domain/query/case-question.js';
import type { Frame } from '../domain/query/index.js';
import { fold, words } from '../domain/query/text.js';
import type { Ctx } from './answer-kit.js';
import { caseAnswer } from './case-answer.js';
import { caseByValue } from './case-by-value.js';
import { countCases } from './case-count.js';
import { caseAtPlace } from './case-ordinal.js';
import { rankCases } from './case-rank.js';
import { indexOf, nameOf, type Hit } from './case-index.js';
import { below, caseName, FITS, numbered, ownedBy } from './case-nouns.js';
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
  const said = new Set([...f.measure, ...f.optional, ...f.extra]);
  for (const id of f.cases) if (!named.includes(id)) for (const w of words(fold(nameOf(cat.cases.get(id)!)))) said.add(w);
  const about = q.about.filter((w) => said.has(w));
  const period = f.latest ? undefined : f.periods[0];
  if (!about.length && !named.length && !period) return undefined;

  const fits = FITS[q.noun];
  // A named case with parts the noun can name is where to look ("hvilket KIK-delprojekt …", "hvilket projekt i KIK
  // …"): its parts are searched, and it answers itself only when none of them fits the words better.
  const scopes = about.length ? named.filter((id) => [...cat.cases.values()].some((c) => fits(c) && below(cat, id, c.id))) : [];
  // "track-2 initiatives", "spor 2-indsatser": only the parts of the case that noun and number name.
  const within = q.within ? numbered(cat, q.within, inOrg) : [];
  const inScope = (id: string) =>
    (!scopes.length || scopes.some((s) => s === id || below(cat, s, id))) && (!within.length || within.some((s) => below(cat, s, id)));
  // "Which BIC proposal …": the owning unit the question names. Its name stays among the words: every case in its
  // scope holds it, so it explains without telling apart.
  const { scope: owned, unitWords } = ownedBy([...cat.cases.values()].filter((c) => fits(c) && inOrg(c.id)), f.text);
  const ownedIds = new Set(owned.map((c) => c.id));
  // The period asked ("dated June 2018", "fra 1. april 2017 til 31. december 2018") is one more thing the case must fit.
  const withPeriod = (h: Hit): Hit => {
    if (!period) return h;
    const fit = periodFit(cat.cases.get(h.id)?.period, period);
    const parts = [...h.parts, fit * PERIOD_WEIGHT];
    return { id: h.id, parts, score: h.score + fit * PERIOD_WEIGHT, coverage: (h.coverage * about.length + fit) / (about.length + 1) };
  };
  const found = about.length ? indexOf(cat).search(about, new Set(f.extra)) : [];
  const dated = period ? [...cat.cases.values()].filter((c) => c.period && periodFit(c.period, period) > 0 && !found.some((h) => h.id === c.id)).map((c) => ({ id: c.id, score: 0, coverage: 0, parts: found[0]?.parts.map(() => 0) ?? [] })) : [];
  const hits = [...found, ...dated].map(withPeriod).filter((h) => inOrg(h.id) && inScope(h.id) && (ownedIds.has(h.id) || !unitWords.size));
  const best = hits.reduce((m, h) => Math.max(m, h.score), 0);
  // A case the question names by code or whole title ("forslaget, der giver 20 flere EGU-pladser") is the one meant,
  // clear of cases sharing some of its words; a named case whose parts are searched is only where to look.
  for (const id of named) hits.push({ id, score: scopes.includes(id) ? Math.max(best, 1) : Math.max(best / CASE_CLEAR_LEAD, 1) * 1.01, coverage: 1, parts: [] });

  // Each hit scores for the case that answers it; with no case of the noun's kind among them, the noun was loose.
  const score = (fitting: (c: Case) => boolean) => {
    const out = new Map<string, Omit<Hit, 'id'>>();
    for (const h of hits) {
      const id = answering(cat, h.id, q, fitting);
      if (!id) continue;
      const seen = out.get(id);
      if (!seen || seen.score < h.score) out.set(id, { score: h.score, coverage: h.coverage, parts: h.parts });
    }
    return [...out.entries()].map(([id, s]) => ({ id, ...s })).sort((a, b) => b.score - a.score);
  };
  const fitting = score(fits);
  const ranked = fitting.some((r) => r.coverage >= CASE_MIN_COVERAGE) ? fitting : score(() => true);
  const top = ranked[0];
  if (!top || top.coverage < CASE_MIN_COVERAGE) return { kind: 'none', suggestions: (fitting.length ? fitting : ranked).slice(0, MAX_OFFERED).map((r) => r.id) };
  // A case and a part of it that fit about equally: the part is meant, the whole only summarises its parts.
  // A runner-up holding no word better than the best, and fewer or worse, is beaten on the words that tell them apart.
  const close = ranked
    .filter((r) => r.score >= top.score * CASE_CLEAR_LEAD && r.coverage >= CASE_MIN_COVERAGE)
    .filter((r, _, all) => !all.some((o) => below(cat, r.id, o.id)))
    .filter((r) => r === top || !outdone(r.parts, top.parts))
    .slice(0, MAX_OFFERED);
  if (close.length === 1) return { kind: 'case', id: close[0]!.id };
  return { kind: 'ask', ids: close.map((r) => r.id) };
}

/** How much a period that fits counts: as a word in a case's name that few cases hold. */
const PERIOD_WEIGHT = 2;

/** `r` holds no asked word better than `top` does and at least one worse: it fits only part of what the best fits. */
function outdone(r: number[], top: number[]): boolean {
  if (r.length !== top.length || !r.length) return false;
  return r.every((x, i) => x <= top[i]!) && r.some((x, i) => x < top[i]!);
}

/**
 * How well a case's period fits the one asked: 1 when they are the same or the case starts in the asked month or
 * year ("dated June 2018"), ¾ when the case runs over all of it, ½ when they overlap, else 0.
 */
function periodFit(period: string | undefined, asked: string): number {
  if (!period) return 0;
  if (periodContains(period, asked) && periodContains(asked, period)) return 1;
  if (!asked.includes('--') && periodContains(asked, periodStart(period))) return 1;
  if (periodContains(period, asked)) return 0.75;
  return periodStart(period) <= periodEnd(asked) && periodStart(asked) <= periodEnd(period) ? 0.5 : 0;
}

/** The answer to a "which case" question, or undefined when the question is not one. */
export async function answerCaseQuestion(ctx: Ctx): Promise<Answer | undefined> {
  const { store, cat, f } = ctx;
  // "Hvor mange forslag har Herning?": the cases counted, answered by the stored count of that number.
  const counted = await countCases(ctx);
  if (counted) return counted;
  const q = readCaseQuestion(f.text);
  if (!q) return undefined;
  if (q.rank) return rankCases(ctx, q, q.rank);
  // "nummer 3 i spor 2", "b) under …": the part at that place of the case named.
  const parents = [...f.cases, ...(q.within ? numbered(cat, q.within, () => true) : [])];
  const placed = caseAtPlace(cat, f.text, parents);
  if (placed) return caseAnswer(store, cat, placed.id, f.lang);
  // "forslaget med et personaleforbrug på 0,61 årsværk": the case holding the figure the question states.
  const byValue = await caseByValue(ctx, q);
  if (byValue) return byValue;
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
