/**
 * Goals on measures that go below zero (a change in operating cost, where a saving is negative): the margin
 * by which a ceiling of -100 is beaten is positive, and a negative projection is rounded like a positive one;
 * a count that has reached zero is never projected below it.
 */
import { describe, expect, it } from 'vitest';
import { describeGoal, evaluateGoal } from '../../../functions/domain/goals/index.js';
import { project } from '../../../functions/domain/goals/trend.js';
import { fig, goal, kpi } from './seed-cases.js';

const cost = kpi('t.cost', 't', 'Ændring i driftsudgifter', 'Change in operating cost', 'count', 'lower-is-better');
const at = (period: string, value: number) => fig(cost.id, 't', period, value, 'x');

describe('negative targets and figures', () => {
  it('saving 250 against a target of saving 100 beats it by 150 % of the target', () => {
    const e = evaluateGoal(goal({ id: 't.save', orgId: 't', kpiId: cost.id, target: -100, deadline: '2019-12' }), cost, [at('2019-01', -250)], { asOf: '2019-02-01' });
    expect(e).toMatchObject({ status: 'achieved', margin: 1.5 });
  });

  it('a projection of -106,67 is stated as the whole number -107, as +106,67 would be 107', () => {
    // -100 on 1 January and -101 on 4 January: -106,67 by 21 January, far short of saving 200.
    const e = evaluateGoal(goal({ id: 't.far', orgId: 't', kpiId: cost.id, target: -200, deadline: '2019-01-21' }), cost, [at('2019-01-01', -100), at('2019-01-04', -101)], { asOf: '2019-01-04' });
    expect(e.status).toBe('off-track');
    expect(e.projection!.value).toBeCloseTo(-106.67, 2);
    const names = { kpiName: 'Change in operating cost', unit: 'count' as const, scale: 1 };
    expect(describeGoal(e, names, 'en')).toMatch(/, projected [-−]107\.$/);
  });
});

describe('a count that has reached zero', () => {
  it('is projected at zero, not below, when its trend points further down', () => {
    const points = [{ period: '2019-01-01', date: '2019-01-01', value: 10 }, { period: '2019-01-04', date: '2019-01-04', value: 0 }];
    expect(project(points, '2019-01-21')!.value).toBe(0);
    expect(project([{ ...points[0]!, value: 10 }, { ...points[1]!, value: -1 }], '2019-01-21')!.value).toBeLessThan(0);
  });
});
