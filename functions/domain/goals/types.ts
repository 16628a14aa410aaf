/** What the goal engine returns: plain data for the digest card, the bot's answers and the celebration rules. */
import type { Direction } from '../model.js';

/**
 * achieved        the latest figure meets the target (or met it by the deadline, once the deadline has passed)
 * on-track        not met yet, and the recent trend reaches the target by the deadline
 * at-risk         the trend falls short of the target, but by no more than the at-risk tolerance
 * off-track       the trend falls further short, or the deadline passed without the target being met
 * no-deadline     not met, and the source names no date to meet it by, so neither on track nor off it
 * no-target       the source states the goal in words only, with no number to judge a figure against
 * no-recent-data  no actual figure, or the latest one is older than `staleAfterDays`
 */
export type GoalStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-deadline' | 'no-target' | 'no-recent-data';

/** Best first; the order a digest lists goals in and the order "worse" is measured by. */
export const STATUS_ORDER: readonly GoalStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-deadline', 'no-target', 'no-recent-data'];

/** Statuses that say how a goal is doing; the others say why it cannot be judged. */
export const JUDGED_STATUSES: readonly GoalStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track'];

/** The direction a goal pursues: the KPI's, or for a neutral KPI the one its baseline and target imply. */
export type GoalDirection = Direction;

export interface Observation {
  period: string;
  /** The period's last day: a figure describes the state at the end of its period. */
  date: string;
  value: number;
  /** True for the goal's baseline when no actual figure exists for that date. */
  fromBaseline?: boolean;
}

export interface Projection {
  method: 'least-squares';
  /** The projected value on the deadline's last day. */
  date: string;
  value: number;
  /** Change per year along the fitted line. */
  slopePerYear: number;
  /** The observations the line was fitted to. */
  points: number;
  meetsTarget: boolean;
}

export interface Change {
  since: string;
  /** The latest figure on or before `since`; absent when the goal had none then. */
  from?: Observation;
  to: Observation;
  delta: number | null;
  /** Better (true), worse (false), or neither / no direction (null). */
  improved: boolean | null;
  /** The status as it would have been evaluated on `since`. */
  statusThen: GoalStatus;
  /** Actual figures dated after `since`, up to asOf. */
  newFigures: number;
}

export interface GoalEvaluation {
  goalId: string;
  kpiId: string;
  orgId: string;
  caseId?: string;
  level: 'end' | 'sub';
  parentGoalId?: string;
  asOf: string;
  status: GoalStatus;
  direction: GoalDirection;
  /** Absent when the goal has no number (status "no-target"). */
  target?: number;
  /** Absent when the source names no deadline. */
  deadline?: string;
  /** The deadline period's last day. */
  deadlineDate?: string;
  /** False when there is no deadline. */
  deadlinePassed: boolean;
  baseline?: { value: number; period: string };
  /** The newest actual figure up to asOf. */
  latest?: Observation;
  /** The figure the status rests on: the latest, or once the deadline has passed, the last one up to the deadline. */
  judgedBy?: Observation;
  /** Days from the latest figure to asOf. */
  ageDays?: number;
  stale: boolean;
  /** The judged figure meets the target (whatever the status says about freshness). */
  meetsTarget: boolean;
  /** How far past the target the judged figure is, as a fraction of the target (positive = better). */
  margin: number | null;
  /** Share of the way from baseline to target covered by the judged figure (1 = reached); null without a usable baseline. */
  progress: number | null;
  projection?: Projection;
  change?: Change;
  /** The actual figures used, oldest first (the trend picture's data). */
  series: Observation[];
}
