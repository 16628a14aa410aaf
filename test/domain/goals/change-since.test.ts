/**
 * The change since the last digest (evaluateGoal with `since`): which figure it is measured from, how many
 * figures are new, which way is better, and what the status was on the day of the last digest. The
 * digest's tests reach this too, but only through whole digests; here each rule is pinned on its own.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../functions/domain/errors.js';
import { compareValues, evaluateGoal } from '../../../functions/domain/goals/index.js';
import { fig, goal, kpi } from './seed-cases.js';

const up = kpi('t.up', 't', 'I job', 'In work', 'persons', 'higher-is-better');
const down = kpi('t.down', 't', 'Modtagere', 'Recipients', 'persons', 'lower-is-better');
const neutral = kpi('t.neutral', 't', 'Befolkning', 'Population', 'persons', 'neutral');
const goalOn = (k: typeof up, target = 100) => goal({ id: `${k.id}.goal`, orgId: 't', kpiId: k.id, target, deadline: '2019-12' });
const at = (k: typeof up, period: string, value: number) => fig(k.id, 't', period, value, 'x');

describe('the change since the last digest', () => {
  it('is measured from the newest figure on or before the last digest, and counts only later figures as new', () => {
    const figures = [at(up, '2018-06-30', 40), at(up, '2018-07-31', 50), at(up, '2018-08-15', 55), at(up, '2018-08-31', 70)];
    const change = evaluateGoal(goalOn(up), up, figures, { asOf: '2018-09-03', since: '2018-07-31' }).change!;
    expect(change.from).toEqual({ period: '2018-07-31', date: '2018-07-31', value: 50 });
    expect(change.to).toEqual({ period: '2018-08-31', date: '2018-08-31', value: 70 });
    expect(change).toMatchObject({ since: '2018-07-31', delta: 20, improved: true, newFigures: 2 });
  });

  it('a fall is a change for the better when lower is better, and for the worse when higher is', () => {
    const on = (k: typeof up) => evaluateGoal(goalOn(k), k, [at(k, '2018-07', 80), at(k, '2018-08', 60)], { asOf: '2018-09-03', since: '2018-08-01' }).change!;
    expect(on(down)).toMatchObject({ delta: -20, improved: true, newFigures: 1 });
    expect(on(up)).toMatchObject({ delta: -20, improved: false, newFigures: 1 });
  });

  it('an unchanged figure, or any change of a measure without a better way, is neither better nor worse', () => {
    const same = evaluateGoal(goalOn(up), up, [at(up, '2018-07', 80), at(up, '2018-08', 80)], { asOf: '2018-09-03', since: '2018-08-01' });
    expect(same.change).toMatchObject({ delta: 0, improved: null });
    const moved = evaluateGoal(goalOn(neutral), neutral, [at(neutral, '2018-07', 80), at(neutral, '2018-08', 90)], { asOf: '2018-09-03', since: '2018-08-01' });
    expect(moved.change).toMatchObject({ delta: 10, improved: null });
  });

  it('with no figure since the last digest, the change is from and to the same figure', () => {
    const e = evaluateGoal(goalOn(up), up, [at(up, '2018-07', 80)], { asOf: '2018-09-03', since: '2018-08-01' });
    expect(e.change).toMatchObject({ delta: 0, improved: null, newFigures: 0 });
    expect(e.change!.from).toEqual(e.change!.to);
  });

  it('gives the status as it was on the day of the last digest, judged by what was known then', () => {
    // On 1 August only July's 80 was known (a single figure short of the target: at risk); September sees 120 (achieved).
    const e = evaluateGoal(goalOn(up), up, [at(up, '2018-07', 80), at(up, '2018-08', 120)], { asOf: '2018-09-03', since: '2018-08-01' });
    expect(e.status).toBe('achieved');
    expect(e.change!.statusThen).toBe('at-risk');
    // Options other than the dates carry over to the status then: with a short staleness limit July's figure was already old on 20 August.
    const strict = evaluateGoal(goalOn(up), up, [at(up, '2018-07', 80), at(up, '2018-08', 120)], { asOf: '2018-09-03', since: '2018-08-20', staleAfterDays: 10 });
    expect(strict.change!.statusThen).toBe('no-recent-data');
  });

  it('may be asked on the day itself, but not from a day after it or from a day that does not exist', () => {
    const e = evaluateGoal(goalOn(up), up, [at(up, '2018-09-03', 80)], { asOf: '2018-09-03', since: '2018-09-03' });
    expect(e.change).toMatchObject({ since: '2018-09-03', delta: 0, newFigures: 0 });
    const refused = (since: string) => {
      try {
        evaluateGoal(goalOn(up), up, [], { asOf: '2018-09-03', since });
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).errors;
      }
      return expect.unreachable();
    };
    expect(refused('2018-09-04')).toEqual([{ field: 'since', message: '2018-09-04 is after 2018-09-03' }]);
    expect(refused('2018-02-30')).toEqual([{ field: 'since', message: 'not a date: 2018-02-30' }]);
  });

  it('a first figure since the last digest is a change with no figure to start from', () => {
    const e = evaluateGoal(goalOn(up), up, [at(up, '2018-08', 80)], { asOf: '2018-09-03', since: '2018-08-01' });
    expect(e.change).toMatchObject({ delta: null, improved: null, newFigures: 1 });
    expect(e.change).not.toHaveProperty('from');
  });

  it('is left out when no last digest is given', () => {
    expect(evaluateGoal(goalOn(up), up, [at(up, '2018-08', 80)], { asOf: '2018-09-03' })).not.toHaveProperty('change');
  });
});

describe('compareValues', () => {
  it('says whether the second value is better, worse or the same, whichever way the measure points', () => {
    expect([compareValues(1, 2, 'higher-is-better'), compareValues(2, 1, 'higher-is-better'), compareValues(2, 2, 'higher-is-better')]).toEqual([1, -1, 0]);
    expect([compareValues(1, 2, 'lower-is-better'), compareValues(2, 1, 'lower-is-better'), compareValues(2, 2, 'lower-is-better')]).toEqual([-1, 1, 0]);
    expect([compareValues(1, 2, 'neutral'), compareValues(2, 1, 'neutral')]).toEqual([0, 0]);
  });
});
