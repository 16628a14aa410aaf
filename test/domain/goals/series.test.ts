/**
 * The figures a goal is measured by: only the goal's own actual figures up to the date, one per day (the
 * more specific of two that end together), and the baseline added only where it is the start of the story.
 */
import { describe, expect, it } from 'vitest';
import { rollUp, evaluateGoals } from '../../../functions/domain/goals/index.js';
import { actualSeries, withBaseline } from '../../../functions/domain/goals/series.js';
import { fig, goal, kpi } from './seed-cases.js';

const k = kpi('t.k', 't', 'Modtagere', 'Recipients', 'persons', 'lower-is-better');
const g = { kpiId: k.id, orgId: 't' };
const at = (period: string, value: number) => fig(k.id, 't', period, value, 'x');

describe('actualSeries', () => {
  it('of a month and a range ending the same day, keeps the month, whichever comes first', () => {
    for (const figures of [[at('2018-08', 5), at('2018-02--2018-08', 9)], [at('2018-02--2018-08', 9), at('2018-08', 5)]]) {
      expect(actualSeries(g, figures, '2018-09-03')).toEqual([{ period: '2018-08', date: '2018-08-31', value: 5 }]);
    }
  });

  it('of four figures ending the same day, keeps the shortest, in any order', () => {
    const figures = [at('2018', 1), at('2018-H2', 2), at('2018-Q4', 3), at('2018-12', 4)];
    const orders = [figures, [...figures].reverse(), [figures[2]!, figures[0]!, figures[3]!, figures[1]!], [figures[1]!, figures[3]!, figures[0]!, figures[2]!]];
    for (const order of orders) expect(actualSeries(g, order, '2019-01-01')).toEqual([{ period: '2018-12', date: '2018-12-31', value: 4 }]);
  });

  it('orders by end date even when a later-ending range starts before an earlier month', () => {
    for (const figures of [[at('2018-01--2018-08', 9), at('2018-06', 5)], [at('2018-06', 5), at('2018-01--2018-08', 9)]]) {
      expect(actualSeries(g, figures, '2018-09-03').map((o) => o.period)).toEqual(['2018-06', '2018-01--2018-08']);
    }
  });

  it('takes only actual figures of the goal\'s own KPI and organisation', () => {
    const figures = [at('2018-06', 1), fig(k.id, 't', '2018-07', 2, 'x', 'target'), fig('t.other', 't', '2018-07', 3, 'x'), fig(k.id, 'other', '2018-07', 4, 'x')];
    expect(actualSeries(g, figures, '2018-09-03').map((o) => o.value)).toEqual([1]);
  });

  it('orders by end date, includes a figure ending on the date itself, and nothing later', () => {
    const figures = [at('2018-08', 3), at('2018-06', 1), at('2018-07', 2), at('2018-09-03', 4), at('2018-09', 5)];
    expect(actualSeries(g, figures, '2018-09-03').map((o) => o.value)).toEqual([1, 2, 3, 4]);
  });
});

describe('withBaseline', () => {
  const series = actualSeries(g, [at('2018-06', 60), at('2018-08', 80)], '2018-09-03');
  const dates = (s: readonly { date: string }[]) => s.map((o) => o.date);

  it('adds the baseline where the effort started, in date order, marked as such', () => {
    const s = withBaseline(series, { value: 100, period: '2018-01' }, '2018-09-03');
    expect(dates(s)).toEqual(['2018-01-31', '2018-06-30', '2018-08-31']);
    expect(s[0]).toEqual({ period: '2018-01', date: '2018-01-31', value: 100, fromBaseline: true });
    expect(dates(withBaseline(series, { value: 70, period: '2018-07' }, '2018-09-03'))).toEqual(['2018-06-30', '2018-07-31', '2018-08-31']);
  });

  it('leaves it out when a figure covers its day, when it is newer than every figure, or after the date', () => {
    expect(withBaseline(series, { value: 1, period: '2018-06' }, '2018-09-03').map((o) => o.value)).toEqual([60, 80]);
    expect(withBaseline(series, { value: 1, period: '2018-08-31' }, '2018-09-03').map((o) => o.value)).toEqual([60, 80]);
    expect(dates(withBaseline(series, { value: 1, period: '2018-09-01' }, '2018-09-03'))).toEqual(['2018-06-30', '2018-08-31']);
    expect(dates(withBaseline(series, { value: 1, period: '2018-09' }, '2018-09-03'))).toEqual(['2018-06-30', '2018-08-31']);
    expect(withBaseline([], { value: 1, period: '2018-09' }, '2018-09-03')).toEqual([]);
    expect(withBaseline([], { value: 1, period: '2018-01' }, '2018-09-03')).toHaveLength(1);
  });
});

describe('rolling up', () => {
  const sub = kpi('t.sub', 't', 'Delmål', 'Sub-goal', 'persons', 'higher-is-better');
  const end = goal({ id: 't.end', orgId: 't', kpiId: k.id, target: 100, deadline: '2019-12' });
  const part = goal({ id: 't.part', orgId: 't', kpiId: sub.id, target: 10, deadline: '2019-12', level: 'sub', parentGoalId: end.id });
  const trees = (figures: ReturnType<typeof at>[], goals = [end, part]) => rollUp(evaluateGoals(goals, [k, sub], figures, { asOf: '2019-02-01' }));

  it('an end goal with a recent figure of its own keeps its own status, its sub-goals only counted', () => {
    const [tree] = trees([at('2019-01', 90), fig(sub.id, 't', '2019-01', 2, 'x')]);
    expect(tree).toMatchObject({ status: 'achieved', basis: 'own', subGoalStatus: { 'at-risk': 1 } });
  });

  it('a sub-goal whose end goal is not among those evaluated stands as a tree of its own', () => {
    const [tree, ...rest] = trees([fig(sub.id, 't', '2019-01', 12, 'x')], [part]);
    expect(rest).toEqual([]);
    expect(tree).toMatchObject({ status: 'achieved', basis: 'own', subGoals: [] });
  });
});
