/**
 * A frame resolved against the catalogue: the measures the search finds, each scored by how well it fits
 * the organisation, unit, kind and period asked (the factors below); resolve-decision.ts then decides
 * answer, ask ("Mente du …") or refuse from the margins in resolve-margins.ts. Reads only the figures of the
 * few KPIs the search picked. This is the resolver's entry: what callers need is exported from here.
 */
import type { FigureKind } from '../domain/model.js';
import { contrastMiss, fold, unionMiss, type Frame, type UnitFamily } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import { caseFamily, type Catalogue } from './catalogue.js';
import { explains, termsOf, wordsBeyond, wordsSaid, wordsUnsaid } from './distinguish.js';
import { figureIndex } from './figure-index.js';
import { lexiconFor } from './readings.js';
import { askedKinds, kindFits, lacksStrictKind, partOnly, periodFits } from './resolve-fit.js';
import { ANSWER_COVERAGE, ASK_COVERAGE, LEAD_COVERAGE } from './resolve-margins.js';
import { asksBeyond, namedContrasts, narrower, requiredFamilies, uncounted } from './resolve-names.js';
import type { Candidate, Resolution, ResolveOptions } from './resolve-types.js';
import type { ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

export { askedKinds } from './resolve-fit.js';
export { constraintCoverage, decide, type Decision } from './resolve-decision.js';
export { ANSWER_COVERAGE, ASK_COVERAGE, CONFIDENCE_MARGIN, PERIOD_ELSEWHERE } from './resolve-margins.js';
export type { Candidate, Resolution } from './resolve-types.js';

/** How much a measure loses for lacking the kind asked (a preference) or the period asked. */
const KIND_MISS = 0.85;
const PERIOD_MISS = 0.3;
/** A figure for part of the period asked (7 months of 2018 for "2018"), or for a longer one around it, fits less than one for just it. */
const PERIOD_PART = 0.6;
/** Among measures that explain the question, one lacking the kind asked while another has it. */
const KIND_ABSENT = 0.3;
/** For each thing the question names (a benefit, an outcome, a small number) that a measure does not name while another does. */
const CONTRAST_ABSENT = 0.6;
/** A measure whose very name says the kind asked ("Budget: Kontanthjælp" for "budgettet til kontanthjælp"). */
const KIND_IN_NAME = 1.15;
const KIND_ROOTS: Partial<Record<FigureKind, RegExp>> = {
  budget: /budget/,
  expected: /forvent|expect/,
  potential: /potential/,
  target: /\bmaal|target|goal/,
  counterfactual: /uaendret|unchanged/,
};
/** A measure for one part of a whole (one committee's share) the question does not name, against the whole. */
const PART_NAMED = 0.9;
/** A measure of another organisation than the home one, when the question names none. */
const NOT_HOME = 0.9;
/** "hvor mange af de unge …" may be answered with a share, but a count fits better. */
const SOFT_UNIT = 0.3;
/** How far above a measure one naming more of the question's telling words is lifted (tellingFirst). */
const TELLING_LIFT = 1.01;
/** How many measures' figures are read per question, and how far below the best a measure may start. */
const CANDIDATES = 8;
const READ_RATIO = 0.2;

export async function resolve(store: Store, cat: Catalogue, f: Frame, o: ResolveOptions): Promise<Resolution> {
  const words = o.words ?? f.measure;
  const scope = f.cases.length ? unionFamilies(cat, f.cases) : undefined;
  // A word both named and implied ("flyttede væk" → "fraflyttede") is a measure word: a measure without it explains less.
  const optional = f.optional.filter((w) => !words.includes(w));
  // … and a unit word searched as a side's own measure ("besparelse" in "besparelse end investeringen") explains it.
  const extra = f.extra.filter((w) => !words.includes(w));
  const hits = words.length ? cat.index.search([...words, ...optional, ...extra].join(' '), { type: 'kpi', ...(scope ? { caseIds: scope } : {}) }, 12, optional, extra) : [];
  const byId = new Map(hits.filter((h) => cat.kpis.has(h.id)).map((h) => [h.id, h]));
  // A case named by code whose measures the words do not pick out: all its measures are candidates.
  const coverage = Math.max(0, ...[...byId.values()].map((h) => h.coverage));
  if (scope && coverage < ANSWER_COVERAGE) {
    for (const k of cat.kpis.values()) if (k.caseId && scope.has(k.caseId) && !byId.has(k.id)) byId.set(k.id, { type: 'kpi', id: k.id, orgId: k.orgId, score: 0.01, coverage: 0 });
  }
  const asked = o.orgs ?? subjectOf(cat, f);
  const levelAsked = !o.orgs && !!f.level && f.operation === 'lookup';
  const rankAsked = f.units.includes('rank') || f.softUnits.includes('rank');
  const allowed = new Set(f.units);
  const soft = new Set<UnitFamily>(f.softUnits);
  const free = f.operation === 'percent-change' || f.operation === 'ratio';
  // A level ("i klyngen", "på landsplan") is what a rank is counted among; elsewhere it names the group compared
  // with ("sammenlignet med klyngen", "over landsplan"), not the measure's own scope.
  const contrasts = f.operation === 'lookup' && f.units.includes('rank') ? f.contrasts : f.contrasts.filter((c) => !c.startsWith('scope:'));
  const lex = lexiconFor(cat.orgRefs, cat.caseRefs).lexicon;
  const res: Resolution = { ranked: [], orgMisses: [], unitMisses: [], unitMissCoverage: 0, constraintMisses: [], kindMisses: [], coverage, askFamilies: lex.askFamilies };
  const asking = [...new Set([...words, ...f.optional])];
  const required = o.operands ? lex.requiredFamilies : requiredFamilies(lex, f);
  // A plain lookup: a share or comparison asks of several measures, each side its own.
  const plain = f.operation === 'lookup' && !o.words && !o.operands && !f.share && !f.sides && !f.split;
  // Unit sense first (the catalogue knows every unit), so a measure in the wrong unit never crowds out one in the right.
  const sorted = [...byId.values()].sort((a, b) => b.score - a.score).filter((h) => {
    const kpi = cat.kpis.get(h.id)!;
    const family = unitFamily(kpi.unit);
    // A mean set against a level ("snittet af A og B over landsplan") is of figures that average: never places in a ranking.
    const averages = !f.averaged || family !== 'rank';
    if (averages && (free || !allowed.size || allowed.has(family) || (soft.has(family) && !narrower(lex, kpi, f)))) return true;
    res.unitMisses.push(kpi);
    res.unitMissCoverage = Math.max(res.unitMissCoverage, h.coverage);
    return false;
  });
  const wide = scope && coverage < ANSWER_COVERAGE;
  // Figures are read per measure: only for those that could still win after every fit factor.
  const top = wide ? sorted.slice(0, 80) : sorted.filter((h) => h.score >= (sorted[0]?.score ?? 0) * READ_RATIO).slice(0, CANDIDATES);

  for (const hit of top) {
    const kpi = cat.kpis.get(hit.id)!;
    const family = unitFamily(kpi.unit);
    const figures = await figureIndex(store, cat, kpi);
    const all = figures.all as ResolvedFigure[];
    const present = figures.orgs;
    let org: string | undefined;
    // "klyngegennemsnittet": the level's own figure, never the municipality's (a rank is counted among the level, not of it).
    // A measure whose name names the level ("ned på klyngens gennemsnit") is asked of the municipality as usual.
    // A rank is the municipality's only when a rank is asked: "Hedensted's cluster's share" is never its rank in the cluster.
    const levelled = levelAsked && (family === 'rank' ? !rankAsked : !namedContrasts(lex, kpi).some((x) => x.startsWith('scope:')));
    const want = levelled ? f.level : asked;
    if (want) {
      org = want.find((id) => present.includes(id)) ?? (o.orgs || levelled ? undefined : f.embedded.find((id) => present.includes(id)));
      if (!org) {
        res.orgMisses.push({ kpi, orgs: [...present], asked: want, coverage: hit.coverage, says: wordsSaid(cat, kpi, asking), ...(levelled && family !== 'rank' ? { levelCoverage: hit.coverage, levelScore: hit.score } : {}) });
        continue;
      }
    } else org = o.inputOrg && present.includes(o.inputOrg) ? o.inputOrg : present.includes(kpi.orgId) ? kpi.orgId : present[0];
    if (!org) continue;
    // "– ikke budgettet": the kinds negated are not answered, nor a measure named by the words negated.
    const own = (figures.byOrg.get(org) ?? []) as ResolvedFigure[];
    const mine = f.excluded?.kinds.length ? own.filter((x) => !f.excluded!.kinds.includes(x.kind)) : own;
    if (!mine.length || (f.excluded && f.excluded.words.some((w) => explains(termsOf(cat, kpi).own, w)))) continue;
    // Constraints, not preferences: a measure for another benefit, match group or direction, or without
    // the kind insisted on, never answers — however well its other words fit.
    const parts = namedContrasts(lex, kpi);
    const missing = contrasts.length ? (contrastMiss(contrasts, parts, required) ?? (plain && family === 'count' ? unionMiss(contrasts, parts, lex.unionFamilies) : undefined)) : undefined;
    if (missing) {
      // (For a plain lookup: a share or comparison asks of several measures, each side its own.)
      res.constraintMisses.push({ kpi, org, missing, coverage: hit.coverage, ...(f.operation === 'lookup' && !o.words && !f.share && !f.sides && !f.split ? { says: wordsSaid(cat, kpi, asking) } : {}) });
      continue;
    }
    if (lacksStrictKind(f, mine)) {
      res.kindMisses.push({ kpi, org, have: [...new Set(mine.map((x) => x.kind))], coverage: hit.coverage });
      continue;
    }
    const fitsKind = kindFits(f, mine, cat, kpi, org);
    const fitsPeriod = periodFits(f, mine) && !(f.wholePeriod && partOnly(f, mine));
    let score = hit.score;
    const name = fold(`${kpi.name.da} ${kpi.name.en}`);
    if (askedKinds(f).some((k) => KIND_ROOTS[k]?.test(name))) score *= KIND_IN_NAME;
    if (f.operation === 'sum' && /\bi alt\b|\btotal\b/.test(name)) score *= KIND_IN_NAME;
    if (!asked && kpi.orgId !== o.home) score *= NOT_HOME;
    if (soft.has(family) && !allowed.has(family)) score *= SOFT_UNIT;
    if (parts.some((p) => lex.partFamilies.has(p.split(':')[0]!) && !f.contrasts.some((c) => c.split(':')[0] === p.split(':')[0]))) score *= PART_NAMED;
    if (!fitsKind) score *= KIND_MISS;
    const periodFactor = !fitsPeriod ? PERIOD_MISS : partOnly(f, mine) ? PERIOD_PART : 1;
    score *= periodFactor;
    res.ranked.push({ kpi, hit, all, org, mine, score, periodFactor, fitsKind, fitsPeriod, named: parts, says: wordsSaid(cat, kpi, asking), beyond: wordsBeyond(kpi, asking), apart: asksBeyond(lex, wordsUnsaid(cat, kpi, words), parts), ...uncounted(cat, kpi, f) });
  }
  // What the question names ("kom i job", "mere end 3 måneder") is preferred in a measure that names it too:
  // one naming fewer of the things asked than another falls behind it.
  if (contrasts.length) {
    const namedCount = (c: Candidate) => contrasts.filter((x) => c.named.includes(x)).length;
    const most = Math.max(0, ...res.ranked.map(namedCount));
    for (const c of res.ranked) c.score *= CONTRAST_ABSENT ** (most - namedCount(c));
  }
  // Two kind words ("den reelle forskel": actual and difference): a measure with both is what is meant,
  // not one with only the kind every measure has.
  const kinds = askedKinds(f);
  if (kinds.length > 1) {
    const had = (c: Candidate) => kinds.filter((k) => c.mine.some((x) => x.kind === k)).length;
    const most = Math.max(0, ...res.ranked.filter((c) => c.hit.coverage >= ASK_COVERAGE).map(had));
    if (most === kinds.length) for (const c of res.ranked) if (had(c) < most) c.score *= KIND_ABSENT;
  }
  // A kind word prefers: when some measure that explains the question has the kind for the period asked, those without it
  // fall far behind (one with the kind for other periods only does not push back the measure that has the period).
  if (res.ranked.some((c) => c.fitsKind && c.fitsPeriod && c.hit.coverage >= ANSWER_COVERAGE)) for (const c of res.ranked) if (!c.fitsKind) c.score *= KIND_ABSENT;
  // "hvor mange …": when a measure in the unit asked explains the question, a share beside it falls far behind.
  const softOnly = (c: Candidate) => soft.has(unitFamily(c.kpi.unit)) && !allowed.has(unitFamily(c.kpi.unit));
  if (res.ranked.some((c) => !softOnly(c) && c.fitsKind && c.fitsPeriod && c.hit.coverage >= LEAD_COVERAGE)) for (const c of res.ranked) if (softOnly(c)) c.score *= KIND_ABSENT;
  // "Hvor mange jobkonsulenter …": when some measure counts the thing asked, those that count something else fall far behind.
  if (res.ranked.some((c) => f.counted && !c.uncounted)) for (const c of res.ranked) if (c.uncounted) c.score *= KIND_ABSENT;
  res.ranked.sort((a, b) => b.score - a.score);
  tellingFirst(cat, res.ranked, new Set(words));
  return res;
}

/**
 * Of two lines of one case, one naming every telling word of the question the other names, and more (and explaining
 * more of it), is not ranked behind it for a shorter name or an alias: "øvrige målgrupper … kom til" is the inflow's line, not the total beside it. Lifted
 * just above the other, so the two are told apart by their words (distinguish.ts), never by the search's score.
 */
function tellingFirst(cat: Catalogue, ranked: Candidate[], asked: Set<string>): void {
  // Two lines of one case's figures, told apart by their own names (the case's words are both's); the one lifted must
  // explain more of the question, and count what is counted when the other does ("hvor mange virksomheder").
  // A long form the lexicon adds for a word the line names itself ("ØK" → "Økonomiudvalget") is that word again, not one more.
  const lex = lexiconFor(cat.orgRefs, cat.caseRefs).lexicon;
  const longForms = new Map([...asked].map((w) => [w, lex.synonyms.match([w], 0)?.values.flat() ?? []]));
  const own = (c: Candidate) => {
    const explained = (c.says ?? []).filter((w) => explains(termsOf(cat, c.kpi).own, w));
    return explained.filter((w) => asked.has(w) || !explained.some((m) => asked.has(m) && longForms.get(m)!.includes(w)));
  };
  const covers = (a: Candidate, b: Candidate) =>
    !!a.kpi.caseId && a.kpi.caseId === b.kpi.caseId && own(a).length > own(b).length && own(b).every((w) => own(a).includes(w)) && a.hit.coverage > b.hit.coverage && !(a.uncounted && !b.uncounted);
  for (let moved = true, rounds = 0; moved && rounds < ranked.length; rounds++) {
    moved = false;
    for (let i = 0; i < ranked.length && !moved; i++) {
      const above = ranked[i]!;
      const lifted = ranked.slice(i + 1).find((c) => c.org === above.org && c.fitsKind && c.fitsPeriod && unitFamily(c.kpi.unit) === unitFamily(above.kpi.unit) && covers(c, above));
      if (!lifted) continue;
      lifted.score = above.score * TELLING_LIFT;
      ranked.sort((a, b) => b.score - a.score);
      moved = true;
    }
  }
}

/** The organisation a question is about: the first municipality named ("Viborgs placering i klyngen"), else the first group. */
function subjectOf(cat: Catalogue, f: Frame): string[] | undefined {
  const compared = new Set(f.compared ?? []);
  const own = f.orgs.filter((ids) => !ids.some((id) => compared.has(id)));
  return own.find((ids) => ids.some((id) => cat.orgs.get(id)?.kind === 'municipality')) ?? own[0] ?? f.orgs[0];
}

function unionFamilies(cat: Catalogue, cases: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of cases) for (const id of caseFamily(cat, c)) out.add(id);
  return out;
}
