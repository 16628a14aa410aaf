/** The digest as plain data: what the card and the text rendering show. No store, no SDK. */
import type { GoalStatus } from '../domain/goals/index.js';
import type { Lang } from '../domain/period.js';

export interface TrendPoint {
  /** The figure's period, e.g. "2018-02-01--2018-08-31". */
  period: string;
  /** Its last day: where the point sits on the time axis. */
  date: string;
  value: number;
}

export interface GoalView {
  goalId: string;
  title: string;
  kpiName: string;
  level: 'end' | 'sub';
  status: GoalStatus;
  statusLabel: string;
  /** The plain sentence from the goal engine: value against target and deadline. */
  sentence: string;
  valueText?: string;
  targetText: string;
  deadlineText: string;
  /** What changed since the last digest, when there was one. */
  changeText?: string;
  /** Set when the newest figure is old: how old, in words. */
  staleText?: string;
  /** For the trend picture. */
  series: TrendPoint[];
  /** Absent when the goal has no number; the trend picture then draws no target line. */
  target?: number;
  /** "2 of 3 sub-goals achieved", beside an end goal. */
  subGoalsText?: string;
}

export interface CaseView {
  caseId?: string;
  /** "KIK II", or the organisation's name for goals without a case. */
  name: string;
  title?: string;
  goals: GoalView[];
}

export interface CelebrationView {
  key: string;
  text: string;
}

export interface DigestView {
  subscriptionId: string;
  lang: Lang;
  /** The digest's date, YYYY-MM-DD. */
  asOf: string;
  /** ISO week, e.g. "2018-W36". */
  period: string;
  /** The previous digest's date, when there was one. */
  since?: string;
  /** Figures fetched from Jobindsats since the last digest, naming it as their source. */
  sourceText?: string;
  /** Whose goals: "Aabenraa Kommune", or case names. */
  audienceName: string;
  headline: string;
  celebrations: CelebrationView[];
  cases: CaseView[];
  counts: Record<GoalStatus, number>;
  /** Goals whose newest figure is too old to judge by. */
  staleGoals: number;
  /** A case to offer behind "see a case". */
  firstCaseId?: string;
}
