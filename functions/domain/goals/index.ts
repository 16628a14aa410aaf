export * from './types.js';
export { evaluateGoal, evaluateGoals, DEFAULTS as GOAL_DEFAULTS } from './evaluate.js';
export { rollUp, type GoalTree } from './rollup.js';
export { describeGoal, statusLabel } from './describe.js';
export { compareValues } from './direction.js';
export { dayNumber, dateOfDay } from './days.js';
export { verdicts, countByStatus, type GoalVerdict } from './verdict.js';
export { readGoalStatusQuestion } from './status-question.js';
