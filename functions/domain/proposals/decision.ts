/**
 * A reviewer's decision: approve, reject (a reason is required) or request changes (a comment is
 * required). Someone who is told "no" or "not yet" deserves to know why.
 */
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import type { Decision } from '../model.js';
import { MESSAGES, type Lang } from './messages.js';

export const DECISION_COMMENT_MAX = 2000;

export const DecisionInputSchema = z.object({
  decision: z.enum(['approve', 'reject', 'request-changes']),
  comment: z
    .string()
    .trim()
    .max(DECISION_COMMENT_MAX)
    .optional()
    .describe('Required for reject (the reason) and request-changes (what should change)'),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** The field the card shows the comment in, per decision. */
export const COMMENT_FIELD = { reject: 'reason', 'request-changes': 'comment' } as const;

/** Errors for a decision whose comment is missing; empty when the decision can be taken. */
export function decisionErrors(input: DecisionInput, lang: Lang, field = 'comment'): FieldError[] {
  if (input.comment) return [];
  if (input.decision === 'reject') return [{ field, message: MESSAGES[lang].reasonRequired }];
  if (input.decision === 'request-changes') return [{ field, message: MESSAGES[lang].commentRequired }];
  return [];
}

/** The decision as the proposal records it. */
export function recordedDecision(input: DecisionInput, by: Decision['by'], at: string): Decision {
  return { decision: input.decision, by, at, ...(input.comment ? { comment: input.comment } : {}) };
}

/** The most recent decision, which is what a status line reports. */
export function latestDecision(decisions: readonly Decision[]): Decision | undefined {
  return decisions.at(-1);
}
