export * from './approved-case.js';
export * from './context.js';
export * from './decide.js';
export * from './pending.js';
export * from './queries.js';
export * from './reviewers.js';
export * from './revise.js';
export * from './submit.js';
