import { describe, expect, it } from 'vitest';
import { celebratedKeys, findCelebrations, newCelebrations, toMilestones } from '../../../functions/domain/celebrations/index.js';
import { evaluateGoals } from '../../../functions/domain/goals/index.js';
import { MilestoneSchema, type Case } from '../../../functions/domain/model.js';
import {
  KIK2, kik2Figures, kik2OtherSupport, kik2OtherSupportGoal, kik2Recipients, kik2RecipientsGoal, kik2SelfSupporting, kik2SelfSupportingGoal,
  youthShare, youthShareFigures, goal,
} from '../goals/seed-cases.js';

const kpis = [kik2Recipients, kik2SelfSupporting, kik2OtherSupport];
const goals = [kik2RecipientsGoal, kik2SelfSupportingGoal, kik2OtherSupportGoal];
const cases: Pick<Case, 'id' | 'orgId' | 'status' | 'code' | 'title'>[] = [
  { id: KIK2, orgId: 'aabenraa', status: 'active', code: 'KIK II', title: 'Kommunal investeringsstrategi for kontant- og uddannelseshjælpsmodtagere II' },
];
const asOf = '2018-09-03';

function digest(on = asOf) {
  const evaluations = evaluateGoals(goals, kpis, kik2Figures, { asOf: on });
  return findCelebrations({ asOf: on, evaluations, kpis, figures: kik2Figures, cases });
}

describe('KIK II on 3 September 2018', () => {
  const found = digest();

  it('celebrates 408 self-supporting against a target of 26 as a target exceeded by a wide margin, in both languages', () => {
    const c = found.find((x) => x.subjectId === kik2SelfSupportingGoal.id)!;
    expect(c.rule).toBe('target-exceeded');
    expect(c.key).toBe(`target-exceeded~${kik2SelfSupportingGoal.id}`);
    expect(c.covers).toEqual([{ rule: 'goal-achieved', subjectId: kik2SelfSupportingGoal.id }]);
    expect(c.facts).toMatchObject({ value: 408, target: 26, caseId: KIK2, period: '2018-02-01--2018-08-31' });
    expect(c.date).toBe('2018-08-31');
    for (const text of [c.text.da, c.text.en]) expect(text).toContain('KIK II');
    expect(c.text.da).toMatch(/408 personer/);
    expect(c.text.da).toMatch(/15,7 gange målet/);
    expect(c.text.en).toMatch(/408 persons/);
    expect(c.text.en).toMatch(/15\.7 times the target/);
  });

  it('celebrates 978 recipients under the ceiling of 1,117 as a goal achieved, not as a wide margin', () => {
    const c = found.find((x) => x.subjectId === kik2RecipientsGoal.id)!;
    expect(c.rule).toBe('goal-achieved');
    expect(c.text.da).toContain('978 personer');
    expect(c.text.en).toContain('978 persons');
    expect(c.text.da + c.text.en).toMatch(/1\.117 personer[\s\S]*1,117 persons/);
  });

  it('celebrates the first figures of KIK II, and nothing else', () => {
    expect(found.map((c) => c.rule)).toEqual(['target-exceeded', 'target-exceeded', 'goal-achieved', 'first-figures']);
    const first = found.at(-1)!;
    expect(first.key).toBe(`first-figures~${KIK2}`);
    expect(first.text.da).toContain('KIK II');
    expect(first.text.da).toContain('978 personer');
  });

  it('celebrates each milestone once: the next digest, with the milestones recorded, has nothing new', () => {
    const milestones = newCelebrations(found, []).flatMap((c) => toMilestones(c, 'conv-1', '2018-09-03T06:00:00Z'));
    for (const m of milestones) expect(MilestoneSchema.parse(m)).toEqual(m);
    expect(milestones).toHaveLength(6);
    expect(newCelebrations(digest('2018-09-10'), celebratedKeys(milestones))).toEqual([]);
    // Another conversation has its own milestones.
    expect(newCelebrations(digest('2018-09-10'), [])).toHaveLength(4);
  });

  it('is quiet before the figures existed, and half a year after them', () => {
    expect(digest('2018-08-30')).toEqual([]);
    expect(digest('2019-04-01')).toEqual([]);
  });
});

describe('bad news is not celebrated', () => {
  it("Viborg's share off track for 12 % gets no celebration, though the share fell", () => {
    const offTrack = goal({ id: 'viborg.maal-unge-andel', orgId: 'viborg', kpiId: youthShare.id, target: 12, deadline: '2018-12', baseline: { value: 15.9, period: '2015-01' } });
    const evaluations = evaluateGoals([offTrack], [youthShare], youthShareFigures, { asOf: '2017-10-01' });
    expect(evaluations[0]!.status).toBe('off-track');
    expect(findCelebrations({ asOf: '2017-10-01', evaluations, kpis: [youthShare], figures: youthShareFigures })).toEqual([]);
  });
});
