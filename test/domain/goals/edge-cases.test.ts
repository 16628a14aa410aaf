import { describe, expect, it } from 'vitest';
import { AppError, NotFoundError, ValidationError } from '../../../functions/domain/errors.js';
import { describeGoal, evaluateGoal, evaluateGoals, rollUp } from '../../../functions/domain/goals/index.js';
import {
  fig, goal, kik2Figures, kik2OtherSupportGoal, kik2OtherSupport, kik2Recipients, kik2RecipientsGoal, kik2SelfSupporting,
  kik2SelfSupportingGoal, kpi,
} from './seed-cases.js';

const count = kpi('test.count', 'test', 'Antal', 'Count', 'count', 'higher-is-better');
const base = goal({ id: 'test.goal', orgId: 'test', kpiId: count.id, target: 100, deadline: '2019-12-31', baseline: { value: 50, period: '2018-01' } });

describe('edge cases of the goal engine', () => {
  it('without figures: no recent data, and nothing made up', () => {
    const e = evaluateGoal(base, count, [], { asOf: '2019-01-01' });
    expect(e).toMatchObject({ status: 'no-recent-data', stale: true, meetsTarget: false, margin: null, progress: null, series: [] });
    expect(e.latest).toBeUndefined();
    expect(e.projection).toBeUndefined();
  });

  it('a baseline alone is not a measurement', () => {
    expect(evaluateGoal(base, count, [], { asOf: '2018-02-01' }).status).toBe('no-recent-data');
  });

  it('stale figures give no recent data even when they met the target; the threshold is an option', () => {
    const figures = [fig(count.id, 'test', '2018-06', 120, 'x')];
    const e = evaluateGoal(base, count, figures, { asOf: '2019-06-01' });
    expect(e.status).toBe('no-recent-data');
    expect(e.meetsTarget).toBe(true);
    expect(e.ageDays).toBe(336);
    expect(evaluateGoal(base, count, figures, { asOf: '2019-06-01', staleAfterDays: 400 }).status).toBe('achieved');
  });

  it('a deadline passed without meeting the target is off track, and without a figure near the deadline has no data', () => {
    const figures = [fig(count.id, 'test', '2019-11', 90, 'x')];
    expect(evaluateGoal(base, count, figures, { asOf: '2020-03-01' }).status).toBe('off-track');
    const old = [fig(count.id, 'test', '2018-03', 90, 'x')];
    expect(evaluateGoal(base, count, old, { asOf: '2020-03-01' }).status).toBe('no-recent-data');
  });

  it('a figure after the deadline does not rescue a missed goal', () => {
    const figures = [fig(count.id, 'test', '2019-11', 90, 'x'), fig(count.id, 'test', '2020-01', 130, 'x')];
    const e = evaluateGoal(base, count, figures, { asOf: '2020-03-01' });
    expect(e.status).toBe('off-track');
    expect(e.latest!.value).toBe(130);
    expect(e.judgedBy!.value).toBe(90);
  });

  it('a neutral KPI takes its direction from baseline and target, or else aims at the target within 2 %', () => {
    const neutral = kpi('test.neutral', 'test', 'Befolkning', 'Population', 'persons', 'neutral');
    const up = goal({ id: 'test.up', orgId: 'test', kpiId: neutral.id, target: 120, deadline: '2019-12', baseline: { value: 100, period: '2018-01' } });
    expect(evaluateGoal(up, neutral, [fig(neutral.id, 'test', '2019-01', 125, 'x')], { asOf: '2019-02-01' })).toMatchObject({
      direction: 'higher-is-better', status: 'achieved',
    });
    const land = goal({ id: 'test.land', orgId: 'test', kpiId: neutral.id, target: 50, deadline: '2019-12' });
    expect(evaluateGoal(land, neutral, [fig(neutral.id, 'test', '2019-01', 50.9, 'x')], { asOf: '2019-02-01' })).toMatchObject({
      direction: 'neutral', status: 'achieved', margin: null,
    });
    expect(evaluateGoal(land, neutral, [fig(neutral.id, 'test', '2019-01', 55, 'x')], { asOf: '2019-02-01' }).status).toBe('at-risk');
  });

  it('baseline equal to target: met or not by the latest figure, at risk within 5 % of the target', () => {
    const hold = goal({ id: 'test.hold', orgId: 'test', kpiId: count.id, target: 100, deadline: '2019-12', baseline: { value: 100, period: '2018-01' } });
    const figs = (v: number) => [fig(count.id, 'test', '2018-06', 100, 'x'), fig(count.id, 'test', '2019-01', v, 'x')];
    expect(evaluateGoal(hold, count, figs(100), { asOf: '2019-02-01' }).status).toBe('achieved');
    expect(evaluateGoal(hold, count, figs(98), { asOf: '2019-02-01' }).status).toBe('at-risk');
    expect(evaluateGoal(hold, count, figs(80), { asOf: '2019-02-01' }).status).toBe('off-track');
  });

  it('ignores budgets, targets, other organisations and figures dated after asOf', () => {
    const figures = [
      fig(count.id, 'test', '2018-06', 60, 'x'),
      fig(count.id, 'test', '2018-07', 70, 'x'),
      fig(count.id, 'test', '2018-08', 200, 'x', 'budget'),
      fig(count.id, 'test', '2018-08', 200, 'x', 'target'),
      { ...fig(count.id, 'klynge', '2018-08', 200, 'x') },
      fig(count.id, 'test', '2018-09', 200, 'x'),
    ];
    const e = evaluateGoal(base, count, figures, { asOf: '2018-08-31' });
    expect(e.series.map((o) => o.value)).toEqual([60, 70]);
    expect(e.status).toBe('on-track');
  });

  it('fits the trend to the recent points only', () => {
    // An old collapse followed by steady growth: the window of 3 points sees only the growth.
    const figures = [100, 20, 10, 60, 70, 80].map((v, i) => fig(count.id, 'test', `2018-0${i + 1}`, v, 'x'));
    const ambitious = { ...base, target: 200 };
    const recent = evaluateGoal(ambitious, count, figures, { asOf: '2018-07-01', trendPoints: 3 });
    expect(recent.projection!.points).toBe(3);
    expect(recent.projection!.value).toBeCloseTo(80 + 10 * 18, 0);
    expect(recent.status).toBe('on-track');
    const all = evaluateGoal(ambitious, count, figures, { asOf: '2018-07-01' });
    expect(all.projection!.points).toBe(6);
    expect(all.status).toBe('off-track');
  });

  it('rejects a malformed asOf, and a since after asOf, as validation errors naming the field', () => {
    expect(() => evaluateGoal(base, count, [], { asOf: '2018-02-30' })).toThrow(ValidationError);
    expect(() => evaluateGoal(base, count, [], { asOf: '3 September 2018' })).toThrow(/asOf/);
    try {
      evaluateGoal(base, count, [], { asOf: '2018-09-03', since: '2018-09-10' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).errors[0]!.field).toBe('since');
    }
  });

  it('refuses a goal whose KPI does not exist', () => {
    expect(() => evaluateGoals([base], [], [], { asOf: '2018-09-03' })).toThrow(NotFoundError);
  });

  it('reports no change when there is no figure yet, and a first figure as a change without a "from"', () => {
    expect(evaluateGoal(base, count, [], { asOf: '2018-09-03', since: '2018-08-27' }).change).toBeUndefined();
    const e = evaluateGoal(base, count, [fig(count.id, 'test', '2018-08-31', 70, 'x')], { asOf: '2018-09-03', since: '2018-08-27' });
    expect(e.change).toMatchObject({ delta: null, improved: null, newFigures: 1 });
    expect(e.change!.from).toBeUndefined();
  });
});

describe('roll-up', () => {
  const kpis = [kik2Recipients, kik2SelfSupporting, kik2OtherSupport];

  it('an end goal without figures of its own is not on track because its sub-goals are achieved: nobody measured it', () => {
    const subsOnly = kik2Figures.filter((f) => f.kpiId !== kik2Recipients.id);
    const [tree] = rollUp(evaluateGoals([kik2RecipientsGoal, kik2SelfSupportingGoal, kik2OtherSupportGoal], kpis, subsOnly, { asOf: '2018-09-03' }));
    expect(tree).toMatchObject({ status: 'no-recent-data', basis: 'own' });
    expect(tree!.subGoalStatus.achieved).toBe(2);
  });

  it('…and takes the worst measured sub-goal otherwise, ignoring sub-goals without data', () => {
    const subsOnly = kik2Figures.filter((f) => f.kpiId === kik2OtherSupport.id);
    const harder = { ...kik2OtherSupportGoal, target: 100 };
    const [tree] = rollUp(evaluateGoals([kik2RecipientsGoal, kik2SelfSupportingGoal, harder], kpis, subsOnly, { asOf: '2018-09-03' }));
    expect(tree).toMatchObject({ status: 'at-risk', basis: 'sub-goals' });
    expect(tree!.subGoalStatus).toMatchObject({ 'at-risk': 1, 'no-recent-data': 1 });
  });

  it('rolls up through several levels and survives a parent loop', () => {
    const mid = { ...kik2SelfSupportingGoal, parentGoalId: kik2RecipientsGoal.id };
    const leaf = { ...kik2OtherSupportGoal, parentGoalId: mid.id, target: 100 };
    const subsOnly = kik2Figures.filter((f) => f.kpiId === kik2OtherSupport.id);
    const [tree] = rollUp(evaluateGoals([kik2RecipientsGoal, mid, leaf], kpis, subsOnly, { asOf: '2018-09-03' }));
    expect(tree).toMatchObject({ status: 'at-risk', basis: 'sub-goals' });
    expect(tree!.subGoals[0]).toMatchObject({ status: 'at-risk', basis: 'sub-goals' });
    expect(tree!.subGoals[0]!.subGoals[0]!.evaluation.goalId).toBe(leaf.id);

    const a = { ...kik2SelfSupportingGoal, parentGoalId: kik2OtherSupportGoal.id };
    const b = { ...kik2OtherSupportGoal, parentGoalId: kik2SelfSupportingGoal.id };
    const loop = rollUp(evaluateGoals([a, b], kpis, kik2Figures, { asOf: '2018-09-03' }));
    expect(loop).toHaveLength(1);
    expect(loop[0]!.subGoals).toHaveLength(1);
  });
});

describe('describeGoal', () => {
  it('states the status plainly in both languages, bad news included', () => {
    const names = { kpiName: 'Selvforsørgende', caseName: 'KIK II', unit: 'persons' as const, scale: 1 };
    const e = evaluateGoal(kik2SelfSupportingGoal, kik2SelfSupporting, kik2Figures, { asOf: '2018-09-03' });
    expect(describeGoal(e, names, 'da')).toBe(
      'KIK II · Selvforsørgende: 408 personer (1. februar 2018 – 31. august 2018) mod målet 26 personer pr. 31. januar 2019 – nået.',
    );
    const missed = evaluateGoal({ ...base, target: 1000 }, count, [fig(count.id, 'test', '2019-11', 90, 'x')], { asOf: '2020-03-01' });
    expect(describeGoal(missed, { kpiName: 'Count', unit: 'count', scale: 1 }, 'en')).toBe(
      'Count: 90 (November 2019) against the target of 1,000 by 31 December 2019 – off track, the deadline has passed.',
    );
  });
});
