/** A validated draft as a stored proposal, and a resubmitted or edited draft laid over an existing one. */
import type { Actor, Proposal } from '../model.js';
import type { ProposalDraft } from './submit-schemas.js';

export interface NewProposal {
  id: string;
  /** Priority proposals only. */
  number?: string;
  by: Actor;
  at: string;
}

export function proposalFromDraft(draft: ProposalDraft, meta: NewProposal): Proposal {
  return {
    ...contentOf(draft),
    id: meta.id,
    ...(draft.kind === 'priority' && meta.number ? { number: meta.number } : {}),
    status: 'submitted',
    submittedBy: meta.by,
    submittedAt: meta.at,
    decisions: [],
  };
}

/**
 * The proposal with the draft's content in place of its own. Who submitted it, when, its number and its
 * decisions stay; so does its organisation (a proposal does not move between partitions), the chat it
 * came from (where decision notices go), where its review cards were posted (each decision updates them)
 * and the date its document gives it.
 */
export function withDraft(p: Proposal, draft: ProposalDraft): Proposal {
  const { id, orgId, kind, number, status, submittedBy, submittedAt, decisions, caseId, source, sourceDate, conversationId, reviewPosts } = p;
  const content = contentOf(draft);
  return {
    ...content,
    id,
    orgId,
    kind,
    ...(kind === 'priority' ? { number: (draft.kind === 'priority' && draft.number) || number } : {}),
    status,
    submittedBy,
    submittedAt,
    decisions,
    ...(caseId ? { caseId } : {}),
    ...(source ? { source } : {}),
    ...(sourceDate ? { sourceDate } : {}),
    ...(conversationId ? { conversationId } : {}),
    ...(reviewPosts ? { reviewPosts } : {}),
  };
}

/** The draft's fields that a proposal holds, without undefined keys (they would fail an equality check). */
function contentOf(draft: ProposalDraft): Omit<Proposal, 'id' | 'status' | 'submittedBy' | 'submittedAt' | 'decisions'> {
  if (draft.kind === 'quick-win') {
    return defined({
      kind: draft.kind,
      orgId: draft.orgId,
      responsibleUnit: draft.responsibleUnit,
      title: draft.title,
      description: draft.description,
      expectedEffect: draft.expectedEffect,
      targetGroup: draft.targetGroup,
      estimatedYearlySaving: draft.estimatedYearlySaving,
      effortTypes: [],
      economy: [],
    });
  }
  const { number: _number, ...rest } = draft;
  return defined({ ...rest });
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The draft a proposal would be submitted as: for editing and resubmitting through the same forms. */
export function draftOf(p: Proposal): ProposalDraft {
  if (p.kind === 'quick-win') {
    return defined({
      kind: 'quick-win',
      orgId: p.orgId,
      responsibleUnit: p.responsibleUnit,
      title: p.title,
      description: p.description ?? '',
      expectedEffect: p.expectedEffect,
      targetGroup: p.targetGroup,
      estimatedYearlySaving: p.estimatedYearlySaving,
    });
  }
  return defined({
    kind: 'priority',
    orgId: p.orgId,
    responsibleUnit: p.responsibleUnit,
    number: p.number,
    title: p.title,
    proposedBy: p.proposedBy,
    effortTypes: p.effortTypes,
    approach: p.approach,
    economy: p.economy,
    background: p.background,
    legalRequirements: p.legalRequirements,
    currentPractice: p.currentPractice,
    plannedAction: p.plannedAction ?? '',
    consequences: p.consequences,
    successCriterion: p.successCriterion,
  });
}
