/** Better and worse for a goal, whichever way it points. */
import type { Goal, Kpi } from '../model.js';
import type { GoalDirection } from './types.js';

/**
 * A neutral KPI (say, a population count) can still carry a goal: its baseline and target say which way
 * is progress. With no baseline, or a baseline equal to the target, the goal is to land on the target.
 */
export function goalDirection(goal: Pick<Goal, 'target' | 'baseline'>, kpi: Pick<Kpi, 'direction'>): GoalDirection {
  if (kpi.direction !== 'neutral') return kpi.direction;
  if (!goal.baseline || goal.target === undefined || goal.baseline.value === goal.target) return 'neutral';
  return goal.target > goal.baseline.value ? 'higher-is-better' : 'lower-is-better';
}

/** A neutral "land on the target" goal is met within 2 % of the target (or ±0.01 of a zero target). */
export const NEUTRAL_BAND = 0.02;

export function meets(value: number, target: number, direction: GoalDirection): boolean {
  switch (direction) {
    case 'higher-is-better':
      return value >= target;
    case 'lower-is-better':
      return value <= target;
    case 'neutral':
      return Math.abs(value - target) <= neutralTolerance(target);
  }
}

/** Signed distance by which `value` beats `target` (positive = on the good side). */
export function lead(value: number, target: number, direction: GoalDirection): number {
  switch (direction) {
    case 'higher-is-better':
      return value - target;
    case 'lower-is-better':
      return target - value;
    case 'neutral':
      return neutralTolerance(target) - Math.abs(value - target);
  }
}

/** +1 when `b` is better than `a`, -1 when worse, 0 when equal or when the direction says nothing. */
export function compareValues(a: number, b: number, direction: GoalDirection): -1 | 0 | 1 {
  if (direction === 'neutral' || a === b) return 0;
  return (direction === 'higher-is-better') === b > a ? 1 : -1;
}

function neutralTolerance(target: number): number {
  return target === 0 ? 0.01 : Math.abs(target) * NEUTRAL_BAND;
}
