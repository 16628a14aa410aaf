import { describe, expect, it } from 'vitest';
import { evaluateGoal, evaluateGoals, rollUp } from '../../../functions/domain/goals/index.js';
import {
  bcEndGoal, bcReduction, bcYearGoals, caseload, caseloadFigures, caseloadGoal, clusterRank, clusterRankFigures, fig, goal,
  kik2Figures, kik2OtherSupport, kik2OtherSupportGoal, kik2Recipients, kik2RecipientsGoal, kik2SelfSupporting, kik2SelfSupportingGoal,
  youthShare, youthShareFigures,
} from './seed-cases.js';

const kik2Kpis = [kik2Recipients, kik2SelfSupporting, kik2OtherSupport];
const kik2Goals = [kik2RecipientsGoal, kik2SelfSupportingGoal, kik2OtherSupportGoal];

describe('KIK II, status at 31 August 2018 against the targets for 31 January 2019', () => {
  const [recipients, selfSupporting, otherSupport] = evaluateGoals(kik2Goals, kik2Kpis, kik2Figures, { asOf: '2018-09-03' });

  it('978 recipients under the ceiling of 1,117 is achieved, with the margin and the figure it rests on', () => {
    expect(recipients!.status).toBe('achieved');
    expect(recipients!.direction).toBe('lower-is-better');
    expect(recipients!.latest).toMatchObject({ value: 978, date: '2018-08-31' });
    expect(recipients!.ageDays).toBe(3);
    expect(recipients!.margin).toBeCloseTo((1117 - 978) / 1117, 6);
    // The baseline (771) already lay under the ceiling, so "share of the way" means nothing here.
    expect(recipients!.progress).toBeNull();
  });

  it('projects the count past the ceiling by the deadline, from 771 on 1 February to 978 on 31 August', () => {
    // 207 more in 211 days, 153 days left: about 1,128 on 31 January 2019 — worth showing beside "achieved".
    expect(recipients!.projection).toMatchObject({ method: 'least-squares', date: '2019-01-31', points: 2, meetsTarget: false });
    expect(recipients!.projection!.value).toBeCloseTo(978 + (207 / 211) * 153, 6);
  });

  it('408 self-supporting against a target of 26 is achieved, exceeded many times over', () => {
    expect(selfSupporting!.status).toBe('achieved');
    expect(selfSupporting!.margin).toBeCloseTo((408 - 26) / 26, 6);
    expect(otherSupport!.status).toBe('achieved');
  });

  it('rolls the sub-goals up under the end goal, which keeps its own measured status', () => {
    const [tree, ...rest] = rollUp(evaluateGoals(kik2Goals, kik2Kpis, kik2Figures, { asOf: '2018-09-03' }));
    expect(rest).toHaveLength(0);
    expect(tree!.evaluation.goalId).toBe(kik2RecipientsGoal.id);
    expect(tree!.basis).toBe('own');
    expect(tree!.subGoals.map((s) => s.evaluation.goalId)).toEqual([kik2SelfSupportingGoal.id, kik2OtherSupportGoal.id]);
    expect(tree!.subGoalStatus.achieved).toBe(2);
  });

  it('reads the same status from a day-dated figure as from the range ending that day', () => {
    const dayFigure = [fig(kik2Recipients.id, 'aabenraa', '2018-08-31', 978, '001_c4b015c6edf99cef.txt')];
    expect(evaluateGoal(kik2RecipientsGoal, kik2Recipients, dayFigure, { asOf: '2018-09-03' }).status).toBe('achieved');
  });

  it('saw nothing on 31 July 2018, before the status figures existed', () => {
    expect(evaluateGoal(kik2SelfSupportingGoal, kik2SelfSupporting, kik2Figures, { asOf: '2018-07-31' }).status).toBe('no-recent-data');
  });
});

describe("Viborg's share of young people on public support: 15.9 % (January 2015) → 14.2 % (September 2017), lower is better", () => {
  const asOf = '2017-10-01';
  const withTarget = (target: number, extra: Partial<Parameters<typeof goal>[0]> = {}) =>
    goal({ id: 'viborg.maal-unge-andel', orgId: 'viborg', kpiId: youthShare.id, target, deadline: '2018-12', baseline: { value: 15.9, period: '2015-01' }, ...extra });
  // The straight line through both figures, read on 31 December 2018.
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const projected = 14.2 + ((14.2 - 15.9) / days('2015-01-31', '2017-09-30')) * days('2017-09-30', '2018-12-31');

  it('staying below the 2015 level (baseline equal to target) is achieved', () => {
    const e = evaluateGoal(withTarget(15.9), youthShare, youthShareFigures, { asOf });
    expect(e.status).toBe('achieved');
    expect(e.progress).toBeNull();
    expect(e.margin).toBeCloseTo(1.7 / 15.9, 6);
  });

  it('is on track for 13.5 % by the end of 2018, at risk for 13 %, off track for 12 %', () => {
    expect(projected).toBeCloseTo(13.4, 1);
    const onTrack = evaluateGoal(withTarget(13.5), youthShare, youthShareFigures, { asOf });
    expect(onTrack.status).toBe('on-track');
    expect(onTrack.projection!.value).toBeCloseTo(projected, 6);
    expect(onTrack.projection!.slopePerYear).toBeCloseTo((-1.7 / days('2015-01-31', '2017-09-30')) * 365.25, 6);
    expect(onTrack.progress).toBeCloseTo(1.7 / 2.4, 6);
    // 13 %: the line lands 0.4 points short, within a quarter of the 2.9-point distance from the baseline.
    expect(evaluateGoal(withTarget(13), youthShare, youthShareFigures, { asOf }).status).toBe('at-risk');
    expect(evaluateGoal(withTarget(12), youthShare, youthShareFigures, { asOf }).status).toBe('off-track');
  });

  it('has no recent data a year later, when September 2017 is the newest figure', () => {
    const e = evaluateGoal(withTarget(13.5), youthShare, youthShareFigures, { asOf: '2018-09-03' });
    expect(e.status).toBe('no-recent-data');
    expect(e.stale).toBe(true);
    expect(e.latest!.value).toBe(14.2);
  });

  it('reports the change since the last digest, and what the status was then', () => {
    const e = evaluateGoal(withTarget(13.5), youthShare, youthShareFigures, { asOf, since: '2017-06-01' });
    expect(e.change).toMatchObject({ since: '2017-06-01', delta: expect.closeTo(-1.7, 6), improved: true, newFigures: 1, statusThen: 'no-recent-data' });
    expect(e.change!.from!.value).toBe(15.9);
  });

  it("the cluster rank 10 → 4 projects past first place, and the projection stops at zero", () => {
    const e = evaluateGoal(
      goal({ id: 'viborg.maal-klyngerang', orgId: 'viborg', kpiId: clusterRank.id, target: 1, deadline: '2019' }),
      clusterRank, clusterRankFigures, { asOf: '2016-04-15' },
    );
    expect(e.status).toBe('on-track');
    expect(e.projection!.value).toBe(0);
  });
});

describe('Viborg caseload, about 80 → about 50 cases per caseworker', () => {
  it('is achieved once 50 is reported', () => {
    const e = evaluateGoal(caseloadGoal, caseload, caseloadFigures, { asOf: '2017-11-01' });
    expect(e.status).toBe('achieved');
    expect(e.progress).toBe(1);
  });

  it('is judged by the figure up to the deadline once the deadline has passed', () => {
    expect(evaluateGoal(caseloadGoal, caseload, caseloadFigures, { asOf: '2018-06-01' }).status).toBe('achieved');
    const missed = [caseloadFigures[0]!, fig(caseload.id, 'viborg', '2017-10', 65, 'hypothetical'), fig(caseload.id, 'viborg', '2018-03', 50, 'hypothetical')];
    const e = evaluateGoal(caseloadGoal, caseload, missed, { asOf: '2018-06-01' });
    expect(e.status).toBe('off-track');
    expect(e.deadlinePassed).toBe(true);
    expect(e.judgedBy!.value).toBe(65);
    expect(e.latest!.value).toBe(50);
    expect(e.projection).toBeUndefined();
  });

  it('with only the starting figure there is no trend: not met, so at risk', () => {
    expect(evaluateGoal(caseloadGoal, caseload, caseloadFigures, { asOf: '2016-05-01' }).status).toBe('at-risk');
  });
});

describe("The business case: 50 full-year persons fewer each year, 2015–2018", () => {
  const goals = [bcEndGoal, ...bcYearGoals];

  it('has no figures in the note, so every goal says so, rolled up too', () => {
    const [tree] = rollUp(evaluateGoals(goals, [bcReduction], [], { asOf: '2015-12-01' }));
    expect(tree!.status).toBe('no-recent-data');
    expect(tree!.basis).toBe('own');
    expect(tree!.subGoalStatus['no-recent-data']).toBe(3);
  });

  it('with a (hypothetical) 52 fewer in 2015 the first year is achieved and the rest are on track at that pace', () => {
    const figures = [fig(bcReduction.id, 'business-case', '2015', 52, 'hypothetical')];
    const [end, y2015, y2016, y2017] = evaluateGoals(goals, [bcReduction], figures, { asOf: '2016-02-01' });
    expect(y2015!.status).toBe('achieved');
    expect([y2016!.status, y2017!.status, end!.status]).toEqual(['on-track', 'on-track', 'on-track']);
    expect(end!.projection!.value).toBeCloseTo(52 * 4, 0);
  });
});
