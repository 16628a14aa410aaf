/**
 * The answer to a question about a case as a whole ("hvad er KIK II?", "show Projekt Superb"): what it
 * is, its economy by year, its goals with status, and its source. Reads only the case's own KPIs' figures.
 */
import type { Case, Kpi } from '../domain/model.js';
import { granularity, type Lang } from '../domain/period.js';
import { fold, stems, words as wordsOf, type Frame } from '../domain/query/index.js';
import type { Store } from '../store/store.js';
import { caseName } from './case-nouns.js';
import { caseFamily, type Catalogue } from './catalogue.js';
import { figuresOf } from './figures.js';
import { goalView } from './goal-view.js';
import type { Answer, CaseEconomyRow, CaseView, ResolvedFigure } from './types.js';
import { formatValue, unitLabel } from './units.js';
import { kindLabel, listText, periodText } from './wording.js';

const CASE_KIND: Record<Case['kind'], Record<Lang, string>> = {
  'investment-strategy': { da: 'investeringsstrategi', en: 'investment strategy' },
  'business-case': { da: 'business case', en: 'business case' },
  project: { da: 'projekt', en: 'project' },
  'sub-project': { da: 'delprojekt', en: 'sub-project' },
  initiative: { da: 'indsats', en: 'initiative' },
  proposal: { da: 'prioriteringsforslag', en: 'priority proposal' },
  'approved-proposal': { da: 'godkendt forslag', en: 'approved proposal' },
  budget: { da: 'budget', en: 'budget' },
  analysis: { da: 'analyse', en: 'analysis' },
};

/** The kinds whose Danish noun takes "en" (en indsats, en investeringsstrategi, en analyse), not "et". */
const COMMON_GENDER = new Set<Case['kind']>(['investment-strategy', 'business-case', 'initiative', 'analysis']);

/** Keyed by the case object: a case patched in by noteChange is a new object, so its words are read afresh. */
const caseWordCache = new WeakMap<object, { parent: object | undefined; words: Set<string> }>();

/** The stems of a case's title, code and aliases and its parent's: the words that only name the case again. */
function caseWords(cat: Catalogue, caseId: string): Set<string> {
  const c = cat.cases.get(caseId);
  if (!c) return new Set();
  const parent = c.parentId ? cat.cases.get(c.parentId) : undefined;
  const cached = caseWordCache.get(c);
  if (cached && cached.parent === parent) return cached.words;
  const words = new Set<string>([c.title, c.code, ...(c.aliases ?? []), parent?.title, ...(parent?.aliases ?? [])].flatMap((t) => (t ? wordsOf(fold(t)).flatMap((w) => stems(w)) : [])));
  caseWordCache.set(c, { parent, words });
  return words;
}

/** "STIGEN i Viborgs quick wins": a case named with the case it belongs to is that case; each case once. */
export function mostSpecificCases(cat: Catalogue, f: Frame): Frame {
  if (f.cases.length < 2) return f;
  const named = [...new Set(f.cases)];
  const ancestors = new Set<string>();
  for (const id of named) for (let p = cat.cases.get(id)?.parentId; p; p = cat.cases.get(p)?.parentId) ancestors.add(p);
  const cases = named.filter((id) => !ancestors.has(id));
  return cases.length === f.cases.length ? f : { ...f, cases };
}

/** With a case named and a description asked ("What is KIS in Aabenraa's labour market policy?"): below this, the words are no measure of it. */
const MEASURE_COVERAGE = 0.6;

/** A case named by code and nothing more, or with words that name none of its measures, or a case title that explains the whole question. */
export function caseAsked(cat: Catalogue, f: Frame): string | undefined {
  if (f.cases.length === 1 && !f.quantity && f.operation === 'lookup' && !f.kinds.length && !f.periods.length) {
    // "Hvad er Transit-forslaget BIC 01?", "spor 2 i Viborgs ungeindsats": words that only name the case again.
    const own = caseWords(cat, f.cases[0]!);
    if (f.measure.every((w) => stems(w).some((s) => own.has(s) || [...own].some((o) => o.length >= 5 && (s.startsWith(o) || o.startsWith(s)))))) return f.cases[0];
    // "Hvad er KIS i Aabenraas beskæftigelsespolitik?": a description asked, and no measure of the case is what the other words name.
    if (f.describes && !f.latest) {
      const best = cat.index.search(f.measure.join(' '), { type: 'kpi', caseIds: caseFamily(cat, f.cases[0]!) }, 1)[0];
      if (!best || best.coverage < MEASURE_COVERAGE) return f.cases[0];
    }
  }
  if (f.cases.length || f.quantity || f.periods.length || f.kinds.length || f.latest || f.operation !== 'lookup' || !f.measure.length) return undefined;
  const words = f.measure.join(' ');
  const top = cat.index.search(words, { type: 'case' }, 1)[0];
  const kpiTop = cat.index.search(words, { type: 'kpi' }, 1)[0];
  const subject = f.orgs[0];
  const margin = f.describes ? 0.7 : 1;
  if (top && top.coverage === 1 && (!kpiTop || top.score >= kpiTop.score * margin) && (!subject || subject.includes(top.orgId))) return top.id;
  return undefined;
}

export async function caseAnswer(store: Store, cat: Catalogue, caseId: string, lang: Lang): Promise<Answer> {
  const c = cat.cases.get(caseId)!;
  const kpis = [...cat.kpis.values()].filter((k) => k.caseId === caseId);
  const figuresByKpi = new Map<string, ResolvedFigure[]>();
  await Promise.all(kpis.map(async (k) => figuresByKpi.set(k.id, await figuresOf(store, cat, k))));

  const economy: CaseEconomyRow[] = [];
  for (const k of kpis.filter((x) => x.unit === 'dkk' || x.unit === 'full-year-positions')) {
    const yearly = (figuresByKpi.get(k.id) ?? []).filter((f) => f.orgId === c.orgId && granularity(f.period) === 'year');
    for (const f of yearly.sort((a, b) => a.period.localeCompare(b.period))) {
      economy.push({
        year: Number(f.period),
        label: `${k.name[lang]} (${kindLabel(f.kind, lang)})`,
        value: f.value,
        unit: unitLabel(k.unit, k.scale ?? 1),
        valueText: formatValue(f.value, k.unit, k.scale ?? 1, lang),
      });
    }
  }
  const kpiById = new Map(kpis.map((k) => [k.id, k] as [string, Kpi]));
  const goals = [...cat.goalsByKpi.values()]
    .flat()
    .filter((g) => g.caseId === caseId || kpiById.has(g.kpiId))
    .map((g) => {
      const kpi = kpiById.get(g.kpiId) ?? cat.kpis.get(g.kpiId);
      return kpi ? goalView(g, kpi, lang, figuresByKpi.get(kpi.id) ?? []) : undefined;
    })
    .filter((g): g is NonNullable<typeof g> => !!g)
    .map(({ goalId: _goalId, source: _source, ...view }) => view);

  const orgName = cat.orgs.get(c.orgId)?.name ?? c.orgId;
  const summary = c.summary?.[lang];
  // The document as readers know it, and the slide or section, rather than a file name.
  const source = c.source ? `${c.source.title ?? c.source.document}, ${c.source.section ?? c.source.locator}` : undefined;
  const view: CaseView = {
    id: c.id,
    orgId: c.orgId,
    orgName,
    title: c.title,
    kind: CASE_KIND[c.kind][lang],
    status: c.status,
    economy,
    goals,
    measures: kpis.map((k) => k.name[lang]),
  };
  if (c.code) view.code = c.code;
  if (summary) view.summary = summary;
  if (c.period) view.period = c.period;
  if (source) view.source = source;

  const name = caseName(c);
  const parts = [
    lang === 'da' ? `${name} er ${COMMON_GENDER.has(c.kind) ? 'en' : 'et'} ${view.kind} i ${orgName}.` : `${name} is ${/^[aeiou]/.test(view.kind) ? 'an' : 'a'} ${view.kind} of ${orgName}.`,
    summary ?? '',
    c.period ? (lang === 'da' ? `Periode: ${periodText(c.period, lang)}.` : `Period: ${periodText(c.period, lang)}.`) : '',
    economy.length
      ? (lang === 'da' ? 'Økonomi: ' : 'Economy: ') + economy.map((r) => `${r.year} ${r.label} ${r.valueText}`).join('; ') + '.'
      : '',
    goals.length ? (lang === 'da' ? 'Mål: ' : 'Goals: ') + listText(goals.map((g) => `${g.title} ${g.targetText}${g.status ? ` (${g.status})` : ''}`), lang) + '.' : '',
    source ? (lang === 'da' ? `Kilde: ${source}.` : `Source: ${source}.`) : '',
  ];
  return {
    kind: 'case',
    lang,
    text: parts.filter(Boolean).join(' '),
    figures: [],
    alternatives: kpis.slice(0, 3).map((k) => ({ label: k.name[lang], q: `${k.name[lang]} ${c.code ?? c.title}` })),
    case: view,
    confidence: 1,
  };
}
