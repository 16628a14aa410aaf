/**
 * A frame resolved against the catalogue: the measures the search finds, each scored by how well it fits
 * the organisation, unit, kind and period asked, and a decision — answer, ask ("Mente du …") or refuse —
 * from the named margins below. Reads only the figures of the few KPIs the search picked.
 */
import type { FigureKind, Kpi } from '../domain/model.js';
import { contrastMiss, contrastsIn, fold, stems, type Frame, type Lexicon, type SearchHit, type UnitFamily } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import { caseFamily, type Catalogue } from './catalogue.js';
import { distinguished, explains, isTelling, termsOf, totalMeant, wordsBeyond, wordsSaid, wordsUnsaid } from './distinguish.js';
import { figureIndex } from './figure-index.js';
import { choosePeriod, defaultKind, resolvePeriod, yearsInside } from './figures.js';
import { unsaidCountingUnit } from './counting-units.js';
import { lexiconFor } from './readings.js';
import type { ResolvedFigure } from './types.js';
import { unitFamily } from './units.js';

/** At or above this share of the question's measure words explained by the best measure, it may answer. */
export const ANSWER_COVERAGE = 0.6;
/** Below ANSWER_COVERAGE but at or above this, the best readings are offered ("Mente du …"); below, refuse. */
export const ASK_COVERAGE = 0.34;
/** A runner-up this close to the best, explaining as much of the question, makes the question ambiguous … */
export const AMBIGUITY_RATIO = 0.97;
/** … but only when the best explains less than this of the question (otherwise the best answers, the runner-up is offered). */
export const CLEAR_COVERAGE = 0.8;
/** Two candidates this close in score, with different figures for what was asked, are asked about, not picked. */
export const CONFIDENCE_MARGIN = 0.97;
/** Readings this close to the best are offered as alternatives beside the answer. */
export const ALTERNATIVE_RATIO = 0.8;
/** How much a measure loses for lacking the kind asked (a preference) or the period asked. */
const KIND_MISS = 0.85;
const PERIOD_MISS = 0.3;
/** A figure for part of the period asked (7 months of 2018 for "2018"), or for a longer one around it, fits less than one for just it. */
const PERIOD_PART = 0.6;
/** With at least this share of the words explained, a best measure far ahead (CLEAR_LEAD) answers without asking. */
export const LEAD_COVERAGE = 0.5;
/** A best measure this far ahead of every other that fits answers when it explains at least DOMINANT_COVERAGE. */
export const DOMINANT_LEAD = 4;
export const DOMINANT_COVERAGE = 0.4;
/** A measure lacking the period asked this far ahead of the best, but for the period, is the one meant (periodElsewhere). */
export const PERIOD_ELSEWHERE = 2;
/** A best measure this far ahead of the next that fits answers even on few words. */
const CLEAR_LEAD = 2;
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
/** How many measures' figures are read per question, and how far below the best a measure may start. */
const CANDIDATES = 8;
const READ_RATIO = 0.2;

export interface Candidate {
  kpi: Kpi;
  hit: SearchHit;
  /** Every figure of the KPI (all organisations). */
  all: ResolvedFigure[];
  /** The organisation the answer is about, and its figures. */
  org: string;
  mine: ResolvedFigure[];
  score: number;
  /** The part of the score the period's fit takes (PERIOD_MISS, PERIOD_PART or 1). */
  periodFactor?: number;
  fitsKind: boolean;
  fitsPeriod: boolean;
  /** The contrast members its name names ("moving:out"). */
  named: string[];
  /** The question's words it names, and its name's words beyond the question (see distinguish.ts). */
  says?: string[];
  beyond?: string[];
  /** Contrast members the question singles out by a telling word it does not name, of a family it names nothing of (see asksBeyond). */
  apart?: string[];
  /** The thing counted ("hvor mange årsværk"), when it is a telling word this measure does not name. */
  uncounted?: string;
}

export interface Resolution {
  ranked: Candidate[];
  /** Measures that matched but lack the organisation asked, by organisation. */
  /** Measures without the organisation asked; how well each explains the question when a level was asked of it (see levelMissed). */
  orgMisses: { kpi: Kpi; orgs: string[]; asked: string[]; levelCoverage?: number; levelScore?: number }[];
  /** Measures that matched but are in a unit the question rules out, and how much of the question the best of them explains. */
  unitMisses: Kpi[];
  unitMissCoverage: number;
  /** Measures that matched but name another member of something the question names ("match group 2" for 3) … */
  constraintMisses: { kpi: Kpi; org: string; missing: string[]; coverage: number; says?: string[] }[];
  /** … or lack the kind the question insists on ("faktisk"): the kinds they have. */
  kindMisses: { kpi: Kpi; org: string; have: FigureKind[]; coverage: number }[];
  /** How much of the question the best measure explains, before any fit. */
  coverage: number;
}

export interface ResolveOptions {
  home: string;
  inputOrg?: string;
  /** Measure words to search instead of the frame's (one side of a two-measure comparison). */
  words?: string[];
  /** Only these organisations (the other side of a comparison keeps to the subject). */
  orgs?: string[];
}

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
  const res: Resolution = { ranked: [], orgMisses: [], unitMisses: [], unitMissCoverage: 0, constraintMisses: [], kindMisses: [], coverage };
  const lex = lexiconFor(cat.orgRefs, cat.caseRefs).lexicon;
  const asking = [...new Set([...words, ...f.optional])];
  // Unit sense first (the catalogue knows every unit), so a measure in the wrong unit never crowds out one in the right.
  const sorted = [...byId.values()].sort((a, b) => b.score - a.score).filter((h) => {
    const kpi = cat.kpis.get(h.id)!;
    const family = unitFamily(kpi.unit);
    if (free || !allowed.size || allowed.has(family) || (soft.has(family) && !narrower(lex, kpi, f))) return true;
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
        res.orgMisses.push({ kpi, orgs: [...present], asked: want, ...(levelled && family !== 'rank' ? { levelCoverage: hit.coverage, levelScore: hit.score } : {}) });
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
    const missing = contrasts.length ? contrastMiss(contrasts, parts, lex.requiredFamilies) : undefined;
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
  // A kind word prefers: when some measure that explains the question has the kind, those without it fall far behind.
  if (res.ranked.some((c) => c.fitsKind && c.hit.coverage >= ANSWER_COVERAGE)) for (const c of res.ranked) if (!c.fitsKind) c.score *= KIND_ABSENT;
  // "hvor mange …": when a measure in the unit asked explains the question, a share beside it falls far behind.
  const softOnly = (c: Candidate) => soft.has(unitFamily(c.kpi.unit)) && !allowed.has(unitFamily(c.kpi.unit));
  if (res.ranked.some((c) => !softOnly(c) && c.fitsKind && c.fitsPeriod && c.hit.coverage >= LEAD_COVERAGE)) for (const c of res.ranked) if (softOnly(c)) c.score *= KIND_ABSENT;
  // "Hvor mange jobkonsulenter …": when some measure counts the thing asked, those that count something else fall far behind.
  if (res.ranked.some((c) => f.counted && !c.uncounted)) for (const c of res.ranked) if (c.uncounted) c.score *= KIND_ABSENT;
  res.ranked.sort((a, b) => b.score - a.score);
  return res;
}

const named = new WeakMap<Lexicon, Map<string, string[]>>();

/** The contrast members a measure's name (both languages, aliases) names. */
function namedContrasts(lex: Lexicon, kpi: Kpi): string[] {
  let byKpi = named.get(lex);
  if (!byKpi) named.set(lex, (byKpi = new Map()));
  let out = byKpi.get(kpi.id);
  if (!out) byKpi.set(kpi.id, (out = contrastsIn([kpi.name.da, kpi.name.en, ...(kpi.aliases ?? [])].join(' . '), lex)));
  return out;
}

/**
 * "Hvor mange kontanthjælpsmodtagere har Hedensted?" may take a share (a soft unit) only of the group asked: a share
 * naming a member of something the question names nothing of ("der ikke vender tilbage", a match group) is of a
 * narrower group, and its percentage answers another question. (Small numbers and scopes are often incidental.)
 */
function narrower(lex: Lexicon, kpi: Kpi, f: Frame): boolean {
  return namedContrasts(lex, kpi).some((x) => !x.startsWith('n:') && !x.startsWith('scope:') && !f.contrasts.includes(x));
}

/** The thing the question counts, when the catalogue tells measures apart by it and this measure does not name it. */
function uncounted(cat: Catalogue, kpi: Kpi, f: Frame): { uncounted?: string } {
  const w = f.counted?.word;
  if (!w || f.operation !== 'lookup' || !isTelling(cat, w)) return {};
  // Counted by the measure itself, not by its case's name ("programteorier" of a case about them, for a count of mechanisms).
  const terms = termsOf(cat, kpi).own;
  // "uddannelseshjælpsmodtagere" is counted by a measure of those who "modtog uddannelseshjælp": a compound's first part.
  const compound = stems(fold(w)).some((s) => terms.some((t) => t.length >= 6 && s.startsWith(t)));
  return explains(terms, w) || compound ? {} : { uncounted: w };
}

/** "faktisk" asked of a measure with only targets, "budget" of one with only actual figures. */
function lacksStrictKind(f: Frame, mine: ResolvedFigure[]): boolean {
  const strict = f.strict;
  if (!strict || !mine.length) return false;
  // The comparison's own kind ("over budgettet") is what the operation compares with, checked there.
  if ((f.operation === 'versus-budget' && strict.kind === 'budget') || f.operation === 'versus-target') return false;
  return !mine.some((x) => strict.accepts.includes(x.kind));
}

/** The organisation a question is about: the first municipality named ("Viborgs placering i klyngen"), else the first group. */
export function subjectOf(cat: Catalogue, f: Frame): string[] | undefined {
  const compared = new Set(f.compared ?? []);
  const own = f.orgs.filter((ids) => !ids.some((id) => compared.has(id)));
  return own.find((ids) => ids.some((id) => cat.orgs.get(id)?.kind === 'municipality')) ?? own[0] ?? f.orgs[0];
}

function unionFamilies(cat: Catalogue, cases: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of cases) for (const id of caseFamily(cat, c)) out.add(id);
  return out;
}

/** Kinds the operation itself uses ("i forhold til budgettet" names budget as the comparison, not the answer). */
export function askedKinds(f: Frame): Frame['kinds'] {
  if (f.operation === 'versus-target') return f.kinds.filter((k) => k !== 'target' && k !== 'expected');
  if (f.operation === 'versus-budget') return f.kinds.filter((k) => k !== 'budget');
  return f.kinds;
}

function kindFits(f: Frame, mine: ResolvedFigure[], cat: Catalogue, kpi: Kpi, org: string): boolean {
  const kinds = askedKinds(f);
  if (f.operation === 'versus-target') {
    const hasGoal = (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org && g.target !== undefined);
    if (!hasGoal && !mine.some((x) => x.kind === 'target' || x.kind === 'expected')) return false;
  }
  if (f.operation === 'versus-budget' && !mine.some((x) => x.kind === 'budget')) return false;
  if (!kinds.length) return true;
  if (kinds.includes('target') && (cat.goalsByKpi.get(kpi.id) ?? []).some((g) => g.orgId === org && g.target !== undefined)) return true;
  return mine.some((x) => kinds.includes(x.kind));
}

function periodFits(f: Frame, mine: ResolvedFigure[]): boolean {
  if (f.operation === 'change' || f.operation === 'percent-change') {
    const ends = [f.since, ...f.periods.flatMap((p) => p.split('--'))].filter((p): p is string => !!p).map((p) => resolvePeriod(p, mine).period);
    return ends.every((p) => !!choosePeriod(mine, p).figure);
  }
  const p = f.latest ? undefined : f.periods[0];
  if (!p) return true;
  const period = resolvePeriod(p, mine).period;
  return !!choosePeriod(mine, period).figure || (period.includes('--') && !!yearsInside(mine, period));
}

function partOnly(f: Frame, mine: ResolvedFigure[]): boolean {
  const p = f.latest || (f.operation !== 'lookup' && f.operation !== 'sum') ? undefined : f.periods[0];
  if (!p || p.includes('@')) return false;
  const choice = choosePeriod(mine, p);
  const got = choice.figure;
  return !!choice.wider || (!!got && got.period !== p && got.period.includes('--') && !p.includes('--'));
}

/** How much of the question the best measure ruled out by a constraint explains. */
export function constraintCoverage(res: Resolution, best?: Candidate): number {
  // A miss for lacking what the best names itself ("fraflyttede") leaves nothing the best fails.
  // Unless it names a telling word of the question the best does not ("aktiveringsgrad" beside a rank of re-matching).
  const open = res.constraintMisses.filter((m) => !best || !m.missing.every((x) => best.named.includes(x)) || (m.says ?? []).some((w) => !(best.says ?? []).includes(w)));
  return Math.max(0, ...open.map((m) => m.coverage), ...res.kindMisses.map((m) => m.coverage));
}

/**
 * A level asked ("klyngegennemsnittet for …", "nationally") of a measure that has no figure for it, which explains
 * the question at least as well as the best that has: that one would answer another measure's level.
 */
function levelMissed(res: Resolution, best: Candidate): boolean {
  return res.orgMisses.some(
    (m) =>
      m.levelScore !== undefined &&
      m.kpi.name.da !== best.kpi.name.da &&
      (m.levelCoverage! > best.hit.coverage || (m.levelCoverage === best.hit.coverage && m.levelScore >= best.hit.score)),
  );
}

/** The figure a candidate would answer with: the kind asked (else its usual one) for the period asked. */
function valueAsked(c: Candidate, f: Frame): number | undefined {
  const kinds = askedKinds(f);
  const kind = kinds.find((k) => c.mine.some((x) => x.kind === k)) ?? defaultKind(c.mine);
  const period = f.latest || !f.periods[0] ? undefined : resolvePeriod(f.periods[0], c.mine).period;
  return choosePeriod(c.mine.filter((x) => x.kind === kind), period).figure?.value;
}

/**
 * What the question singles out by a word rare among measure names that the measure does not name, when the
 * word names a member of a contrast family the measure names nothing of ("unge i virksomhedspraktik" of all
 * young people on support): those members. Scopes and small numbers are left out, often incidental.
 */
function asksBeyond(lex: Lexicon, unsaid: string[], named: string[]): string[] {
  const families = new Set(named.map((x) => x.split(':')[0]));
  return [...new Set(unsaid.flatMap((w) => contrastsIn(w, lex).filter((x) => !x.startsWith('scope:') && !x.startsWith('n:') && !families.has(x.split(':')[0]))))];
}

/** The one measure a question of only unit words fits by unit, named organisation and period, if exactly one does. */
function onlyFitting(res: Resolution, f: Frame): Candidate | undefined {
  if (!f.unitsOnly || !f.units.length || !f.orgs.length || (!f.periods.length && !f.latest) || f.operation !== 'lookup') return undefined;
  const units = new Set(f.units);
  const fitting = res.ranked.filter((c) => c.fitsKind && c.fitsPeriod && units.has(unitFamily(c.kpi.unit)));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Two measures of the same name giving the same figure for the same organisation (one table quoted in two places) are one reading. */
function sameReading(a: Candidate, b: Candidate, f: Frame): boolean {
  return a.org === b.org && a.kpi.name.da === b.kpi.name.da && a.kpi.unit === b.kpi.unit && valueAsked(a, f) === valueAsked(b, f);
}

function distinctReadings(ranked: Candidate[], f: Frame): Candidate[] {
  const out: Candidate[] = [];
  for (const c of ranked) if (!out.some((o) => sameReading(o, c, f))) out.push(c);
  return out;
}

export type Decision =
  | { kind: 'answer'; best: Candidate; others: Candidate[] }
  | { kind: 'ask'; options: Candidate[] }
  /** `unnamed`: the best measure, which does not name what the question counts (the word) or singles out (contrast members). */
  | { kind: 'refuse'; unnamed?: { c: Candidate; word?: string; contrasts?: string[]; unit?: { da: string; en: string }; notAmount?: true } };

/**
 * Answer when the best measure explains enough of the question and no other explains as much while
 * fitting as well; ask when the best explains only part of it or two fit equally; refuse below that.
 */
/** The question names a cost ("driftsudgift", "koster", "investering") and asks no other unit. */
function asksCost(f: Frame): boolean {
  return f.contrasts.includes('money:cost') && f.units.every((u) => u === 'money');
}

export function decide(res: Resolution, f: Frame): Decision {
  const d = weigh(res, f);
  if (d.kind === 'refuse') return d;
  if (d.kind === 'answer') return guarded(d, f);
  // Asking between readings one of which names every word that tells them apart, and more, is needless.
  const one = distinguished(d.options, res.ranked) ?? (f.operation === 'sum' || f.total ? totalMeant(d.options) : undefined);
  // The reading picked that way answers only as any answer does: counting what is asked, in the unit asked.
  return one ? guarded({ kind: 'answer', best: one, others: d.options.filter((o) => o !== one).slice(0, 2) }, f) : d;
}

/** An answer that counts another thing or unit than the question asks is a refusal naming it. */
function guarded(d: Extract<Decision, { kind: 'answer' }>, f: Frame): Decision {
  // "Hvor mange årsværk …" answered with a count of cases answers another question: refuse, naming the thing counted.
  if (d.best.uncounted) return { kind: 'refuse', unnamed: { c: d.best, word: f.counted?.said ?? d.best.uncounted } };
  // "Hvor mange gengangere …" answered in sickness cases, or with a caseload for a count of caseworkers: another number.
  const unit = unsaidCountingUnit(d.best.kpi.unit, f);
  if (unit) return { kind: 'refuse', unnamed: { c: d.best, unit } };
  // "Hvad er driftsudgiften …" answered in årsværk or persons gives a number of another kind: a cost asked is an amount.
  if (asksCost(f) && unitFamily(d.best.kpi.unit) !== 'money') return { kind: 'refuse', unnamed: { c: d.best, notAmount: true } };
  return d;
}

/**
 * "Arbejdsmarkedsudvalgets samlede budget for 2022", whose table ends in 2021, is not answered with a KIK II line
 * that reaches 2022: a measure lacking the period asked that, but for the period, would lead the best by
 * PERIOD_ELSEWHERE and explains as much of the question, fitting the kind asked, is the one meant.
 */
function periodElsewhere(res: Resolution, best: Candidate, f: Frame): Candidate | undefined {
  if (!best.fitsPeriod || (f.operation !== 'lookup' && f.operation !== 'sum')) return undefined;
  const without = (c: Candidate) => c.score / (c.periodFactor ?? 1);
  const meant = res.ranked.find((c) => !c.fitsPeriod && c.fitsKind && c.hit.coverage >= best.hit.coverage && without(c) >= best.score * PERIOD_ELSEWHERE);
  // Only one such measure: among siblings lacking the period alike (the baseline's parts), none is the one meant.
  const sibling = meant && res.ranked.some((c) => c !== meant && !c.fitsPeriod && c.kpi.name.da !== meant.kpi.name.da && c.score >= meant.score * ALTERNATIVE_RATIO);
  return sibling ? undefined : meant;
}

function weigh(res: Resolution, f: Frame): Decision {
  const best = res.ranked[0];
  if (!best) return { kind: 'refuse' };
  // The measure that explains the question best is ruled out by a constraint: the next best answers
  // another question ("the nearest other figure"), so refuse and say what is missing.
  if (best.hit.coverage < constraintCoverage(res, best) || levelMissed(res, best)) return { kind: 'refuse' };
  // The measure meant lacks the period asked: it answers, saying which periods it has, never another that happens to have it.
  const meant = periodElsewhere(res, best, f);
  if (meant) return { kind: 'answer', best: meant, others: [] };
  const scoped = f.cases.length > 0;
  if (best.hit.coverage < ASK_COVERAGE && !scoped) {
    // "hvilken plads fik Viborg i 1. kvartal 2016?": only a unit, an organisation and a period, and exactly one
    // measure of that organisation in that unit has a figure for it — that is the measure meant.
    const only = onlyFitting(res, f);
    return only ? { kind: 'answer', best: only, others: [] } : { kind: 'refuse' };
  }
  if (scoped && best.hit.coverage < ANSWER_COVERAGE) {
    // A case named, its measures not: the one measure that has the kind and period asked answers.
    const fitting = res.ranked.filter((c) => c.fitsKind && c.fitsPeriod);
    // "Hvor mange indsatser er der i spor 2?": with no measure words of its own, the case's own measure, not one of a case below it.
    const own = f.measure.length ? [] : fitting.filter((c) => c.kpi.caseId && f.cases.includes(c.kpi.caseId));
    if (own.length === 1) return { kind: 'answer', best: own[0]!, others: [] };
    const [first, second] = fitting;
    if (first && first.hit.coverage >= ASK_COVERAGE && (!second || first.score >= second.score * CLEAR_LEAD)) return { kind: 'answer', best: first, others: [] };
    // The only measure that fits answers a comparison (a gap to a target or budget fits few measures), a
    // question that names no measure of its own, or one it explains; not a lookup of something else.
    if (fitting.length === 1 && (fitting[0]!.hit.coverage >= ASK_COVERAGE || !f.measure.length || f.operation !== 'lookup')) return { kind: 'answer', best: fitting[0]!, others: [] };
    return fitting.length > 1 ? { kind: 'ask', options: fitting.slice(0, 3) } : { kind: 'refuse' };
  }
  if (best.hit.coverage < ANSWER_COVERAGE) {
    // Few words explained, but only one measure fits the kind and period asked, far ahead of any other that does.
    const next = res.ranked.find((c) => c !== best && c.fitsKind && c.fitsPeriod && !sameReading(c, best, f));
    const lead = next ? best.score / next.score : Infinity;
    // On few words, a lead is no licence to leave out what the question singles out: a thing it names from a
    // family of contrasts ("unge i virksomhedspraktik") that the measure does not name (all young people on
    // support). (Each side of a share or sum is asked with the whole question's words, so not there.)
    if (best.apart?.length && !f.share && !f.sides && !f.split) return { kind: 'refuse', unnamed: { c: best, contrasts: best.apart } };
    if (best.fitsKind && best.fitsPeriod && ((best.hit.coverage >= LEAD_COVERAGE && lead >= CLEAR_LEAD) || (best.hit.coverage >= DOMINANT_COVERAGE && lead >= DOMINANT_LEAD))) return { kind: 'answer', best, others: [] };
    return { kind: 'ask', options: distinctReadings(res.ranked, f).slice(0, 3) };
  }
  // The same measure for several organisations and none named: which one is meant is the user's to say.
  const namesake = !f.orgs.length && res.ranked.find((c) => c.org !== best.org && c.kpi.name.da === best.kpi.name.da && c.score >= best.score * AMBIGUITY_RATIO);
  if (namesake && f.operation !== 'rank') return { kind: 'ask', options: res.ranked.filter((c) => c.kpi.name.da === best.kpi.name.da).slice(0, 3) };
  const rival = res.ranked.find(
    (c) => c.kpi.id !== best.kpi.id && c.fitsKind && c.fitsPeriod && c.hit.coverage >= best.hit.coverage && c.score >= best.score * AMBIGUITY_RATIO && c.kpi.name.da !== best.kpi.name.da,
  );
  if (rival && best.hit.coverage < CLEAR_COVERAGE && best.fitsKind && best.fitsPeriod) return { kind: 'ask', options: [best, rival] };
  // The confidence margin: a runner-up scoring within a hair of the best and explaining as much, whose
  // figure differs, makes picking a coin toss — ask "Mente du …" instead, however much both explain.
  const coin = f.operation === 'lookup' && res.ranked.find((c) => c.kpi.id !== best.kpi.id && c.fitsKind && c.fitsPeriod && c.hit.coverage >= best.hit.coverage && c.score >= best.score * CONFIDENCE_MARGIN);
  if (coin && best.fitsKind && best.fitsPeriod && valueAsked(coin, f) !== valueAsked(best, f)) return { kind: 'ask', options: [best, coin] };
  const others = res.ranked.filter((c) => c !== best && c.score >= best.score * ALTERNATIVE_RATIO).slice(0, 2);
  return { kind: 'answer', best, others };
}
