import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../functions/digest/build.js';
import type { Subscription } from '../../functions/domain/model.js';
import { fig, goal, kpi } from '../domain/goals/seed-cases.js';

function trendText(lang: 'da' | 'en'): string | undefined {
  const measure = kpi('p.k', 'p', 'Sager pr. sagsbehandler', 'Cases per caseworker', 'count', 'lower-is-better');
  const figures = Array.from({ length: 8 }, (_, k) => fig(measure.id, 'p', `2018-${String(k + 1).padStart(2, '0')}`, 1250.25 + k * 100, 'typed'));
  const sub: Subscription = {
    id: 's', conversationId: 'c', orgId: 'p', caseIds: [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
    language: lang, active: true, createdBy: { id: 'u' }, createdAt: '2018-01-01T00:00:00Z',
  };
  const inputs = { cases: [], kpis: [measure], figures, proposals: [], goals: [goal({ id: 'p.g', orgId: 'p', kpiId: measure.id, target: 1117.5, deadline: '2019-12' })] };
  return buildDigest(sub, inputs, [], { asOf: '2018-09-03' }).view.cases[0]!.goals[0]!.trendText;
}

describe('the digest’s text trend', () => {
  it('writes the latest six figures and the target the reader’s way: "1.250,25" in Danish, "1,250.25" in English', () => {
    expect(trendText('da')).toBe('Udvikling: 1.450,25 → 1.550,25 → 1.650,25 → 1.750,25 → 1.850,25 → 1.950,25 (mål 1.117,5)');
    expect(trendText('en')).toBe('Trend: 1,450.25 → 1,550.25 → 1,650.25 → 1,750.25 → 1,850.25 → 1,950.25 (target 1,117.5)');
  });
});
