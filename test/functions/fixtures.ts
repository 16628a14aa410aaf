/** A small, hand-made dataset for the handler tests; the seed data is exercised by the start-up test. */
import type { Case, Figure, Goal, Kpi, Organisation } from '../../functions/domain/model.js';
import type { Store } from '../../functions/store/store.js';

export const source = { document: 'test.pdf', locator: 'table 1' };

export const orgs: Organisation[] = [
  { id: 'aabenraa', name: 'Aabenraa Kommune', kind: 'municipality', aliases: ['Åbenrå'] },
  { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: [] },
  { id: 'klynge-7', name: 'Klynge 7', kind: 'cluster', aliases: [] },
];

export const cases: Case[] = [
  { id: 'aabenraa.kik', orgId: 'aabenraa', code: 'KIK', title: 'Kommunal investeringsstrategi', kind: 'investment-strategy', status: 'completed', effortTypes: [], aliases: [], published: true },
  { id: 'aabenraa.kik-ii', orgId: 'aabenraa', code: 'KIK II', title: 'KIK II', kind: 'investment-strategy', status: 'active', effortTypes: ['tidlig'], aliases: [], published: true },
  { id: 'viborg.unge', orgId: 'viborg', title: 'Unge på offentlig forsørgelse', kind: 'project', status: 'active', effortTypes: [], aliases: [], published: true },
];

export const kpis: Kpi[] = [
  {
    id: 'viborg.unge.fuldtidspersoner',
    orgId: 'viborg',
    caseId: 'viborg.unge',
    name: { da: 'Unge på offentlig forsørgelse', en: 'Young people on public support' },
    aliases: ['fuldtidspersoner 18-29'],
    unit: 'full-time-persons',
    scale: 1,
    direction: 'lower-is-better',
  },
  {
    id: 'aabenraa.kik-ii.selvforsoergende',
    orgId: 'aabenraa',
    caseId: 'aabenraa.kik-ii',
    name: { da: 'Selvforsørgende borgere', en: 'Self-supporting citizens' },
    aliases: [],
    unit: 'persons',
    scale: 1,
    direction: 'higher-is-better',
  },
  {
    id: 'aabenraa.kontanthjaelp',
    orgId: 'aabenraa',
    name: { da: 'Kontanthjælpsmodtagere', en: 'Cash benefit recipients' },
    aliases: ['folk på kontanthjælp'],
    unit: 'persons',
    scale: 1,
    direction: 'lower-is-better',
  },
];

const by = { id: 'seed', kind: 'system' as const };
const at = '2026-01-01T00:00:00.000Z';

function figure(kpiId: string, orgId: string, kind: Figure['kind'], period: string, value: number): Figure {
  return { id: `${kpiId}~${orgId}~${kind}~${period}`, kpiId, orgId, kind, period, value, source, updatedAt: at, updatedBy: by };
}

export const figures: Figure[] = [
  figure('viborg.unge.fuldtidspersoner', 'viborg', 'actual', '2017-09', 1869),
  figure('viborg.unge.fuldtidspersoner', 'viborg', 'actual', '2015-01', 1959),
  figure('viborg.unge.fuldtidspersoner', 'viborg', 'counterfactual', '2017-09', 2099),
  figure('viborg.unge.fuldtidspersoner', 'klynge-7', 'actual', '2017-12', 1500),
];

export const goals: Goal[] = [
  {
    id: 'aabenraa.kik-ii.selvforsoergende-2019',
    orgId: 'aabenraa',
    kpiId: 'aabenraa.kik-ii.selvforsoergende',
    caseId: 'aabenraa.kik-ii',
    level: 'end',
    title: { da: 'Flere selvforsørgende', en: 'More self-supporting' },
    target: 300,
    deadline: '2019-01-31',
  },
  {
    id: 'viborg.unge.faerre',
    orgId: 'viborg',
    kpiId: 'viborg.unge.fuldtidspersoner',
    caseId: 'viborg.unge',
    level: 'end',
    title: { da: 'Færre unge på forsørgelse', en: 'Fewer young people on support' },
    target: 1700,
    deadline: '2018',
  },
];

export async function loadFixtures(store: Store): Promise<void> {
  for (const o of orgs) await store.organisations.upsert(o);
  for (const c of cases) await store.cases.upsert(c);
  for (const k of kpis) await store.kpis.upsert(k);
  for (const f of figures) await store.figures.upsert(f);
  for (const g of goals) await store.goals.upsert(g);
}
