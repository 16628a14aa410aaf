/**
 * An approved priority proposal becomes a case: its economy becomes budget figures of three KPIs and its
 * success criterion, when it states a number, a goal. Every write is an upsert of a derived id, so running
 * it again (after an edit, or to finish a conversion that failed half-way) converges on the same items.
 */
import type { Actor, Figure, Proposal } from '../domain/model.js';
import { figureId } from '../domain/model.js';
import { proposalToCase, type ProposalCase } from '../domain/proposal-to-case.js';
import { successGoal, type SuccessGoal } from '../domain/proposals/index.js';
import { recordAudit } from '../store/audit.js';
import type { Store } from '../store/store.js';

export interface CasePlan extends ProposalCase {
  success?: SuccessGoal;
}

/**
 * The case the proposal will become. Its id is derived from the number; when another proposal's case
 * already holds that id, this one's id gets the proposal's own id appended instead of overwriting it.
 */
export async function planCase(store: Store, p: Proposal, now: string): Promise<CasePlan> {
  let plan: ProposalCase = proposalToCase(p, { approved: true, now });
  const existing = await store.cases.get(plan.case.id, p.orgId);
  if (existing && existing.proposalId !== p.id) plan = withCaseId(plan, `${plan.case.id}-${p.id.slice(p.orgId.length + 1)}`);
  const lastYear = Math.max(...p.economy.map((y) => y.year), Number(now.slice(0, 4)) + 1);
  const success = p.successCriterion
    ? successGoal({ orgId: p.orgId, caseId: plan.case.id, criterion: p.successCriterion, deadlineYear: lastYear })
    : undefined;
  return { ...plan, ...(success ? { success } : {}) };
}

function withCaseId(plan: ProposalCase, caseId: string): ProposalCase {
  const old = plan.case.id;
  const kpiId = (id: string) => caseId + id.slice(old.length);
  return {
    case: { ...plan.case, id: caseId },
    kpis: plan.kpis.map((k) => ({ ...k, id: kpiId(k.id), caseId })),
    figures: plan.figures.map((f) => ({ ...f, kpiId: kpiId(f.kpiId) })),
  };
}

export async function writeCase(store: Store, plan: CasePlan, actor: Actor, at: string): Promise<void> {
  const before = await store.cases.get(plan.case.id, plan.case.orgId);
  const after = await store.cases.upsert(plan.case);
  await recordAudit(store, { entityType: 'case', entityId: after.id, action: before ? 'update' : 'create', actor, at, ...(before ? { before } : {}), after });
  const kpis = [...plan.kpis, ...(plan.success ? [plan.success.kpi] : [])];
  for (const kpi of kpis) {
    const stored = await store.kpis.upsert(kpi);
    await recordAudit(store, { entityType: 'kpi', entityId: kpi.id, action: 'update', actor, at, after: stored });
  }
  for (const f of plan.figures) {
    const figure: Figure = { ...f, id: figureId(f), updatedAt: at, updatedBy: actor };
    const stored = await store.figures.upsert(figure);
    await recordAudit(store, { entityType: 'figure', entityId: figure.id, action: 'update', actor, at, after: stored });
  }
  if (plan.success) {
    const stored = await store.goals.upsert(plan.success.goal);
    await recordAudit(store, { entityType: 'goal', entityId: stored.id, action: 'update', actor, at, after: stored });
  }
}
