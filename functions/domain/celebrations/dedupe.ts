/** Exactly once per audience: drop what has been celebrated, and turn what is left into milestones to record. */
import type { Milestone } from '../model.js';
import { keyOf, milestoneId } from './keys.js';
import type { Celebration } from './types.js';

/**
 * The celebrations whose key is not among `celebrated` (the audience's recorded milestones, see
 * celebratedKeys()), each key at most once. A celebration whose own key is new is kept even if some of
 * what it covers was celebrated before (a wide margin is news after a narrow achievement); those covered
 * milestones are then dropped from it, so its milestones can be created without a conflict.
 */
export function newCelebrations(candidates: readonly Celebration[], celebrated: Iterable<string>): Celebration[] {
  const seen = new Set(celebrated);
  const out: Celebration[] = [];
  for (const c of candidates) {
    if (seen.has(c.key)) continue;
    // What it covers that was recorded before is left out, so recording the result never repeats a milestone.
    const covers = c.covers.filter((ref) => !seen.has(keyOf(ref)));
    seen.add(c.key);
    for (const ref of covers) seen.add(keyOf(ref));
    out.push({ ...c, covers });
  }
  return out;
}

/** The milestones to record once a celebration has been delivered: its own and the ones it covers. */
export function toMilestones(c: Celebration, audienceId: string, celebratedAt: string): Milestone[] {
  const refs = [{ rule: c.rule, subjectId: c.subjectId }, ...c.covers];
  const unique = [...new Map(refs.map((r) => [keyOf(r), r])).values()];
  return unique.map((r) => ({ id: milestoneId(audienceId, keyOf(r)), audienceId, rule: r.rule, subjectId: r.subjectId, celebratedAt }));
}
