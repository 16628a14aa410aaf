/**
 * How the digest's view groups goals and names whom it is for: a case by its code with its title beside,
 * or by its title alone; goals outside any case under the organisation (its name, else its id, else no
 * name); the audience of a case subscription by its cases' codes, titles or ids; the headline's week; the
 * case offered behind "see a case". Evaluations and inputs are made by hand inside each test.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER, type GoalEvaluation, type GoalStatus, type GoalTree } from '../../functions/domain/goals/index.js';
import type { Case, Goal, Kpi, Organisation, Subscription } from '../../functions/domain/model.js';
import type { Lang } from '../../functions/domain/period.js';
import { toView } from '../../functions/digest/view-model.js';

const zeros = () => Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<GoalStatus, number>;
const kpi = (): Kpi => ({ id: 'aabenraa.k', orgId: 'aabenraa', name: { da: 'Selvforsørgende', en: 'Self-supporting' }, aliases: [], unit: 'persons', scale: 1, direction: 'higher-is-better' });

function tree(goalId: string, caseId?: string): GoalTree {
  const evaluation = {
    goalId, kpiId: 'aabenraa.k', orgId: 'aabenraa', ...(caseId ? { caseId } : {}), level: 'end', asOf: '2026-11-23', status: 'on-track', direction: 'higher-is-better',
    target: 500, deadline: '2026-12', deadlineDate: '2026-12-31', deadlinePassed: false, stale: false, meetsTarget: false, margin: null, progress: null,
    latest: { period: '2026-10', date: '2026-10-31', value: 400 }, ageDays: 23, series: [{ period: '2026-10', date: '2026-10-31', value: 400 }],
  } as GoalEvaluation;
  return { evaluation, subGoals: [], status: 'on-track', basis: 'own', subGoalStatus: zeros() };
}

const goal = (id: string, caseId?: string) => ({ id, orgId: 'aabenraa', kpiId: 'aabenraa.k', ...(caseId ? { caseId } : {}), title: { da: `Mål ${id}`, en: `Goal ${id}` } }) as unknown as Goal;
const kase = (id: string, title: string, code?: string) => ({ id, orgId: 'aabenraa', title, ...(code ? { code } : {}) }) as unknown as Case;

function digest(options: { lang?: Lang; orgId?: string; caseIds?: string[]; organisation?: string; cases?: Case[]; goals: [string, string?][]; period?: string }) {
  const lang = options.lang ?? 'da';
  const subscription = {
    id: 'sub-1', conversationId: 'c', ...(options.orgId ? { orgId: options.orgId } : {}), caseIds: options.caseIds ?? [], weekday: 1, time: '08:00', timeZone: 'Europe/Copenhagen',
    language: lang, active: true, createdBy: { id: 'u' }, createdAt: '2020-01-01T00:00:00Z',
  } as Subscription;
  return toView({
    subscription, trees: options.goals.map(([id, caseId]) => tree(id, caseId)), celebrations: [], asOf: '2026-11-23', period: options.period ?? '2026-W48', since: undefined,
    inputs: {
      ...(options.organisation ? { organisation: { id: 'aabenraa', name: options.organisation } as Organisation } : {}),
      cases: options.cases ?? [], goals: options.goals.map(([id, caseId]) => goal(id, caseId)), kpis: [kpi()], figures: [], proposals: [],
    },
  });
}

describe('groups', () => {
  it('a case by its code with its title beside, or by its title alone; goals outside a case first, under the organisation', () => {
    const view = digest({
      orgId: 'aabenraa', organisation: 'Aabenraa Kommune',
      cases: [kase('aabenraa.kik', 'Flere i job', 'KIK II'), kase('aabenraa.ung', 'Unge i uddannelse')],
      goals: [['aabenraa.g3', 'aabenraa.ung'], ['aabenraa.g1', 'aabenraa.kik'], ['aabenraa.g0'], ['aabenraa.g2', 'aabenraa.kik']],
    });
    expect(view.cases.map((c) => ({ ...c, goals: c.goals.map((g) => g.goalId) }))).toStrictEqual([
      { name: 'Aabenraa Kommune', goals: ['aabenraa.g0'] },
      { caseId: 'aabenraa.kik', name: 'KIK II', title: 'Flere i job', goals: ['aabenraa.g1', 'aabenraa.g2'] },
      { caseId: 'aabenraa.ung', name: 'Unge i uddannelse', goals: ['aabenraa.g3'] },
    ]);
    expect(view.firstCaseId).toBe('aabenraa.kik');
    expect(view.audienceName).toBe('Aabenraa Kommune');
    expect(view.headline).toBe('Ugens mål for Aabenraa Kommune – uge 48');
  });

  it('goals outside a case: the organisation\'s id when it is not in the store, no name when neither is known; no case to offer', () => {
    const byId = digest({ orgId: 'aabenraa', goals: [['aabenraa.g0']] });
    expect(byId.cases.map((c) => c.name)).toEqual(['aabenraa']);
    expect(byId.audienceName).toBe('aabenraa');
    expect(byId).not.toHaveProperty('firstCaseId');
    expect(digest({ caseIds: [], goals: [['aabenraa.g0']] }).cases.map((c) => c.name)).toEqual(['']);
  });
});

describe('the audience of a case subscription', () => {
  it('its cases by code, else title, else id; in the headline with the week, in both languages', () => {
    const options = {
      caseIds: ['aabenraa.kik', 'aabenraa.ung', 'aabenraa.gone'],
      cases: [kase('aabenraa.kik', 'Flere i job', 'KIK II'), kase('aabenraa.ung', 'Unge i uddannelse')],
      goals: [['aabenraa.g1', 'aabenraa.kik']] as [string, string?][],
      period: '2026-W05',
    };
    const da = digest(options);
    expect(da.audienceName).toBe('KIK II, Unge i uddannelse, aabenraa.gone');
    expect(da.headline).toBe('Ugens mål for KIK II, Unge i uddannelse, aabenraa.gone – uge 5');
    expect(digest({ ...options, lang: 'en' }).headline).toBe('This week\'s goals for KIK II, Unge i uddannelse, aabenraa.gone – week 5');
  });
});
