/** A proposal approved or implemented. */
import type { Proposal } from '../model.js';
import { byLang, proposalName } from './names.js';
import { celebration, isRecent, ref, type RuleContext } from './context.js';
import type { Celebration } from './types.js';

type ProposalLike = Pick<Proposal, 'id' | 'orgId' | 'number' | 'title' | 'responsibleUnit' | 'status' | 'decisions' | 'caseId'>;

/**
 * Approval is news when its decision is recent. Implementation has no date of its own in the model; it
 * follows approval by months, so an implemented proposal is news when it was approved within twice the
 * recent window. A proposal without a recorded approval (imported as approved) is history, not news.
 */
export function proposalCelebrations(proposals: readonly ProposalLike[], ctx: RuleContext): Celebration[] {
  const out: Celebration[] = [];
  for (const p of proposals) {
    if (p.status !== 'approved' && p.status !== 'implemented') continue;
    const approvedOn = p.decisions
      .filter((d) => d.decision === 'approve')
      .map((d) => d.at.slice(0, 10))
      .filter((date) => date <= ctx.asOf)
      .sort()
      .at(-1);
    if (!approvedOn) continue;
    const words = byLang((lang) => ({ proposal: proposalName(p, lang), place: p.responsibleUnit }));
    const facts = { proposalId: p.id, ...(p.caseId ? { caseId: p.caseId } : {}) };
    const approved = ref('proposal-approved', p.id);
    if (p.status === 'implemented') {
      const window = { ...ctx, options: { ...ctx.options, recentDays: ctx.options.recentDays * 2 } };
      if (isRecent(approvedOn, window)) out.push(celebration(ctx, ref('proposal-implemented', p.id), approvedOn, words, facts, [approved]));
    } else if (isRecent(approvedOn, ctx)) {
      out.push(celebration(ctx, approved, approvedOn, words, facts));
    }
  }
  return out;
}
