export * from './types.js';
export { evaluateGoal, evaluateGoals, DEFAULTS as GOAL_DEFAULTS, type EvaluateOptions } from './evaluate.js';
export { rollUp, type GoalTree } from './rollup.js';
export { describeGoal, statusLabel, type GoalNames } from './describe.js';
export { goalDirection, meets, lead, compareValues } from './direction.js';
export { actualSeries } from './series.js';
export { fitLine, project, recentPoints, DEFAULT_TREND, type TrendOptions } from './trend.js';
export { dayNumber, dateOfDay } from './days.js';
