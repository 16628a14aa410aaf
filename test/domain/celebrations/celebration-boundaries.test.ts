/**
 * Celebrations at their edges: how recent is still news (to the day), when a margin is wide, how the margin
 * is worded each way, which figure a new case is celebrated by, the order a digest lists them in, and where
 * the news is said to have happened.
 */
import { describe, expect, it } from 'vitest';
import { findCelebrations, milestoneId, phrasingIndex, toMilestones, weekOrdinal } from '../../../functions/domain/celebrations/index.js';
import { fnv1a } from '../../../functions/domain/celebrations/keys.js';
import { evaluateGoals } from '../../../functions/domain/goals/index.js';
import type { Decision, Proposal } from '../../../functions/domain/model.js';
import { fig, goal, kpi } from '../goals/seed-cases.js';

const approve = (at: string): Decision => ({ decision: 'approve', by: { id: 'chef', kind: 'user' }, at });
const proposal = (over: Partial<Proposal>): Proposal => ({
  id: 'herning.bic-01', orgId: 'herning', kind: 'priority', number: 'BIC 01', responsibleUnit: 'BIC', title: 'Flere i virksomhedspraktik',
  effortTypes: [], economy: [], status: 'approved', submittedBy: { id: 'x', kind: 'user' }, submittedAt: '2015-03-01T09:00:00Z', decisions: [], ...over,
});
const rules = (p: Proposal) => findCelebrations({ asOf: '2016-07-11', kpis: [], proposals: [p] }).map((c) => c.rule);

describe('how long good news stays news', () => {
  it('an approval 183 days ago is news, one 184 days ago is not', () => {
    expect(rules(proposal({ decisions: [approve('2016-01-10T12:00:00Z')] }))).toEqual(['proposal-approved']);
    expect(rules(proposal({ decisions: [approve('2016-01-09T12:00:00Z')] }))).toEqual([]);
  });

  it('an implementation is news for twice as long after its approval', () => {
    expect(rules(proposal({ status: 'implemented', decisions: [approve('2015-07-11T12:00:00Z')] }))).toEqual(['proposal-implemented']);
    expect(rules(proposal({ status: 'implemented', decisions: [approve('2015-07-10T12:00:00Z')] }))).toEqual([]);
  });

  it('the latest approval on or before the digest date is the one that counts', () => {
    const [c] = findCelebrations({
      asOf: '2016-07-11', kpis: [],
      proposals: [proposal({ decisions: [approve('2016-07-01T08:00:00Z'), approve('2015-01-01T08:00:00Z'), approve('2016-08-01T08:00:00Z')] })],
    });
    expect(c!.date).toBe('2016-07-01');
  });

  it('a new best 183 days old is still news, one a day older is not', () => {
    const k = kpi('t.praktik', 't', 'Praktikker', 'Placements', 'count', 'higher-is-better');
    // January, February and March 2017: March ends on the 31st, 183 days before 30 September.
    const figures = [fig(k.id, 't', '2017-01', 10, 'x'), fig(k.id, 't', '2017-02', 12, 'x'), fig(k.id, 't', '2017-03', 11.5, 'x'), fig(k.id, 't', '2017-03-31', 20, 'x')];
    expect(findCelebrations({ asOf: '2017-09-30', kpis: [k], figures }).map((c) => c.rule)).toEqual(['new-best']);
    expect(findCelebrations({ asOf: '2017-10-01', kpis: [k], figures })).toEqual([]);
  });
});

describe('an achieved goal', () => {
  const share = kpi('t.andel', 't', 'Andel i praktik', 'Share in placements', 'percent', 'higher-is-better');
  const ceiling = kpi('t.modtagere', 't', 'Modtagere', 'Recipients', 'persons', 'lower-is-better');
  const celebrate = (k: typeof share, target: number, value: number, deadline: string | undefined = '2018-12') => {
    const g = goal({ id: `${k.id}.maal`, orgId: 't', kpiId: k.id, target, deadline });
    const figures = [fig(k.id, 't', '2018-01', value, 'x')];
    return findCelebrations({ asOf: '2018-02-01', kpis: [k], figures, evaluations: evaluateGoals([g], [k], figures, { asOf: '2018-02-01' }) });
  };

  it('beaten by exactly a quarter is a wide margin, stated as a percentage each way', () => {
    const [over] = celebrate(share, 20, 25);
    expect(over!.rule).toBe('target-exceeded');
    expect(over!.text.da).toContain('25 % over målet');
    expect(over!.text.en).toContain('25% above the target');
    const [under] = celebrate(ceiling, 100, 75);
    expect(under!.rule).toBe('target-exceeded');
    expect(under!.text.da).toContain('25 % under målet');
    expect(under!.text.en).toContain('25% below the target');
    expect(celebrate(share, 20, 24.9)[0]!.rule).toBe('goal-achieved');
  });

  it('twice the target or more is said as a multiple', () => {
    const [twice] = celebrate(share, 20, 40);
    expect(twice!.text.da).toContain('2 gange målet');
    expect(twice!.text.en).toContain('2 times the target');
    expect(celebrate(share, 20, 39)[0]!.text.da).toContain('95 % over målet');
  });

  it('states the deadline when the source gives one, and nothing in its place when not', () => {
    // The first goal-achieved phrasing is the one that names the deadline; pick a week that uses it.
    const key = 'goal-achieved~t.andel.maal';
    const week = ['2018-W01', '2018-W02', '2018-W03'].find((w) => phrasingIndex('goal-achieved', key, w) === 0)!;
    const run = (deadline: string | undefined) => {
      const g = goal({ id: 't.andel.maal', orgId: 't', kpiId: share.id, target: 20, deadline });
      const figures = [fig(share.id, 't', '2018-01', 21, 'x')];
      return findCelebrations({ asOf: '2018-02-01', week, kpis: [share], figures, evaluations: evaluateGoals([g], [share], figures, { asOf: '2018-02-01' }) })[0]!.text;
    };
    expect(run('2018-12')).toEqual({
      da: 'Mål nået: andel i praktik i t er 21 % pr. januar 2018 – målet var 20 % pr. december 2018.',
      en: 'Goal reached: andel i praktik in t at 21% as of January 2018 – the target was 20% by December 2018.'.replace('andel i praktik', 'share in placements'),
    });
    expect(run(undefined).da).toBe('Mål nået: andel i praktik i t er 21 % pr. januar 2018 – målet var 20 %.');
  });

  it('is not celebrated when its KPI is unknown', () => {
    const g = goal({ id: 't.maal', orgId: 't', kpiId: share.id, target: 20, deadline: '2018-12' });
    const figures = [fig(share.id, 't', '2018-01', 21, 'x')];
    const evaluations = evaluateGoals([g], [share], figures, { asOf: '2018-02-01' });
    expect(findCelebrations({ asOf: '2018-02-01', kpis: [], figures, evaluations })).toEqual([]);
  });
});

describe('the first figures of a case', () => {
  const inWork = kpi('t.case.job', 't', 'I job', 'In work', 'persons', 'higher-is-better', 't.case');
  const inEducation = kpi('t.case.udd', 't', 'I uddannelse', 'In education', 'persons', 'higher-is-better', 't.case');
  const cases = [{ id: 't.case', orgId: 't', status: 'active' as const, title: 'Projekt Superb' }];
  const first = (kpis: typeof inWork[], figures: ReturnType<typeof fig>[]) => findCelebrations({ asOf: '2018-02-01', kpis, figures, cases })[0]!.facts;

  it('names the measure that started first, whatever order the measures are listed in', () => {
    const figures = [fig(inWork.id, 't', '2018-01', 4, 'x'), fig(inEducation.id, 't', '2017-12', 7, 'x')];
    expect(first([inWork, inEducation], figures)).toMatchObject({ kpiId: inEducation.id, value: 7, period: '2017-12' });
  });

  it('of measures that started the same day, names the one listed first', () => {
    const figures = [fig(inWork.id, 't', '2018-01', 4, 'x'), fig(inEducation.id, 't', '2018-01', 7, 'x')];
    expect(first([inEducation, inWork], figures).kpiId).toBe(inEducation.id);
    expect(first([inWork, inEducation], figures).kpiId).toBe(inWork.id);
  });
});

describe('a digest\'s celebrations', () => {
  it('come by rule, then newest first, then by key', () => {
    const a = kpi('t.a', 't', 'A', 'A', 'count', 'higher-is-better');
    const b = kpi('t.b', 't', 'B', 'B', 'count', 'higher-is-better');
    const c = kpi('t.c', 't', 'C', 'C', 'count', 'higher-is-better');
    const best = (k: typeof a, last: string) => [fig(k.id, 't', '2017-01', 10, 'x'), fig(k.id, 't', '2017-02', 12, 'x'), fig(k.id, 't', '2017-03', 11, 'x'), fig(k.id, 't', last, 20, 'x')];
    const g = goal({ id: 't.c.maal', orgId: 't', kpiId: c.id, target: 5, deadline: '2018' });
    const figures = [...best(a, '2017-04'), ...best(b, '2017-05'), fig(c.id, 't', '2017-03', 6, 'x')];
    const evaluations = evaluateGoals([g], [c], figures, { asOf: '2017-06-01' });
    const found = findCelebrations({ asOf: '2017-06-01', kpis: [a, b, c], figures, evaluations });
    expect(found.map((x) => x.key)).toEqual(['goal-achieved~t.c.maal', 'new-best~t.b~2017-05', 'new-best~t.a~2017-04']);
    const sameDay = findCelebrations({ asOf: '2017-06-01', kpis: [b, a], figures: [...best(b, '2017-04'), ...best(a, '2017-04')] });
    expect(sameDay.map((x) => x.key)).toEqual(['new-best~t.a~2017-04', 'new-best~t.b~2017-04']);
  });

  it('say where it happened: the case\'s code, else its title, else the organisation\'s name, else its id', () => {
    const k = kpi('t.k', 'herning', 'KIK II: borgere i job', 'KIK II: citizens in work', 'count', 'higher-is-better', 't.case');
    const figures = [fig(k.id, 'herning', '2017-01', 10, 'x'), fig(k.id, 'herning', '2017-02', 12, 'x'), fig(k.id, 'herning', '2017-03', 20, 'x')];
    const place = (extra: object) => findCelebrations({ asOf: '2017-04-01', week: '2017-W13', kpis: [k], figures, ...extra })[0]!.text.en;
    expect(place({ cases: [{ id: 't.case', code: 'KIK II', title: 'Investering' }] })).toContain('KIK II');
    expect(place({ cases: [{ id: 't.case', title: 'Investering' }] })).toContain('Investering');
    expect(place({ organisations: [{ id: 'herning', name: 'Herning Kommune' }] })).toContain('Herning Kommune');
    expect(place({})).toContain('herning');
  });

  it('leave out a place the measure\'s name already starts with', () => {
    const k = kpi('t.k', 'herning', 'KIK II: Borgere i job', 'KIK II: Citizens in work', 'count', 'higher-is-better', 't.case');
    const figures = [fig(k.id, 'herning', '2017-01', 10, 'x'), fig(k.id, 'herning', '2017-02', 12, 'x'), fig(k.id, 'herning', '2017-03', 20, 'x')];
    const texts = ['2017-W13', '2017-W14', '2017-W15'].map((week) =>
      findCelebrations({ asOf: '2017-04-01', week, kpis: [k], figures, cases: [{ id: 't.case', orgId: 'herning', status: 'active' as const, code: 'KIK II', title: 'x' }] })[0]!.text.da);
    for (const text of texts) expect(text).not.toMatch(/KIK II: [Bb]orgere/);
    expect(texts.join(' ')).toMatch(/Borgere i job i KIK II|borgere i job i KIK II/);
  });
});

describe('milestone ids', () => {
  it('are kept stable: FNV-1a of the key, as every earlier release stored them', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('are shortened only beyond 255 characters, and never carry a character Cosmos DB forbids', () => {
    const key = 'goal-achieved~g';
    const exactly = 'c'.repeat(255 - key.length - 1);
    expect(milestoneId(exactly, key)).toBe(`${exactly}~${key}`);
    expect(milestoneId(`${exactly}c`, key)).toHaveLength(255);
    expect(milestoneId('19:a/b?c#d\\e', key)).toBe('19:a_b_c_d_e~goal-achieved~g');
  });

  it('are recorded once each, for the celebration and what it covers', () => {
    const [c] = findCelebrations({ asOf: '2016-07-11', kpis: [], proposals: [proposal({ status: 'implemented', decisions: [approve('2016-07-01T08:00:00Z')] })] });
    expect(toMilestones({ ...c!, covers: [...c!.covers, ...c!.covers] }, 'conv', '2016-07-11T07:00:00Z').map((m) => m.id)).toEqual([
      'conv~proposal-implemented~herning.bic-01',
      'conv~proposal-approved~herning.bic-01',
    ]);
  });

  it('a week that is not an ISO week is refused', () => {
    expect(() => weekOrdinal('2018-36')).toThrow(RangeError);
  });
});
