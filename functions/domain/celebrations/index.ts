export * from './types.js';
export { findCelebrations } from './find.js';
export { newCelebrations, toMilestones } from './dedupe.js';
export { celebratedKeys, keyOf, milestoneId } from './keys.js';
export { isoWeekOf, weekOrdinal } from './week.js';
export { phrasingCount, phrasingIndex } from './wording.js';
