/**
 * The details a celebration must get right beyond its rule: which case it belongs to, which day counts as
 * recent, what one figure's several pieces of news fold into, how a result far beyond the target is put,
 * and how names read mid-sentence. Each case was written for a mutant the other tests let live.
 */
import { describe, expect, it } from 'vitest';
import { findCelebrations, isoWeekOf, newCelebrations, weekOrdinal, type Celebration } from '../../../functions/domain/celebrations/index.js';
import { evaluateGoals } from '../../../functions/domain/goals/index.js';
import type { Goal, Kpi, Proposal } from '../../../functions/domain/model.js';
import { fig, goal, kpi } from '../goals/seed-cases.js';

const CASE = { id: 't.kik', orgId: 't', status: 'active' as const, code: 'KIK II', title: 'Kommunernes indsats' };
const inCase = kpi('t.kik.job', 't', 'Borgere i job', 'Citizens in work', 'count', 'higher-is-better', CASE.id);
const series = (k: Kpi, values: [string, number][]) => values.map(([period, v]) => fig(k.id, 't', period, v, 'x'));

function digest(asOf: string, k: Kpi, values: [string, number][], goals: Goal[] = [], evaluatedAsOf = asOf, week?: string) {
  const figures = series(k, values);
  const evaluations = evaluateGoals(goals, [k], figures, { asOf: evaluatedAsOf });
  // The case's own "first figures" is left out: every history here starts within the recent window.
  return findCelebrations({ asOf, kpis: [k], figures, evaluations, cases: [CASE], ...(week ? { week } : {}) }).filter((c) => c.rule !== 'first-figures');
}

describe('whose news and when', () => {
  it("a new best of a case's measure, and an approved proposal of a case, name the case in their facts", () => {
    const [best] = digest('2019-02-01', inCase, [['2018-11', 10], ['2018-12', 8], ['2019-01', 15]]);
    expect(best).toMatchObject({ rule: 'new-best', facts: { caseId: CASE.id } });
    const proposal: Proposal = {
      id: 't.p1', orgId: 't', kind: 'priority', number: 'BIC 01', responsibleUnit: 'BIC', title: 'Flere i job', caseId: CASE.id,
      effortTypes: [], economy: [], status: 'approved', submittedBy: { id: 'x', kind: 'user' }, submittedAt: '2019-01-01T09:00:00Z',
      decisions: [{ decision: 'approve', at: '2019-01-20T10:00:00Z', by: { id: 'y', kind: 'user' } } as Proposal['decisions'][number]],
    };
    expect(findCelebrations({ asOf: '2019-02-01', kpis: [], proposals: [proposal] })[0]!.facts).toEqual({ proposalId: 't.p1', caseId: CASE.id });
  });

  it('news dated on the digest day itself is recent; a figure after it has not happened yet, whatever the evaluations say', () => {
    const onTheDay = digest('2019-01-31', inCase, [['2018-11', 10], ['2018-12', 8], ['2019-01', 15]]);
    expect(onTheDay.map((c) => [c.rule, c.date])).toEqual([['new-best', '2019-01-31']]);
    const g = goal({ id: 't.g', orgId: 't', kpiId: inCase.id, target: 12, deadline: '2019-12' });
    const early = digest('2019-01-31', inCase, [['2018-12', 8], ['2019-02', 15]], [g], '2019-03-01');
    expect(early).toEqual([]);
  });

  it('a goal on a case\'s measure is placed in the case even when the goal names no case', () => {
    const g = goal({ id: 't.g', orgId: 't', kpiId: inCase.id, target: 12, deadline: '2019-12' });
    const [c] = digest('2019-02-01', inCase, [['2019-01', 13]], [g]);
    expect(c!.rule).toBe('goal-achieved');
    expect(c!.text.da).toContain('KIK II');
  });
});

describe('one piece of news per figure', () => {
  const g = (deadline: string, target: number) => goal({ id: 't.g', orgId: 't', kpiId: inCase.id, target, deadline });
  const rising: [string, number][] = [['2018-10', 10], ['2018-11', 12], ['2018-12', 21], ['2019-01', 25]];

  it('the figure that achieves a goal carries its new best and its streak along with it', () => {
    const [c, ...rest] = digest('2019-02-01', inCase, rising, [g('2019-06', 24)]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ rule: 'goal-achieved', facts: { period: '2019-01' } });
    expect(c!.covers).toEqual([
      { rule: 'new-best', subjectId: `${inCase.id}~2019-01` },
      { rule: 'improving-streak', subjectId: `${inCase.id}~2018-10~3` },
    ]);
  });

  it('a new best after a goal was judged at its deadline is news of its own', () => {
    const found = digest('2019-02-01', inCase, rising, [g('2018-12', 20)]);
    expect(found.map((c) => [c.rule, c.facts.period])).toEqual([['goal-achieved', '2018-12'], ['new-best', '2019-01']]);
  });

  it('what an earlier celebration in the same list covers is not celebrated again', () => {
    const base = { date: '2019-01-31', text: { da: 'x', en: 'x' }, facts: {} };
    const exceeded: Celebration = { ...base, rule: 'target-exceeded', subjectId: 'g', key: 'target-exceeded~g', covers: [{ rule: 'goal-achieved', subjectId: 'g' }] };
    const achieved: Celebration = { ...base, rule: 'goal-achieved', subjectId: 'g', key: 'goal-achieved~g', covers: [] };
    expect(newCelebrations([exceeded, achieved], []).map((c) => c.key)).toEqual(['target-exceeded~g']);
  });
});

describe('far beyond the target', () => {
  it('beating a target of zero is put as a share of the baseline distance, not as "∞ times the target"', () => {
    const g = goal({ id: 't.g', orgId: 't', kpiId: inCase.id, target: 0, deadline: '2019-12', baseline: { value: -20, period: '2018-06' } });
    const [c] = digest('2019-02-01', inCase, [['2019-01', 5]], [g]);
    expect(c!.rule).toBe('target-exceeded');
    expect(c!.text.en).toContain('25% above the target');
  });

  it('a saving two and a half times the one aimed for is "150 % under" a cost ceiling, not "2,5 times the target"', () => {
    const cost = kpi('t.kik.cost', 't', 'Ændring i driftsudgifter', 'Change in operating cost', 'count', 'lower-is-better', CASE.id);
    const g = goal({ id: 't.g', orgId: 't', kpiId: cost.id, target: -100, deadline: '2019-12' });
    const [c] = digest('2019-02-01', cost, [['2019-01', -250]], [g]);
    expect(c!.rule).toBe('target-exceeded');
    expect(c!.text.da).toContain('150 % under målet');
    expect(c!.text.en).toContain('150% below the target');
  });
});

describe('names mid-sentence', () => {
  const threeWeeks = (k: Kpi) =>
    ['2019-W05', '2019-W06', '2019-W07'].flatMap((week) => digest('2019-02-01', k, [['2018-11', 10], ['2018-12', 8], ['2019-01', 15]], [], '2019-02-01', week)).map((c) => c.text.da);

  it('"KIK II: borgere i job" in KIK II starts a sentence as "Borgere i job", and an acronym keeps its capitals', () => {
    const prefixed = kpi('t.kik.prefixed', 't', 'KIK II: borgere i job', 'KIK II: citizens in work', 'count', 'higher-is-better', CASE.id);
    expect(threeWeeks(prefixed).some((t) => t.startsWith('Borgere i job i KIK II'))).toBe(true);
    const acronym = kpi('t.kik.acronym', 't', 'KIK-borgere i job', 'KIK citizens in work', 'count', 'higher-is-better', CASE.id);
    const texts = threeWeeks(acronym);
    expect(texts.some((t) => t.includes(': KIK-borgere i job i KIK II') || t.includes('rekord: KIK-borgere'))).toBe(true);
    expect(texts.join(' ')).not.toContain('kIK');
  });

  it('a figure for a range of months reads as of its last day', () => {
    const [c] = findCelebrations({ asOf: '2018-09-03', kpis: [inCase], figures: series(inCase, [['2018-02-01--2018-08-31', 408]]), cases: [CASE] });
    expect(c!.rule).toBe('first-figures');
    expect(c!.text.da).toMatch(/(pr\. |\()31\. august 2018/);
  });
});

describe('ISO weeks before 1970', () => {
  it('29 December 1969 is in 1970-W01 and the Sunday before in 1969-W52, and 1969-W52 comes just before it', () => {
    expect(isoWeekOf('1969-12-29')).toBe('1970-W01');
    expect(isoWeekOf('1969-12-28')).toBe('1969-W52');
    expect(weekOrdinal('1970-W01') - weekOrdinal('1969-W52')).toBe(1);
    expect(weekOrdinal('1969-W01') - weekOrdinal('1968-W52')).toBe(1);
  });
});

describe('streaks and facts', () => {
  const loose = kpi('t.loose', 't', 'Borgere i job', 'Citizens in work', 'count', 'higher-is-better');

  it('a figure that stays level breaks a streak: only strict improvements count', () => {
    // The latest figure is a new best either way, and speaks for a streak on it too.
    const streaks = (values: [string, number][]) =>
      digest('2019-02-01', loose, values).flatMap((c) => [c.rule, ...c.covers.map((covered) => covered.rule)]).filter((rule) => rule === 'improving-streak');
    expect(streaks([['2018-09', 5], ['2018-10', 6], ['2018-11', 7], ['2018-12', 8], ['2019-01', 9]])).toEqual(['improving-streak']);
    expect(streaks([['2018-09', 5], ['2018-10', 6], ['2018-11', 6], ['2018-12', 7], ['2019-01', 8]])).toEqual([]);
  });

  it('news about a measure or goal outside any case carries no case in its facts', () => {
    const g = goal({ id: 't.g', orgId: 't', kpiId: loose.id, target: 12, deadline: '2019-12' });
    const news = [...digest('2019-02-01', loose, [['2018-11', 10], ['2018-12', 8], ['2019-01', 15]]), ...digest('2019-02-01', loose, [['2019-01', 13]], [g])];
    expect(news.map((c) => c.rule).sort()).toEqual(['goal-achieved', 'new-best']);
    for (const c of news) expect(Object.keys(c.facts), c.rule).not.toContain('caseId');
  });
});
