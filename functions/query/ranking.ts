/**
 * One ranking for every "which … has the highest / lowest" question: organisations by a measure they share
 * (answer.ts) and cases of one organisation by a measure their forms share (case-rank.ts).
 */

/** The rows from the end asked ("max": highest first), and whether the first two share the top value, so no one row wins. */
export function byExtreme<T extends { value: number }>(rows: T[], extreme: 'max' | 'min' = 'max'): { ordered: T[]; tie: boolean } {
  const ordered = [...rows].sort((a, b) => (extreme === 'min' ? a.value - b.value : b.value - a.value));
  return { ordered, tie: ordered.length > 1 && ordered[0]!.value === ordered[1]!.value };
}

/** Whether `a` lies beyond `b` in the direction asked. */
export function beats(a: number, b: number, extreme: 'max' | 'min' = 'max'): boolean {
  return extreme === 'min' ? a < b : a > b;
}
