/**
 * The case an approved priority proposal becomes, planned and written on their own: which id it gets when
 * another case already holds the one its number gives, that a case once made keeps its id, the success
 * goal's deadline, and the audit entries of writing it (again).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionKey } from '../../functions/domain/proposals/index.js';
import { planCase, writeCase, type CasePlan } from '../../functions/proposals/approved-case.js';
import type { StoredProposal } from '../../functions/proposals/context.js';
import { submitProposal } from '../../functions/proposals/index.js';
import { actorOfPerson } from '../../functions/proposals/reviewers.js';
import { unstored } from '../../functions/store/store.js';
import { openFixture, PRIORITY, STAFF, type Fixture } from './support.js';

const NOW = '2026-11-23T10:00:00.000Z';
const ACTOR = actorOfPerson(STAFF);

let f: Fixture;
beforeEach(async () => (f = await openFixture()));
afterEach(() => f.close());

async function submitted(): Promise<StoredProposal> {
  const outcome = await submitProposal(f.ctx, PRIORITY, { person: STAFF, lang: 'da', idempotencyKey: submissionKey('form-approved-case', STAFF.id) });
  if (outcome.kind !== 'created' && outcome.kind !== 'duplicate') throw new Error(`submit gave ${outcome.kind}`);
  return outcome.proposal;
}

/** Every KPI, figure and goal of the plan hangs under its case id. */
function expectUnder(plan: CasePlan, caseId: string) {
  expect(plan.case.id).toBe(caseId);
  expect(plan.kpis.length).toBeGreaterThan(0);
  for (const k of plan.kpis) {
    expect(k.id.startsWith(`${caseId}.`)).toBe(true);
    expect(k.caseId).toBe(caseId);
  }
  const kpiIds = plan.kpis.map((k) => k.id);
  expect(plan.figures.length).toBeGreaterThan(0);
  for (const fig of plan.figures) expect(kpiIds).toContain(fig.kpiId);
  expect(plan.success?.goal.caseId).toBe(caseId);
}

describe('planCase', () => {
  it("takes the number's case id when it is free or the proposal's own", async () => {
    const p = await submitted();
    const plan = await planCase(f.store, p, NOW);
    expectUnder(plan, 'herning.bic-08');
    await writeCase(f.store, plan, ACTOR, NOW, 'first');
    // Its own case (written before the proposal recorded it) is no clash.
    expectUnder(await planCase(f.store, p, NOW), 'herning.bic-08');
  });

  it("appends the proposal's own id when another case holds the number's", async () => {
    const p = await submitted();
    const other = (await f.store.cases.findAll({ partitionKey: 'herning' }))[0]!;
    await f.store.cases.upsert({ ...unstored(other), id: 'herning.bic-08', proposalId: 'herning.someone-else' });
    const plan = await planCase(f.store, p, NOW);
    expectUnder(plan, `herning.bic-08-${p.id.slice('herning.'.length)}`);
    // A case no proposal made (imported or seeded) is another's too.
    const { proposalId, ...imported } = unstored(other);
    void proposalId;
    await f.store.cases.upsert({ ...imported, id: 'herning.bic-08' });
    expectUnder(await planCase(f.store, p, NOW), `herning.bic-08-${p.id.slice('herning.'.length)}`);
  });

  it('keeps the id of the case the proposal already became, whatever its number gives now', async () => {
    const p = await submitted();
    const plan = await planCase(f.store, { ...p, caseId: 'herning.kept' }, NOW);
    expectUnder(plan, 'herning.kept');
    expect(plan.case.title).toBe(PRIORITY.title);
  });

  it("sets the success goal's deadline to the economy's last year, or the year after now when that is later", async () => {
    const p = await submitted();
    expect((await planCase(f.store, p, NOW)).success?.goal.deadline).toBe('2029');
    expect((await planCase(f.store, p, '2031-03-01T00:00:00.000Z')).success?.goal.deadline).toBe('2032');
    expect((await planCase(f.store, { ...p, economy: [] }, NOW)).success?.goal.deadline).toBe('2027');
    const without = await planCase(f.store, { ...p, successCriterion: undefined }, NOW);
    expect('success' in without).toBe(false);
  });
});

describe('writeCase', () => {
  it('audits the case as created, then as updated with what it was; again with the same key adds no entry', async () => {
    const p = await submitted();
    const plan = await planCase(f.store, p, NOW);
    const caseAudit = () => f.store.audit.findAll({ where: { entityId: plan.case.id } });
    await writeCase(f.store, plan, ACTOR, NOW, 'first');
    const first = await f.store.cases.get(plan.case.id, 'herning');
    expect((await caseAudit()).map((a) => [a.entityType, a.action, 'before' in a])).toEqual([['case', 'create', false]]);

    await writeCase(f.store, plan, ACTOR, NOW, 'first');
    expect(await caseAudit()).toHaveLength(1);

    await writeCase(f.store, plan, ACTOR, NOW, 'second');
    const entries = await caseAudit();
    expect(entries.map((a) => a.action)).toEqual(['create', 'update']);
    expect(entries[1]!.before).toEqual(unstored(first!));

    // Each KPI, figure and the goal has its entry per write, as an update.
    for (const k of [...plan.kpis, plan.success!.kpi]) {
      const kpiAudit = await f.store.audit.findAll({ where: { entityId: k.id, entityType: 'kpi' } });
      expect(kpiAudit.map((a) => a.action)).toEqual(['update', 'update']);
    }
    const goalAudit = await f.store.audit.findAll({ where: { entityId: plan.success!.goal.id, entityType: 'goal' } });
    expect(goalAudit.map((a) => a.action)).toEqual(['update', 'update']);
    const figures = await f.store.figures.findAll({ partitionKey: plan.kpis[0]!.id });
    expect(figures.length).toBeGreaterThan(0);
    for (const fig of figures) {
      expect(fig).toMatchObject({ kind: 'budget', updatedAt: NOW, updatedBy: ACTOR });
      const figureAudit = await f.store.audit.findAll({ where: { entityId: fig.id, entityType: 'figure' } });
      expect(figureAudit.map((a) => a.action)).toEqual(['update', 'update']);
    }
  });
});
