/**
 * The goal engine at its edges: a figure exactly on the target, a figure exactly as old as the staleness
 * limit, the deadline's own day, a projection exactly at the at-risk tolerance, and targets in whole people.
 * Each case sits on the boundary and one step past it, so ">=" and ">" cannot be confused.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../functions/domain/errors.js';
import { countByStatus, dateOfDay, dayNumber, evaluateGoal, rollUp, verdicts } from '../../../functions/domain/goals/index.js';
import { fitLine } from '../../../functions/domain/goals/trend.js';
import { fig, goal, kpi } from './seed-cases.js';

const up = kpi('t.up', 't', 'Selvforsørgende', 'Self-supporting', 'count', 'higher-is-better');
const down = kpi('t.down', 't', 'Modtagere', 'Recipients', 'count', 'lower-is-better');
const at = (k: typeof up, period: string, value: number) => fig(k.id, 't', period, value, 'x');

describe('meeting the target', () => {
  it('a figure exactly on the target meets it, whichever way the goal points', () => {
    const floor = goal({ id: 't.floor', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-12' });
    const ceiling = goal({ id: 't.ceiling', orgId: 't', kpiId: down.id, target: 100, deadline: '2019-12' });
    const asOf = { asOf: '2019-02-01' };
    expect(evaluateGoal(floor, up, [at(up, '2019-01', 100)], asOf)).toMatchObject({ status: 'achieved', margin: 0 });
    expect(evaluateGoal(floor, up, [at(up, '2019-01', 99)], asOf).status).not.toBe('achieved');
    expect(evaluateGoal(ceiling, down, [at(down, '2019-01', 100)], asOf)).toMatchObject({ status: 'achieved', margin: 0 });
    expect(evaluateGoal(ceiling, down, [at(down, '2019-01', 101)], asOf).status).not.toBe('achieved');
  });

  it('a neutral goal lands on its target within 2 %, or within 0,01 of a zero target', () => {
    const neutral = kpi('t.neutral', 't', 'Befolkning', 'Population', 'count', 'neutral');
    const land = (target: number, value: number) =>
      evaluateGoal(goal({ id: 't.land', orgId: 't', kpiId: neutral.id, target, deadline: '2019-12' }), neutral, [at(neutral, '2019-01', value)], { asOf: '2019-02-01' }).meetsTarget;
    expect([land(50, 51), land(50, 49), land(50, 51.5), land(50, 48.5)]).toEqual([true, true, false, false]);
    expect([land(-50, -51), land(-50, -52)]).toEqual([true, false]);
    expect([land(0, 0.01), land(0, -0.01), land(0, 0.02)]).toEqual([true, true, false]);
  });

  it('a neutral measure with a baseline pursues the way its target lies, and lands on it when they agree', () => {
    const neutral = kpi('t.neutral', 't', 'Befolkning', 'Population', 'count', 'neutral');
    const direction = (target: number | undefined, baseline?: number) =>
      evaluateGoal(
        goal({ id: 't.n', orgId: 't', kpiId: neutral.id, target, deadline: '2019-12', ...(baseline === undefined ? {} : { baseline: { value: baseline, period: '2018' } }) }),
        neutral, [], { asOf: '2019-02-01' },
      ).direction;
    expect([direction(120, 100), direction(80, 100), direction(100, 100), direction(100), direction(undefined, 100)]).toEqual([
      'higher-is-better', 'lower-is-better', 'neutral', 'neutral', 'neutral',
    ]);
  });
});

describe('targets counted in whole people', () => {
  const judged = (unit: 'persons' | 'percent', direction: 'higher-is-better' | 'lower-is-better' | 'neutral', target: number) =>
    evaluateGoal(goal({ id: 't.whole', orgId: 't', kpiId: 't.whole', target, deadline: '2019-12' }), { id: 't.whole', direction, unit }, [], { asOf: '2019-02-01' }).target;

  it('"at most 721,5 persons" is at most 721, "at least 25,2" is at least 26, "about 50,5" is 51', () => {
    expect(judged('persons', 'lower-is-better', 721.5)).toBe(721);
    expect(judged('persons', 'higher-is-better', 25.2)).toBe(26);
    expect(judged('persons', 'neutral', 50.5)).toBe(51);
    expect(judged('persons', 'higher-is-better', 25)).toBe(25);
  });

  it('a share keeps its decimals', () => {
    expect(judged('percent', 'lower-is-better', 14.5)).toBe(14.5);
  });
});

describe('how old a figure may be', () => {
  const target = goal({ id: 't.age', orgId: 't', kpiId: up.id, target: 100, deadline: '2020-12' });
  // January 2019 ends on the 31st; 183 days later is 2 August 2019.
  it('a figure exactly 183 days old still counts; one day more and the goal has no recent data', () => {
    const figures = [at(up, '2019-01', 120)];
    expect(evaluateGoal(target, up, figures, { asOf: '2019-08-02' })).toMatchObject({ status: 'achieved', stale: false, ageDays: 183 });
    expect(evaluateGoal(target, up, figures, { asOf: '2019-08-03' })).toMatchObject({ status: 'no-recent-data', stale: true, ageDays: 184 });
  });
});

describe('the deadline', () => {
  const target = goal({ id: 't.deadline', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-06', baseline: { value: 50, period: '2018-01' } });

  it('its own last day is still before it has passed; the next day the missed goal is off track', () => {
    const figures = [at(up, '2019-05', 90)];
    expect(evaluateGoal(target, up, figures, { asOf: '2019-06-30' })).toMatchObject({ status: 'at-risk', deadlinePassed: false });
    expect(evaluateGoal(target, up, figures, { asOf: '2019-07-01' })).toMatchObject({ status: 'off-track', deadlinePassed: true });
  });

  it('a figure dated on the deadline is the one the goal is judged by', () => {
    const e = evaluateGoal(target, up, [at(up, '2019-05', 90), at(up, '2019-06', 100), at(up, '2019-07', 80)], { asOf: '2019-08-15' });
    expect(e).toMatchObject({ status: 'achieved', judgedBy: { period: '2019-06' }, latest: { period: '2019-07' } });
  });

  it('a missed goal is judged at its deadline however long ago, not called out of date', () => {
    expect(evaluateGoal(target, up, [at(up, '2019-05', 90)], { asOf: '2020-06-01' })).toMatchObject({ status: 'off-track', stale: false });
  });
});

describe('at risk or off track', () => {
  // 0 on 1 January, 10 on 11 January: one a day, so 20 on the deadline of 21 January, half-way from 0 to 40.
  const target = goal({ id: 't.risk', orgId: 't', kpiId: up.id, target: 40, deadline: '2019-01-21' });
  const figures = [at(up, '2019-01-01', 0), at(up, '2019-01-11', 10)];

  it('a projection short by exactly the tolerance is at risk; a smaller tolerance makes it off track', () => {
    const e = evaluateGoal(target, up, figures, { asOf: '2019-01-11', atRiskShare: 0.5 });
    expect(e.projection).toMatchObject({ value: 20, points: 2, meetsTarget: false });
    expect(e.status).toBe('at-risk');
    expect(evaluateGoal(target, up, figures, { asOf: '2019-01-11', atRiskShare: 0.49 }).status).toBe('off-track');
  });

  it('a trend reaching the target is on track, and its yearly slope is stated', () => {
    const e = evaluateGoal({ ...target, target: 20 }, up, figures, { asOf: '2019-01-11' });
    expect(e.status).toBe('on-track');
    expect(e.projection!.slopePerYear).toBeCloseTo(365.25, 6);
  });

  it('the trend window includes a figure exactly that many days older than the latest', () => {
    const three = [at(up, '2019-01-01', 0), at(up, '2019-01-06', 0), at(up, '2019-01-11', 10)];
    expect(evaluateGoal(target, up, three, { asOf: '2019-01-11', trendWindowDays: 10 }).projection!.points).toBe(3);
    expect(evaluateGoal(target, up, three, { asOf: '2019-01-11', trendWindowDays: 9 }).projection!.points).toBe(2);
  });

  it('a falling count is never projected below zero people; a measure that is already negative may be', () => {
    const ceiling = goal({ id: 't.zero', orgId: 't', kpiId: down.id, target: 10, deadline: '2019-03' });
    const falling = [at(down, '2019-01-01', 100), at(down, '2019-01-11', 50)];
    expect(evaluateGoal(ceiling, down, falling, { asOf: '2019-01-11' }).projection).toMatchObject({ value: 0, meetsTarget: true });
    const net = [at(down, '2019-01-01', 10), at(down, '2019-01-11', -10)];
    expect(evaluateGoal(ceiling, down, net, { asOf: '2019-01-11' }).projection!.value).toBeLessThan(-100);
  });

  it('two figures on the same day are no trend', () => {
    expect(fitLine([{ period: '2019-01', date: '2019-01-31', value: 1 }, { period: '2019-01', date: '2019-01-31', value: 2 }])).toBeUndefined();
  });
});

describe('margin and progress', () => {
  it('a zero target measures the margin against the baseline, and without one there is none', () => {
    const none = goal({ id: 't.none', orgId: 't', kpiId: down.id, target: 0, deadline: '2019-12', baseline: { value: 80, period: '2018' } });
    expect(evaluateGoal(none, down, [at(down, '2019-01', 20)], { asOf: '2019-02-01' }).margin).toBe(-0.25);
    const { baseline: _, ...noBaseline } = none;
    expect(evaluateGoal(noBaseline, down, [at(down, '2019-01', 20)], { asOf: '2019-02-01' }).margin).toBeNull();
  });

  it('progress is the share of the way from the baseline, and none when the baseline already met the target', () => {
    const from50 = goal({ id: 't.p', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-12', baseline: { value: 50, period: '2018' } });
    expect(evaluateGoal(from50, up, [at(up, '2019-01', 80)], { asOf: '2019-02-01' }).progress).toBeCloseTo(0.6, 9);
    expect(evaluateGoal({ ...from50, baseline: { value: 100, period: '2018' } }, up, [at(up, '2019-01', 80)], { asOf: '2019-02-01' }).progress).toBeNull();
  });
});

describe('dates', () => {
  it('counts whole days and names the field of a date that does not exist', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(dayNumber('2018-09-03'))).toBe('2018-09-03');
    for (const bad of ['2018-02-29', '2018-13-01', '2018-9-3', ' 2018-09-03']) {
      expect(() => dayNumber(bad, 'since')).toThrow(ValidationError);
    }
    try {
      dayNumber('2018-02-29', 'since');
    } catch (error) {
      expect((error as ValidationError).errors).toEqual([{ field: 'since', message: 'not a date: 2018-02-29' }]);
      expect((error as ValidationError).message).toMatch(/^since must be a date/);
    }
  });
});

describe('verdicts', () => {
  it('a goal judged at its deadline shows that figure, without an age; an old one shows the newest with its age', () => {
    const target = goal({ id: 't.v', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-06' });
    const [passed] = verdicts(rollUp([evaluateGoal(target, up, [at(up, '2019-06', 90), at(up, '2019-07', 120)], { asOf: '2019-08-01' })]));
    expect(passed).toMatchObject({ status: 'off-track', figures: 'fresh', figure: { period: '2019-06' } });
    expect(passed!.ageDays).toBeUndefined();
    const [old] = verdicts(rollUp([evaluateGoal({ ...target, deadline: '2021' }, up, [at(up, '2019-01', 90)], { asOf: '2020-01-01' })]));
    expect(old).toMatchObject({ status: 'no-recent-data', figures: 'old', figure: { period: '2019-01' }, ageDays: 335 });
    const [none] = verdicts(rollUp([evaluateGoal(target, up, [], { asOf: '2019-02-01' })]));
    expect(none!.figures).toBe('none');
    expect(none!.figure).toBeUndefined();
  });

  it('a header counts goals by their shown status', () => {
    expect(countByStatus([{ status: 'achieved' }, { status: 'at-risk' }, { status: 'achieved' }])).toEqual({
      achieved: 2, 'on-track': 0, 'at-risk': 1, 'off-track': 0, 'no-deadline': 0, 'no-target': 0, 'no-recent-data': 0,
    });
  });
});
