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

/**
 * One goal as the card shows it, every field from the goal's one verdict (domain/goals/verdict.ts) so no
 * two of them can disagree.
 */
export interface GoalView {
  goalId: string;
  title: string;
  kpiName: string;
  level: 'end' | 'sub';
  status: GoalStatus;
  /** "på sporet", or "på sporet ifølge delmålene" when the status is the sub-goals'. */
  statusLabel: string;
  /** The goal's own figure with its date; absent when it has none. */
  valueText?: string;
  targetText: string;
  deadlineText: string;
  /** What changed since the last digest, when there was one. */
  changeText?: string;
  /** Why the status does not rest on a fresh figure of the goal's own: old figures, none, or the sub-goals'. */
  figureNote?: string;
  /** For the trend picture. */
  series: TrendPoint[];
  /** Absent when the goal has no number; the trend picture then draws no target line. */
  target?: number;
  /** The trend's figures and target in words, the reader's number format: "Udvikling: 771 → 978 personer (mål 1.117 personer)". */
  trendText?: string;
  /** "Delmål: 3 nået, 2 uden nye tal", beside an end goal. */
  subGoalsText?: string;
  /** Belongs on the front of the digest: off track, at risk, or changed since the last digest. */
  focus: boolean;
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
  /** The chat gets this digest every week: its card offers a pause, otherwise a subscription. */
  subscribed: boolean;
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
  /** Goals by the status each one's card shows; they add up to the goals in `cases`. */
  counts: Record<GoalStatus, number>;
  /** A case to offer behind "see a case". */
  firstCaseId?: string;
}
