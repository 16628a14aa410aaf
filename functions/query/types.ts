/**
 * What an answer is: plain data that the HTTP API, the bot's cards and the CLI all render.
 */
import type { FigureKind, Unit } from '../domain/model.js';
import type { Lang } from '../domain/period.js';

export interface QueryInput {
  q: string;
  org?: string;
  lang?: Lang;
  /** The `context` of the previous answer in the same conversation: a follow-up ("og i 2019?") reuses its reading. */
  context?: string;
}

/** One figure as the API shows it: `value` is in the unit `unit` names ("1.000 kr.", "percent" …). */
export interface AnswerFigure {
  kpi: string;
  org: string;
  period: string;
  kind: string;
  value: number;
  unit: string;
  source: string;
  /** "at-least" when the source gives a lower bound ("+7.500", "60 % eller flere"). */
  qualifier?: string;
  /** A computed result's direction: above or below, more or fewer, a rise or a fall. */
  direction?: 'up' | 'down' | 'none';
}

/** The working of a computed answer: the expression and each operand with its source. */
export interface Calculation {
  /** "1.869 − 1.959 = −90 fuldtidspersoner". */
  expression: string;
  operands: { label: string; valueText: string; period: string; source: string }[];
}

/** Another reading of the question, re-askable as it stands. */
export interface Alternative {
  label: string;
  q: string;
}

export interface GoalView {
  title: string;
  /** Absent when the source states the goal in words only. */
  target?: number;
  targetText: string;
  deadline?: string;
  /** From the goal engine when it can judge the goal. */
  status?: string;
}

export interface CaseEconomyRow {
  year: number;
  label: string;
  value: number;
  unit: string;
  valueText: string;
}

export interface CaseView {
  id: string;
  orgId: string;
  orgName: string;
  code?: string;
  title: string;
  kind: string;
  status?: string;
  summary?: string;
  period?: string;
  economy: CaseEconomyRow[];
  goals: GoalView[];
  measures: string[];
  source?: string;
}

export type AnswerKind =
  /** A figure answers the question. */
  | 'figure'
  /** The question is about a case as a whole. */
  | 'case'
  /** The measure exists but not for the period, organisation or kind asked. */
  | 'no-figure'
  /** Nothing matches well enough. */
  | 'no-match'
  /** Something matches, but too weakly to answer: the user is asked which was meant. */
  | 'clarify';

export interface Answer {
  kind: AnswerKind;
  lang: Lang;
  /** The answer as a sentence or two in the user's language. */
  text: string;
  /** figures[0] is the answer; empty when no figure answers the question. */
  figures: AnswerFigure[];
  alternatives: Alternative[];
  /** The reading chosen, in words, when the question could be read more than one way. */
  reading?: string;
  /** Display parts for cards. */
  headline?: { valueText: string; measure: string; org: string; period: string; kind: string; source: string };
  goal?: GoalView;
  case?: CaseView;
  /** For a computed answer (a change, a difference, a sum …): how it was worked out. */
  calculation?: Calculation;
  /** Periods that do have a figure, when the one asked for has none. */
  nearestPeriods?: string[];
  /** 0..1: how much of the question the chosen reading explains. */
  confidence: number;
  /** The reading of this question, for a follow-up to build on (send it back as the next question's `context`). */
  context?: string;
}

export interface ResolvedFigure {
  kpiId: string;
  orgId: string;
  kind: FigureKind;
  period: string;
  value: number;
  unit: Unit;
  scale: number;
  document: string;
  locator: string;
  note?: string;
  /** "at-least" for a lower bound ("+7.500", "60 % eller flere"); other qualifiers as the seed data names them. */
  qualifier?: string;
  /** The source document's title and section, where the seed data gives them. */
  title?: string;
  section?: string;
  /** A number the question itself states ("af de 1.869"), used as an operand: its source is the question. */
  stated?: boolean;
}
