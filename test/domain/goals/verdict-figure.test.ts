/** Which figure a card shows for a goal judged too old to rate: the newest one, for its date. */
import { describe, expect, it } from 'vitest';
import { evaluateGoal, rollUp, verdicts } from '../../../functions/domain/goals/index.js';
import { fig, goal, kpi } from './seed-cases.js';

const up = kpi('t.up', 't', 'Selvforsørgende', 'Self-supporting', 'count', 'higher-is-better');

describe('the figure of a goal without recent figures', () => {
  it('is the newest one, even when a figure by the deadline is what the goal would have been judged by', () => {
    // The last figure by the June 2019 deadline is from November 2018, 212 days before it: too old to judge by.
    const figures = [fig(up.id, 't', '2018-11', 50, 'x'), fig(up.id, 't', '2019-08', 120, 'x')];
    const e = evaluateGoal(goal({ id: 't.late', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-06' }), up, figures, { asOf: '2019-09-01' });
    expect(e).toMatchObject({ status: 'no-recent-data', judgedBy: { period: '2018-11' } });
    const [v] = verdicts(rollUp([e]));
    expect(v).toMatchObject({ figures: 'old', figure: { period: '2019-08', value: 120 }, ageDays: 1 });
  });
});
