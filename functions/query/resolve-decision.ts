/**
 * The decision on a resolution — answer, ask ("Mente du …") or refuse — from the named margins in
 * resolve-margins.ts, and the refusals of an answer that would be another number than the one asked.
 */
import { fold, type Frame } from '../domain/query/index.js';
import { unsaidCountingUnit } from './counting-units.js';
import { distinguished, totalMeant, wordsBeyond } from './distinguish.js';
import { choosePeriod, defaultKind, resolvePeriod } from './figures.js';
import { askedKinds } from './resolve-fit.js';
import { ALTERNATIVE_RATIO, AMBIGUITY_RATIO, ANSWER_COVERAGE, ASK_COVERAGE, CLEAR_COVERAGE, CLEAR_LEAD, CONFIDENCE_MARGIN, DOMINANT_COVERAGE, DOMINANT_LEAD, LEAD_COVERAGE, ORG_ELSEWHERE, PERIOD_ELSEWHERE } from './resolve-margins.js';
import type { Candidate, OrgMiss, Resolution } from './resolve-types.js';
import { unitFamily } from './units.js';

export type Decision =
  | { kind: 'answer'; best: Candidate; others: Candidate[] }
  | { kind: 'ask'; options: Candidate[] }
  /** `unnamed`: the best measure, which does not name what the question counts (the word) or singles out (contrast members). */
  | { kind: 'refuse'; unnamed?: { c: Candidate; word?: string; contrasts?: string[]; unit?: { da: string; en: string }; notAmount?: true }; elsewhere?: OrgMiss };

/** The question names a cost ("driftsudgift", "koster", "investering") and asks no other unit. */
export function asksCost(f: Frame): boolean {
  return f.contrasts.includes('money:cost') && f.units.every((u) => u === 'money');
}

/**
 * Answer when the best measure explains enough of the question and no other explains as much while
 * fitting as well; ask when the best explains only part of it or two fit equally; refuse below that.
 */
export function decide(res: Resolution, f: Frame): Decision {
  const d = weigh(res, f);
  if (d.kind === 'refuse') return d;
  if (d.kind === 'answer') return unnamedSplit(res, d.best, f) ?? guarded(d, f);
  // Asking between readings one of which names every word that tells them apart, and more, is needless.
  const one = distinguished(d.options, res.ranked) ?? (f.operation === 'sum' || f.total ? totalMeant(d.options) : undefined);
  // The reading picked that way answers only as any answer does: counting what is asked, in the unit asked.
  return one ? guarded({ kind: 'answer', best: one, others: d.options.filter((o) => o !== one).slice(0, 2) }, f) : d;
}

/**
 * "Hvor mange kontaktforløb i 2020?" of a table with a row at the year's start and one at its end: two measures of one
 * case, organisation and unit told apart only by a member of an ask family (words.json `askFamilies`) the question
 * names none of. Picking the nearer name would be a coin toss with a confident number, so both are offered.
 */
function unnamedSplit(res: Resolution, best: Candidate, f: Frame): Decision | undefined {
  for (const family of res.askFamilies ?? []) {
    const own = best.named.find((x) => x.startsWith(`${family}:`));
    if (!own || f.contrasts.some((x) => x.startsWith(`${family}:`))) continue;
    const other = res.ranked.find((c) => c !== best && c.org === best.org && c.kpi.caseId === best.kpi.caseId && c.kpi.unit === best.kpi.unit && c.fitsPeriod && c.named.some((x) => x.startsWith(`${family}:`) && x !== own));
    // The question's own words may still name one ("the 'I alt' row", "in total"): a word of the question only it names decides.
    const namesMore = (best.says ?? []).some((w) => !(other?.says ?? []).includes(w));
    if (other && !namesMore && !sameFigures(best, other, f)) return { kind: 'ask', options: [best, other] };
  }
  return undefined;
}

/** Both readings give the same figure for every period asked (2022: 783 at the year's start and at its end): nothing to ask. */
function sameFigures(a: Candidate, b: Candidate, f: Frame): boolean {
  const asked = f.latest ? [undefined] : f.periods.length ? f.periods.flatMap((p) => p.split('--')) : [undefined];
  return asked.every((p) => {
    const [pa, pb] = [a, b].map((c) => p && resolvePeriod(p, c.mine).period);
    // A period read against the measure's data ("år 3") that does not resolve here says nothing about either figure.
    if (pa?.includes('@') || pb?.includes('@')) return false;
    const x = choosePeriod(a.mine, pa).figure;
    const y = choosePeriod(b.mine, pb).figure;
    return !!x && !!y && x.value === y.value && x.period === y.period;
  });
}

/** An answer that counts another thing or unit than the question asks is a refusal naming it. */
function guarded(d: Extract<Decision, { kind: 'answer' }>, f: Frame): Decision {
  // "Hvor mange årsværk …" answered with a count of cases answers another question: refuse, naming the thing counted.
  if (d.best.uncounted) return { kind: 'refuse', unnamed: { c: d.best, word: f.counted?.said ?? d.best.uncounted } };
  // "Hvor mange gengangere …" answered in sickness cases, or with a caseload for a count of caseworkers: another number.
  const unit = unsaidCountingUnit(d.best.kpi.unit, f, fold(`${d.best.kpi.name.da} ${d.best.kpi.name.en}`));
  if (unit) return { kind: 'refuse', unnamed: { c: d.best, unit } };
  // "Hvad er driftsudgiften …" answered in årsværk or persons gives a number of another kind: a cost asked is an amount.
  if (asksCost(f) && unitFamily(d.best.kpi.unit) !== 'money') return { kind: 'refuse', unnamed: { c: d.best, notAmount: true } };
  return d;
}

function weigh(res: Resolution, f: Frame): Decision {
  const best = res.ranked[0];
  if (!best) return { kind: 'refuse' };
  // The measure that explains the question best is ruled out by a constraint: the next best answers
  // another question ("the nearest other figure"), so refuse and say what is missing.
  if (best.hit.coverage < constraintCoverage(res, best) || levelMissed(res, best)) return { kind: 'refuse' };
  const elsewhere = orgElsewhere(res, best, f);
  if (elsewhere) return { kind: 'refuse', elsewhere };
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
    // "KIKs faktiske nettoresultat for hele 2018": the one measure the words name lacks only the period asked; it is
    // the one meant (its answer says which periods it has), not one of the case's measures the words do not name.
    // (A side of a comparison takes the case's measure that has the period: its words may be the other side's.)
    if ((f.operation === 'lookup' || f.operation === 'sum') && best.fitsKind && !best.fitsPeriod && best.hit.coverage >= ASK_COVERAGE && !fitting.some((c) => c.hit.coverage >= ASK_COVERAGE)) return { kind: 'answer', best, others: [] };
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
  // One name in several cases of one organisation (each of Herning's proposals has "Ændring i driftsudgifter") and no
  // case named: which proposal is meant is the user's to say, not the first one's figure.
  const sameNamed = (c: Candidate) => c.org === best.org && c.kpi.name.da === best.kpi.name.da && !!c.kpi.caseId && c.kpi.caseId !== best.kpi.caseId;
  const caseNamesakes = f.cases.length || !best.kpi.caseId ? [] : res.ranked.filter((c) => sameNamed(c) && c.fitsKind && c.fitsPeriod && c.score >= best.score * AMBIGUITY_RATIO && !sameReading(c, best, f));
  if (caseNamesakes.length && f.operation !== 'rank') return { kind: 'ask', options: [best, ...caseNamesakes].slice(0, 3) };
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

/** A measure lacking the organisation asked that explains a plain lookup as well as the best and names ORG_ELSEWHERE telling words more (see the margin). */
function orgElsewhere(res: Resolution, best: Candidate, f: Frame): OrgMiss | undefined {
  if (f.operation !== 'lookup' || !f.orgs.length) return undefined;
  const mine = best.says ?? [];
  // A measure the organisation asked has under that name (ranked or ruled out) is not one only others have.
  const own = new Set([...res.ranked, ...res.constraintMisses, ...res.kindMisses].map((c) => c.kpi.name.da));
  // … or naming as much and nothing the question leaves out that the best names: the whole ("i beskæftigelse seks måneder
  // efter aktivering") that others have, where the organisation asked has only a part ("… i løntilskud").
  const asking = [...f.measure, ...f.optional];
  const bestBeyond = new Set(best.beyond ?? []);
  const lessBeyond = (m: OrgMiss) => {
    const theirs = wordsBeyond(m.kpi, asking);
    return theirs.length < bestBeyond.size && theirs.every((w) => bestBeyond.has(w));
  };
  const ahead = res.orgMisses.filter(
    (m) =>
      m.levelScore === undefined &&
      !own.has(m.kpi.name.da) &&
      (m.coverage ?? 0) >= Math.max(best.hit.coverage, ANSWER_COVERAGE) &&
      mine.every((w) => m.says?.includes(w)) &&
      ((m.says?.length ?? 0) >= mine.length + ORG_ELSEWHERE || lessBeyond(m)),
  );
  return ahead.sort((a, b) => b.coverage! - a.coverage!)[0];
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

/** The figure a candidate would answer with: the kind asked (else its usual one) for the period asked. */
function valueAsked(c: Candidate, f: Frame): number | undefined {
  const kinds = askedKinds(f);
  const kind = kinds.find((k) => c.mine.some((x) => x.kind === k)) ?? defaultKind(c.mine);
  const period = f.latest || !f.periods[0] ? undefined : resolvePeriod(f.periods[0], c.mine).period;
  return choosePeriod(c.mine.filter((x) => x.kind === kind), period).figure?.value;
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
