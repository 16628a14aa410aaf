/**
 * The proposal cards' own verbs and what each button carries. Buttons are made with `button()`, which
 * only takes a known verb with its payload, and the same schemas check what comes back from Teams.
 */
import { z } from 'zod';
import type { Button, Lang } from '../../../cards/index.js';

const ProposalId = z.string().min(1).max(200);
const Kind = z.enum(['quick-win', 'priority']);

export const PROPOSAL_VERBS = {
  /** Open a form in the chat. */
  'proposal.new': z.object({ kind: Kind }),
  /** A form's submit: the inputs ride along, validated by the domain schema, not here. */
  'proposal.submit': z.looseObject({ formId: z.string().min(1).max(100), kind: Kind }),
  /** A prefilled form's submit: resubmit after changes were requested, or a reviewer's edit. */
  'proposal.revise': z.looseObject({ formId: z.string().min(1).max(100), proposalId: ProposalId, kind: Kind }),
  'proposal.decide': z.looseObject({
    proposalId: ProposalId,
    decision: z.enum(['approve', 'reject', 'request-changes']),
    reason: z.string().max(5000).optional(),
    comment: z.string().max(5000).optional(),
  }),
  /** Teams asks for the viewer's own version of a review card. */
  'proposal.refresh': z.object({ proposalId: ProposalId }),
  'proposal.show': z.object({ proposalId: ProposalId }),
  'proposal.edit-form': z.object({ proposalId: ProposalId }),
  'proposal.list': z.object({ list: z.enum(['mine', 'pending']), page: z.coerce.number().int().min(0).max(10_000) }),
  'proposal.implement': z.object({ proposalId: ProposalId }),
  'proposal.archive': z.object({ proposalId: ProposalId }),
  /** The priority form as a Teams dialog: task/fetch opens it, task/submit submits it. */
  'proposal.dialog': z.looseObject({ kind: Kind, formId: z.string().min(1).max(100).optional() }),
} as const;

export type ProposalVerb = keyof typeof PROPOSAL_VERBS;
export type ProposalPayload<V extends ProposalVerb> = z.input<(typeof PROPOSAL_VERBS)[V]>;

export function button<V extends ProposalVerb>(verb: V, title: string, lang: Lang, payload: ProposalPayload<V>): Button {
  return { title, data: { ...payload, verb, lang } };
}

/** A button that opens a Teams dialog (task module) rather than posting to the bot. */
export function dialogButton(title: string, lang: Lang, payload: ProposalPayload<'proposal.dialog'>): Button {
  return { title, data: { ...payload, verb: 'proposal.dialog', lang, msteams: { type: 'task/fetch' } } };
}
