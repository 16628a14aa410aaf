import { describe, expect, it } from 'vitest';
import { celebratedKeys, findCelebrations, newCelebrations, toMilestones } from '../../../functions/domain/celebrations/index.js';
import { evaluateGoals } from '../../../functions/domain/goals/index.js';
import { fig, goal, kpi } from '../goals/seed-cases.js';

const measure = kpi('viborg.praktik-andel', 'viborg', 'Andel i virksomhedspraktik', 'Share in work placements', 'percent', 'higher-is-better');
const target = goal({ id: 'viborg.maal-praktik', orgId: 'viborg', kpiId: measure.id, target: 20, deadline: '2018-12' });

function digest(asOf: string, values: [string, number][]) {
  const figures = values.map(([period, v]) => fig(measure.id, 'viborg', period, v, 'hypothetical'));
  return findCelebrations({ asOf, evaluations: evaluateGoals([target], [measure], figures, { asOf }), kpis: [measure], figures });
}

describe('exactly once per audience', () => {
  it('a narrow achievement, then a wide margin: both celebrated, the second without repeating the first', () => {
    const first = newCelebrations(digest('2017-11-01', [['2017-10', 21]]), []);
    expect(first.map((c) => c.rule)).toEqual(['goal-achieved']);
    const recorded = first.flatMap((c) => toMilestones(c, 'conv-1', '2017-11-01T07:00:00Z'));

    const candidates = digest('2018-02-01', [['2017-10', 21], ['2018-01', 30]]);
    expect(candidates[0]!.covers.map((r) => r.rule)).toEqual(['goal-achieved']);
    const second = newCelebrations(candidates, celebratedKeys(recorded));
    expect(second.map((c) => c.rule)).toEqual(['target-exceeded']);
    expect(second[0]!.covers).toEqual([]);
    expect(toMilestones(second[0]!, 'conv-1', '2018-02-01T07:00:00Z').map((m) => m.id)).toEqual(['conv-1~target-exceeded~viborg.maal-praktik']);
  });

  it('a wide margin first settles the plain achievement for good', () => {
    const first = newCelebrations(digest('2018-02-01', [['2018-01', 30]]), []);
    const recorded = first.flatMap((c) => toMilestones(c, 'conv-1', '2018-02-01T07:00:00Z'));
    expect(recorded.map((m) => m.rule)).toEqual(['target-exceeded', 'goal-achieved']);
    expect(newCelebrations(digest('2018-03-01', [['2018-01', 30], ['2018-02', 22]]), celebratedKeys(recorded))).toEqual([]);
  });

  it('the same key twice among the candidates is returned once', () => {
    const twice = [...digest('2017-11-01', [['2017-10', 21]]), ...digest('2017-11-01', [['2017-10', 21]])];
    expect(newCelebrations(twice, [])).toHaveLength(1);
  });
});
