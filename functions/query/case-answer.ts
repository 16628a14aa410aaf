/**
 * The answer to a question about a case as a whole ("hvad er KIK II?", "show Projekt Superb"): what it
 * is, its economy by year, its goals with status, and its source. Reads only the case's own KPIs' figures.
 */
import type { Case, Kpi } from '../domain/model.js';
import { granularity, type Lang } from '../domain/period.js';
import type { Store } from '../store/store.js';
import type { Catalogue } from './catalogue.js';
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

  const name = c.code && c.code !== c.title ? `${c.code} – ${c.title}` : c.title;
  const parts = [
    lang === 'da' ? `${name} er et ${view.kind} i ${orgName}.` : `${name} is a ${view.kind} of ${orgName}.`,
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
