/** Celebrations: good news worth saying out loud, each a milestone that is celebrated once per audience. */
import type { Text } from '../model.js';

export const CELEBRATION_RULES = [
  'target-exceeded',
  'goal-achieved',
  'new-best',
  'improving-streak',
  'proposal-implemented',
  'proposal-approved',
  'first-figures',
] as const;
/** In order of precedence: when two rules fire on the same figure, the earlier one speaks for both. */
export type CelebrationRule = (typeof CELEBRATION_RULES)[number];

/**
 * What a milestone is about. The key is `${rule}~${subjectId}`, and the subject id carries whatever makes
 * the milestone unique (the goal; the KPI and period of a new best), so the store's Milestone
 * (rule, subjectId) gives the key back without a field of its own.
 */
export interface MilestoneRef {
  rule: CelebrationRule;
  subjectId: string;
}

export interface CelebrationFacts {
  goalId?: string;
  kpiId?: string;
  caseId?: string;
  proposalId?: string;
  period?: string;
  value?: number;
  target?: number;
}

export interface Celebration extends MilestoneRef {
  key: string;
  /** Other milestones this celebration settles (a wide margin also settles "goal achieved"); record them too. */
  covers: MilestoneRef[];
  /** The date of the good news: the figure's period end or the decision's date. */
  date: string;
  text: Text;
  facts: CelebrationFacts;
}

export interface CelebrationOptions {
  /** Beating the target by at least this share of it is a wide margin. */
  wideMargin: number;
  /** Streak lengths worth a celebration, each once per streak. */
  streakLengths: readonly number[];
  /** Good news older than this (days before asOf) is no longer news. */
  recentDays: number;
}
