/**
 * The seeds' own goals and figures, typed here from the source documents (not read from the seed data files),
 * so these tests check the engine against what the documents say.
 */
import { figureId, type Figure, type FigureKind, type Goal, type Kpi } from '../../../functions/domain/model.js';

export function fig(kpiId: string, orgId: string, period: string, value: number, document: string, kind: FigureKind = 'actual'): Figure {
  return {
    id: figureId({ kpiId, orgId, kind, period }),
    kpiId,
    orgId,
    kind,
    period,
    value,
    source: { document, locator: 'typed in the test' },
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: { id: 'test', kind: 'system' },
  };
}

export function kpi(id: string, orgId: string, da: string, en: string, unit: Kpi['unit'], direction: Kpi['direction'], caseId?: string): Kpi {
  return { id, orgId, name: { da, en }, aliases: [], unit, scale: 1, direction, ...(caseId ? { caseId } : {}) };
}

export function goal(partial: Partial<Goal> & Pick<Goal, 'id' | 'orgId' | 'kpiId' | 'target' | 'deadline'>): Goal {
  return { level: 'end', title: { da: partial.id, en: partial.id }, ...partial };
}

// ------------------------------------------------ Aabenraa, KIK II (001, "Status KIK II" table)
const AABENRAA = '001_c4b015c6edf99cef.txt';
export const KIK2 = 'aabenraa.kik-ii';

export const kik2Recipients = kpi(`${KIK2}.kontant-og-uddannelseshjaelp`, 'aabenraa', 'Kontant- og uddannelseshjælpsmodtagere', 'Cash and education benefit recipients', 'persons', 'lower-is-better', KIK2);
export const kik2SelfSupporting = kpi(`${KIK2}.selvforsoergelse`, 'aabenraa', 'Selvforsørgende', 'Self-supporting citizens', 'persons', 'higher-is-better', KIK2);
export const kik2OtherSupport = kpi(`${KIK2}.anden-forsoergelse`, 'aabenraa', 'Overgået til anden forsørgelse', 'Moved to other support', 'persons', 'higher-is-better', KIK2);

/** The ceiling: at most 1,117 recipients on 31 January 2019, from 771 on 1 February 2018. */
export const kik2RecipientsGoal = goal({
  id: `${KIK2}.maal-modtagere`, orgId: 'aabenraa', kpiId: kik2Recipients.id, caseId: KIK2, target: 1117, deadline: '2019-01-31',
  baseline: { value: 771, period: '2018-02-01' },
});
export const kik2SelfSupportingGoal = goal({
  id: `${KIK2}.maal-selvforsoergelse`, orgId: 'aabenraa', kpiId: kik2SelfSupporting.id, caseId: KIK2, target: 26, deadline: '2019-01-31',
  level: 'sub', parentGoalId: kik2RecipientsGoal.id,
});
export const kik2OtherSupportGoal = goal({
  id: `${KIK2}.maal-anden-forsoergelse`, orgId: 'aabenraa', kpiId: kik2OtherSupport.id, caseId: KIK2, target: 4, deadline: '2019-01-31',
  level: 'sub', parentGoalId: kik2RecipientsGoal.id,
});

/** "Status pr. 31. august 2018", column "I alt" (1 February – 31 August 2018). */
export const kik2Figures: Figure[] = [
  fig(kik2Recipients.id, 'aabenraa', '2018-02-01--2018-08-31', 978, AABENRAA),
  fig(kik2SelfSupporting.id, 'aabenraa', '2018-02-01--2018-08-31', 408, AABENRAA),
  fig(kik2OtherSupport.id, 'aabenraa', '2018-02-01--2018-08-31', 83, AABENRAA),
];

// ------------------------------------------------ Viborg (000)
const VIBORG = '000_f8a057ffcc8f1d65.txt';
export const youthShare = kpi('viborg.unge-offentlig-forsoergelse-andel', 'viborg', 'Andel unge 18-29 år på offentlig forsørgelse', 'Share of young people aged 18-29 on public support', 'percent', 'lower-is-better');
/** 15,9 % in January 2015 (KL's analysis), 14,2 % in September 2017. */
export const youthShareFigures: Figure[] = [fig(youthShare.id, 'viborg', '2015-01', 15.9, VIBORG), fig(youthShare.id, 'viborg', '2017-09', 14.2, VIBORG)];

export const caseload = kpi('viborg.sager-pr-sagsbehandler', 'viborg', 'Sager pr. sagsbehandler', 'Cases per caseworker', 'cases-per-caseworker', 'lower-is-better');
/** "fra ca. 80 ned til ca. 50 sager pr. sagsbehandler": 80 before the change, 50 at the status of October 2017. */
export const caseloadFigures: Figure[] = [fig(caseload.id, 'viborg', '2015', 80, VIBORG), fig(caseload.id, 'viborg', '2017-10', 50, VIBORG)];
export const caseloadGoal = goal({ id: 'viborg.maal-sagsantal', orgId: 'viborg', kpiId: caseload.id, target: 50, deadline: '2017-12', baseline: { value: 80, period: '2015' } });

export const clusterRank = kpi('viborg.klyngerang-unge', 'viborg', 'Placering i klyngen, unge på offentlig forsørgelse', 'Rank in the cluster, young people on public support', 'rank', 'lower-is-better');
/** No. 10 in Q1 2015 (KL's analysis), no. 4 in Q1 2016. */
export const clusterRankFigures: Figure[] = [fig(clusterRank.id, 'viborg', '2015-Q1', 10, VIBORG), fig(clusterRank.id, 'viborg', '2016-Q1', 4, VIBORG)];

// ------------------------------------------------ The business case (003): 50 full-year persons fewer each year 2015–2018
// Measured as the cumulative reduction since the start, so each year's interim target (50, 100, 150) is a
// sub-goal on the same measure as the end goal of 200 by 2018.
export const BC = 'business-case.langvarige-kontanthjaelp';
export const bcReduction = kpi(`${BC}.reduktion`, 'business-case', 'Færre helårspersoner i langvarigt kontanthjælpsforløb', 'Fewer full-year persons on long-term cash benefit', 'full-year-persons', 'higher-is-better', BC);
export const bcEndGoal = goal({ id: `${BC}.maal-2018`, orgId: 'business-case', kpiId: bcReduction.id, caseId: BC, target: 200, deadline: '2018', baseline: { value: 0, period: '2014' } });
export const bcYearGoals: Goal[] = [2015, 2016, 2017].map((year, i) =>
  goal({
    id: `${BC}.maal-${year}`, orgId: 'business-case', kpiId: bcReduction.id, caseId: BC, target: 50 * (i + 1), deadline: String(year),
    level: 'sub', parentGoalId: bcEndGoal.id, baseline: { value: 0, period: '2014' },
  }),
);
