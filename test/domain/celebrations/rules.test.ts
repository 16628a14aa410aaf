import { describe, expect, it } from 'vitest';
import { findCelebrations } from '../../../functions/domain/celebrations/index.js';
import type { Decision, Proposal } from '../../../functions/domain/model.js';
import { fig, kpi } from '../goals/seed-cases.js';

const lower = kpi('viborg.unge-fuldtidspersoner', 'viborg', 'Unge på offentlig forsørgelse', 'Young people on public support', 'full-time-persons', 'lower-is-better');
const higher = kpi('herning.praktikker', 'herning', 'Virksomhedspraktikker', 'Work placements', 'count', 'higher-is-better');
const organisations = [{ id: 'viborg', name: 'Viborg Kommune' }, { id: 'herning', name: 'Herning Kommune' }];
const series = (k: typeof lower, values: number[], startMonth = 1) =>
  values.map((v, i) => fig(k.id, k.orgId, `2017-${String(startMonth + i).padStart(2, '0')}`, v, 'hypothetical monthly figures'));

describe('new best value and improving streaks', () => {
  it('a new best names the measure, the organisation and the previous best', () => {
    const figures = series(lower, [1959, 1900, 1930, 1869]);
    const [c, ...rest] = findCelebrations({ asOf: '2017-05-10', kpis: [lower], figures, organisations });
    expect(rest).toEqual([]);
    expect(c!.rule).toBe('new-best');
    expect(c!.key).toBe('new-best~viborg.unge-fuldtidspersoner~2017-04');
    expect(c!.text.da).toMatch(/1\.869 fuldtidspersoner/);
    expect(c!.text.da).toContain('Viborg Kommune');
    expect(c!.text.en).toMatch(/1,869 full-time persons/);
  });

  it('needs a history: a second figure is not yet a "best"', () => {
    expect(findCelebrations({ asOf: '2017-03-10', kpis: [lower], figures: series(lower, [1959, 1869]) })).toEqual([]);
  });

  it('an equal value is not a new best, a worse one is not news, a neutral measure never is', () => {
    expect(findCelebrations({ asOf: '2017-05-10', kpis: [lower], figures: series(lower, [1959, 1900, 1930, 1900]) })).toEqual([]);
    expect(findCelebrations({ asOf: '2017-05-10', kpis: [lower], figures: series(lower, [1959, 1900, 1930, 1990]) })).toEqual([]);
    const neutral = { ...lower, direction: 'neutral' as const };
    expect(findCelebrations({ asOf: '2017-05-10', kpis: [neutral], figures: series(neutral, [10, 9, 8, 7]) })).toEqual([]);
  });

  it('a streak of three improvements that is also a new best is one celebration, settling both', () => {
    const [c, ...rest] = findCelebrations({ asOf: '2017-05-10', kpis: [higher], figures: series(higher, [10, 12, 14, 16]), organisations });
    expect(rest).toEqual([]);
    expect(c!.rule).toBe('new-best');
    expect(c!.covers).toEqual([{ rule: 'improving-streak', subjectId: 'herning.praktikker~2017-01~3' }]);
  });

  it('a streak below an old best is celebrated as a streak, again when it reaches six, keyed by where it began', () => {
    const figures = series(higher, [100, 50, 60, 70, 80]);
    const [three] = findCelebrations({ asOf: '2017-06-01', kpis: [higher], figures, organisations });
    expect(three).toMatchObject({ rule: 'improving-streak', key: 'improving-streak~herning.praktikker~2017-02~3' });
    expect(three!.text.da).toMatch(/3/);
    expect(three!.text.da).toContain('80');
    const longer = series(higher, [100, 50, 60, 70, 80, 85, 90, 95]);
    const [six] = findCelebrations({ asOf: '2017-09-01', kpis: [higher], figures: longer, organisations });
    expect(six).toMatchObject({ rule: 'improving-streak', key: 'improving-streak~herning.praktikker~2017-02~6' });
  });

  it('old news is not news: the latest figure must be recent', () => {
    expect(findCelebrations({ asOf: '2018-06-01', kpis: [lower], figures: series(lower, [1959, 1900, 1930, 1869]) })).toEqual([]);
  });
});

describe('proposals', () => {
  const approve = (at: string): Decision => ({ decision: 'approve', by: { id: 'chef', kind: 'user' }, at });
  const proposal = (over: Partial<Proposal>): Proposal => ({
    id: 'herning.bic-01', orgId: 'herning', kind: 'priority', number: 'BIC 01', responsibleUnit: 'BIC', title: 'Flere i virksomhedspraktik',
    effortTypes: [], economy: [], status: 'approved', submittedBy: { id: 'x', kind: 'user' }, submittedAt: '2016-03-01T09:00:00Z', decisions: [], ...over,
  });
  const run = (p: Proposal, asOf = '2016-05-02') => findCelebrations({ asOf, kpis: [], proposals: [p] });

  it('an approval names the proposal and its unit', () => {
    const [c, ...rest] = run(proposal({ decisions: [approve('2016-04-28T13:00:00+02:00')] }));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ rule: 'proposal-approved', key: 'proposal-approved~herning.bic-01', date: '2016-04-28' });
    expect(c!.text.da).toContain('BIC 01 «Flere i virksomhedspraktik»');
    expect(c!.text.en).toContain('BIC 01 “Flere i virksomhedspraktik”');
    expect(c!.text.en).toContain('BIC');
  });

  it('implemented settles approved too', () => {
    const [c] = run(proposal({ status: 'implemented', decisions: [approve('2016-01-10T10:00:00Z')] }));
    expect(c).toMatchObject({ rule: 'proposal-implemented', covers: [{ rule: 'proposal-approved', subjectId: 'herning.bic-01' }] });
  });

  it('no approval on record, a decision after asOf, a rejection, or an old approval: nothing to celebrate', () => {
    expect(run(proposal({}))).toEqual([]);
    expect(run(proposal({ decisions: [approve('2016-06-01T10:00:00Z')] }))).toEqual([]);
    expect(run(proposal({ status: 'rejected', decisions: [{ ...approve('2016-04-28T10:00:00Z'), decision: 'reject' }] }))).toEqual([]);
    expect(run(proposal({ decisions: [approve('2015-01-10T10:00:00Z')] }))).toEqual([]);
  });
});

describe('first figures of a new case', () => {
  const caseKpi = kpi('business-case.superb.i-job', 'business-case', 'Borgere i ordinært arbejde', 'Citizens in ordinary work', 'persons', 'higher-is-better', 'business-case.superb');
  const superb = { id: 'business-case.superb', orgId: 'business-case', status: 'active' as const, title: 'Projekt Superb' };
  const figures = [fig(caseKpi.id, 'business-case', '2015-11', 4, '003_f787f6dc3d0f0660.txt')];

  it("Projekt Superb's first result (4 citizens in ordinary work) is celebrated by the case's name", () => {
    const [c] = findCelebrations({ asOf: '2015-12-07', kpis: [caseKpi], figures, cases: [superb] });
    expect(c).toMatchObject({ rule: 'first-figures', key: 'first-figures~business-case.superb', facts: { value: 4 } });
    expect(c!.text.da).toContain('Projekt Superb');
    expect(c!.text.da).toContain('4 personer');
  });

  it('not for a case without figures, a stopped case, or a case whose first figures are old', () => {
    expect(findCelebrations({ asOf: '2015-12-07', kpis: [caseKpi], figures: [], cases: [superb] })).toEqual([]);
    expect(findCelebrations({ asOf: '2015-12-07', kpis: [caseKpi], figures, cases: [{ ...superb, status: 'stopped' }] })).toEqual([]);
    const later = [...figures, fig(caseKpi.id, 'business-case', '2016-09', 4, 'hypothetical')];
    expect(findCelebrations({ asOf: '2016-10-01', kpis: [caseKpi], figures: later, cases: [superb] })).toEqual([]);
  });
});
