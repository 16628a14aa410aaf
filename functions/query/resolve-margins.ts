/**
 * The named margins a resolution is decided by (resolve-decision.ts): how much of the question the best
 * measure must explain to answer or to ask, and how far ahead of the others it must be.
 */

/** At or above this share of the question's measure words explained by the best measure, it may answer. */
export const ANSWER_COVERAGE = 0.6;
/** Below ANSWER_COVERAGE but at or above this, the best readings are offered ("Mente du …"); below, refuse. */
export const ASK_COVERAGE = 0.34;
/** A runner-up this close to the best, explaining as much of the question, makes the question ambiguous … */
export const AMBIGUITY_RATIO = 0.97;
/** … but only when the best explains less than this of the question (otherwise the best answers, the runner-up is offered). */
export const CLEAR_COVERAGE = 0.8;
/** Two candidates this close in score, with different figures for what was asked, are asked about, not picked. */
export const CONFIDENCE_MARGIN = 0.97;
/** Readings this close to the best are offered as alternatives beside the answer. */
export const ALTERNATIVE_RATIO = 0.8;
/** With at least this share of the words explained, a best measure far ahead (CLEAR_LEAD) answers without asking. */
export const LEAD_COVERAGE = 0.5;
/** A best measure this far ahead of every other that fits answers when it explains at least DOMINANT_COVERAGE. */
export const DOMINANT_LEAD = 4;
export const DOMINANT_COVERAGE = 0.4;
/** A measure lacking the period asked this far ahead of the best, but for the period, is the one meant (periodElsewhere). */
export const PERIOD_ELSEWHERE = 2;
/** A best measure this far ahead of the next that fits answers even on few words. */
export const CLEAR_LEAD = 2;
/**
 * A measure the organisation asked has no figure for, explaining as much of a plain lookup as the best measure it
 * does have and naming every telling word of the question the best names and at least this many more, is the
 * one meant: the answer names the organisations that have it, never the other measure ("virksomhedsrettet
 * aktivering i Skanderborg" is Hedensted's measure, not Skanderborg's employment effect).
 */
export const ORG_ELSEWHERE = 1;
