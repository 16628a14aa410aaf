/**
 * Goals the documents state without a number or a date: Viborg "nedbringe antallet af unge på offentlig
 * forsørgelse så meget som muligt" (000), KIK "antallet af aktivitetsparate borgere skal halveres" (001),
 * Projekt Superb's planned 150 participants with no date (003). They are shown, never judged on a made-up
 * number or deadline.
 */
import { describe, expect, it } from 'vitest';
import { findCelebrations } from '../../../functions/domain/celebrations/index.js';
import { describeGoal, evaluateGoal, evaluateGoals, rollUp } from '../../../functions/domain/goals/index.js';
import { fig, goal, kpi } from './seed-cases.js';

const VIBORG = '000_f8a057ffcc8f1d65.txt';
const BC = '003_f787f6dc3d0f0660.txt';

const youth = kpi('viborg.unge.fuldtidspersoner', 'viborg', 'Unge på offentlig forsørgelse', 'Young people on public support', 'full-time-persons', 'lower-is-better');
const youthFigures = [fig(youth.id, 'viborg', '2015-01', 1959, VIBORG), fig(youth.id, 'viborg', '2017-09', 1869, VIBORG)];
const asFewAsPossible = goal({ id: 'viborg.faerre-unge', orgId: 'viborg', kpiId: youth.id, baseline: { value: 1959, period: '2015-01' } });

const caseload = kpi('viborg.sager', 'viborg', 'Sager pr. sagsbehandler', 'Cases per caseworker', 'cases-per-caseworker', 'lower-is-better');
const caseloadGoal = goal({ id: 'viborg.sager-50', orgId: 'viborg', kpiId: caseload.id, level: 'sub', parentGoalId: asFewAsPossible.id, target: 50, baseline: { value: 80, period: '2015' } });

const superb = kpi('bc.superb.deltagere', 'bc', 'Projekt Superb: deltagere', 'Project Superb: participants', 'persons', 'higher-is-better');
const superbGoal = goal({ id: 'bc.superb-150', orgId: 'bc', kpiId: superb.id, target: 150 });
const superbFigures = [fig(superb.id, 'bc', '2015-10', 51, BC)];

describe('a goal without a target figure', () => {
  const e = evaluateGoal(asFewAsPossible, youth, youthFigures, { asOf: '2017-10-01' });

  it('is "no target", not on track, however well the figures go', () => {
    expect(e.status).toBe('no-target');
    expect(e.target).toBeUndefined();
    expect(e.meetsTarget).toBe(false);
    expect(e.projection).toBeUndefined();
    expect(e.margin).toBeNull();
    expect(e.progress).toBeNull();
  });

  it('still carries its figures, so a card can show 1.959 → 1.869', () => {
    expect(e.series.map((o) => o.value)).toEqual([1959, 1869]);
    expect(e.latest?.value).toBe(1869);
  });

  it('is described without inventing a number or a date, in both languages', () => {
    const names = { kpiName: 'Unge på offentlig forsørgelse', unit: youth.unit, scale: 1 };
    expect(describeGoal(e, names, 'da')).toBe('Unge på offentlig forsørgelse: 1.869 fuldtidspersoner (september 2017) – målet er ikke sat i tal.');
    expect(describeGoal(e, { ...names, kpiName: 'Young people on public support' }, 'en')).toMatch(/1,869 full-time persons \(September 2017\) – the goal is not set in figures\.$/);
  });
});

describe('a goal with a target but no deadline', () => {
  it('is achieved when met (about 80 → about 50 cases per caseworker)', () => {
    const e = evaluateGoal(caseloadGoal, caseload, [fig(caseload.id, 'viborg', '2015', 80, VIBORG), fig(caseload.id, 'viborg', '2017', 50, VIBORG)], { asOf: '2017-12-31' });
    expect(e.status).toBe('achieved');
    expect(e.deadline).toBeUndefined();
    expect(e.deadlinePassed).toBe(false);
    expect(e.progress).toBe(1);
  });

  it('is "no deadline" while not met: 51 of a planned 150 is neither on track nor off it', () => {
    const e = evaluateGoal(superbGoal, superb, superbFigures, { asOf: '2015-11-01' });
    expect(e.status).toBe('no-deadline');
    expect(e.projection).toBeUndefined();
    expect(e.margin).toBeCloseTo((51 - 150) / 150, 6);
    expect(describeGoal(e, { kpiName: 'Projekt Superb: deltagere', unit: 'persons', scale: 1 }, 'da')).toBe(
      'Projekt Superb: deltagere: 51 personer (oktober 2015) mod målet 150 personer uden frist – ikke nået, ingen frist.',
    );
  });

  it('has no recent data once its figure is old, like any other goal', () => {
    expect(evaluateGoal(superbGoal, superb, superbFigures, { asOf: '2017-01-01' }).status).toBe('no-recent-data');
  });

  it('is celebrated when achieved without a "by" date in the wording', () => {
    const figures = [fig(superb.id, 'bc', '2016-05', 150, 'hypothetical')];
    const evaluations = evaluateGoals([superbGoal], [superb], figures, { asOf: '2016-06-01' });
    expect(evaluations[0]!.status).toBe('achieved');
    const [c] = findCelebrations({ asOf: '2016-06-01', kpis: [superb], figures, evaluations });
    expect(c!.rule).toBe('goal-achieved');
    for (const text of [c!.text.da, c!.text.en]) expect(text).not.toMatch(/undefined|pr\.\s*\.|by\s*\./);
  });
});

describe('rolling up', () => {
  it('an end goal without a target keeps "no target"; its judged sub-goal is still counted', () => {
    const figures = [...youthFigures, fig(caseload.id, 'viborg', '2017', 50, VIBORG)];
    const [tree] = rollUp(evaluateGoals([asFewAsPossible, caseloadGoal], [youth, caseload], figures, { asOf: '2018-01-15' }));
    expect(tree!.status).toBe('no-target');
    expect(tree!.subGoalStatus.achieved).toBe(1);
  });

  it('an end goal without figures ignores sub-goals that cannot be judged', () => {
    const end = goal({ id: 'bc.end', orgId: 'bc', kpiId: 'bc.reduktion', target: 50, deadline: '2018' });
    const reduction = kpi('bc.reduktion', 'bc', 'Reduktion', 'Reduction', 'full-year-persons', 'higher-is-better');
    const sub = { ...superbGoal, level: 'sub' as const, parentGoalId: end.id };
    const [tree] = rollUp(evaluateGoals([end, sub], [reduction, superb], superbFigures, { asOf: '2015-11-01' }));
    expect(tree!.subGoals[0]!.status).toBe('no-deadline');
    expect(tree!.status).toBe('no-recent-data');
  });
});
