/**
 * A goal's status in one sentence, every branch in both languages: no target, no figures, no deadline,
 * a projection (rounded as an estimate is), and a deadline that has passed.
 */
import { describe, expect, it } from 'vitest';
import { describeGoal, evaluateGoal } from '../../../functions/domain/goals/index.js';
import { fig, goal, kpi } from './seed-cases.js';

const up = kpi('t.up', 't', 'Selvforsørgende', 'Self-supporting', 'count', 'higher-is-better');
const at = (period: string, value: number) => fig(up.id, 't', period, value, 'x');
const names = (lang: 'da' | 'en', caseName?: string) => ({ kpiName: lang === 'da' ? 'Selvforsørgende' : 'Self-supporting', unit: 'count' as const, scale: 1, ...(caseName ? { caseName } : {}) });
const both = (e: ReturnType<typeof evaluateGoal>, caseName?: string) => [describeGoal(e, names('da', caseName), 'da'), describeGoal(e, names('en', caseName), 'en')];

describe('describeGoal', () => {
  it('a goal without a number and without figures says so', () => {
    const e = evaluateGoal(goal({ id: 't.words', orgId: 't', kpiId: up.id, target: undefined, deadline: undefined }), up, [], { asOf: '2019-02-01' });
    expect(both(e, 'KIK')).toEqual([
      'KIK · Selvforsørgende: ingen tal endnu – målet er ikke sat i tal.',
      'KIK · Self-supporting: no figures yet – the goal is not set in figures.',
    ]);
  });

  it('a goal with a number but no figures names the target and its deadline', () => {
    const e = evaluateGoal(goal({ id: 't.none', orgId: 't', kpiId: up.id, target: 1500, deadline: '2019-12' }), up, [], { asOf: '2019-02-01' });
    expect(both(e)).toEqual([
      'Selvforsørgende: ingen tal endnu mod målet 1.500 pr. december 2019.',
      'Self-supporting: no figures yet against the target of 1,500 by December 2019.',
    ]);
  });

  it('a goal not met without a deadline is "not met, no deadline"', () => {
    const e = evaluateGoal(goal({ id: 't.open', orgId: 't', kpiId: up.id, target: 150, deadline: undefined }), up, [at('2019-01', 51)], { asOf: '2019-02-01' });
    expect(both(e)[1]).toBe('Self-supporting: 51 (January 2019) against the target of 150 with no deadline – not met, no deadline.');
  });

  it('a goal off track states where its trend leads, in whole numbers from a hundred up', () => {
    // 1.000 on 1 January and 1.001 on 4 January: 1.006,67 by 21 January, far short of 2.000.
    const e = evaluateGoal(goal({ id: 't.far', orgId: 't', kpiId: up.id, target: 2000, deadline: '2019-01-21' }), up, [at('2019-01-01', 1000), at('2019-01-04', 1001)], { asOf: '2019-01-04' });
    expect(e.status).toBe('off-track');
    expect(both(e)).toEqual([
      'Selvforsørgende: 1.001 (4. januar 2019) mod målet 2.000 pr. 21. januar 2019 – ikke på sporet, fremskrevet 1.007.',
      'Self-supporting: 1,001 (4 January 2019) against the target of 2,000 by 21 January 2019 – off track, projected 1,007.',
    ]);
  });

  it('…and below a hundred with one decimal', () => {
    const e = evaluateGoal(goal({ id: 't.small', orgId: 't', kpiId: up.id, target: 18, deadline: '2019-01-21' }), up, [at('2019-01-01', 10), at('2019-01-04', 11)], { asOf: '2019-01-04' });
    expect(e.status).toBe('at-risk');
    expect(both(e)).toEqual([
      'Selvforsørgende: 11 (4. januar 2019) mod målet 18 pr. 21. januar 2019 – i fare, fremskrevet 16,7.',
      'Self-supporting: 11 (4 January 2019) against the target of 18 by 21 January 2019 – at risk, projected 16.7.',
    ]);
  });

  it('a goal on track states its projection too; an achieved one needs none', () => {
    const figures = [at('2019-01-01', 10), at('2019-01-04', 16)];
    const onTrack = evaluateGoal(goal({ id: 't.on', orgId: 't', kpiId: up.id, target: 40, deadline: '2019-01-21' }), up, figures, { asOf: '2019-01-04' });
    expect(both(onTrack)[0]).toBe('Selvforsørgende: 16 (4. januar 2019) mod målet 40 pr. 21. januar 2019 – på sporet, fremskrevet 50.');
    const achieved = evaluateGoal(goal({ id: 't.met', orgId: 't', kpiId: up.id, target: 15, deadline: '2019-01-21' }), up, figures, { asOf: '2019-01-04' });
    expect(achieved.projection).toBeDefined();
    expect(both(achieved)).toEqual([
      'Selvforsørgende: 16 (4. januar 2019) mod målet 15 pr. 21. januar 2019 – nået.',
      'Self-supporting: 16 (4 January 2019) against the target of 15 by 21 January 2019 – achieved.',
    ]);
  });

  it('a goal missed at its deadline says the deadline has passed, in Danish too', () => {
    const e = evaluateGoal(goal({ id: 't.late', orgId: 't', kpiId: up.id, target: 100, deadline: '2019-06' }), up, [at('2019-05', 90)], { asOf: '2019-08-01' });
    expect(both(e, 'KIK')[0]).toBe('KIK · Selvforsørgende: 90 (maj 2019) mod målet 100 pr. juni 2019 – ikke på sporet, fristen er overskredet.');
  });
});
