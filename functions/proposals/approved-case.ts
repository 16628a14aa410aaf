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
  if (p.caseId) {
    // Already decided on (finishing the approval's work, or an edit): the case it became keeps its id.
    if (p.caseId !== plan.case.id) plan = withCaseId(plan, p.caseId);
  } else {
    const existing = await store.cases.get(plan.case.id, p.orgId);
    if (existing && existing.proposalId !== p.id) plan = withCaseId(plan, `${plan.case.id}-${p.id.slice(p.orgId.length + 1)}`);
  }
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

/**
 * Writes the case and everything under it, each with its audit entry. `key` names the proposal write this
 * is part of: doing it again with the same key (after a failure half-way) writes the same items and no
 * second audit entry.
 */
export async function writeCase(store: Store, plan: CasePlan, actor: Actor, at: string, key: string): Promise<void> {
  const audit = (entityType: 'case' | 'kpi' | 'figure' | 'goal', entityId: string, rest: { action: 'create' | 'update'; before?: object; after: object }) =>
    recordAudit(store, { entityType, entityId, actor, at, key: `${key}~${entityType}`, ...rest });
  const before = await store.cases.get(plan.case.id, plan.case.orgId);
  const after = await store.cases.upsert(plan.case);
  await audit('case', after.id, { action: before ? 'update' : 'create', ...(before ? { before } : {}), after });
  const kpis = [...plan.kpis, ...(plan.success ? [plan.success.kpi] : [])];
  for (const kpi of kpis) await audit('kpi', kpi.id, { action: 'update', after: await store.kpis.upsert(kpi) });
  for (const f of plan.figures) {
    const figure: Figure = { ...f, id: figureId(f), updatedAt: at, updatedBy: actor };
    await audit('figure', figure.id, { action: 'update', after: await store.figures.upsert(figure) });
  }
  if (plan.success) {
    const stored = await store.goals.upsert(plan.success.goal);
    await audit('goal', stored.id, { action: 'update', after: stored });
  }
}
