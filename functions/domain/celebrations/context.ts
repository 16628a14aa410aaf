/** What every rule needs: the date, the week that seeds the wording, the thresholds, and how to build a celebration. */
import type { Lang } from '../period.js';
import { dateOfDay, dayNumber } from '../goals/days.js';
import { keyOf, subjectId } from './keys.js';
import type { NameBook } from './names.js';
import type { Celebration, CelebrationFacts, CelebrationOptions, CelebrationRule, MilestoneRef } from './types.js';
import { word, type Words } from './wording.js';

export interface RuleContext {
  asOf: string;
  week: string;
  options: CelebrationOptions;
  names: NameBook;
}

/** Good news dated within `recentDays` up to asOf; nothing dated after asOf has happened yet. */
export function isRecent(date: string, ctx: RuleContext): boolean {
  return date <= ctx.asOf && date >= dateOfDay(dayNumber(ctx.asOf) - ctx.options.recentDays);
}

export function ref(rule: CelebrationRule, ...parts: string[]): MilestoneRef {
  return { rule, subjectId: subjectId(...parts) };
}

export function celebration(
  ctx: RuleContext,
  milestone: MilestoneRef,
  date: string,
  words: Record<Lang, Words>,
  facts: CelebrationFacts,
  covers: MilestoneRef[] = [],
): Celebration {
  const key = keyOf(milestone);
  return { ...milestone, key, covers, date, text: word(milestone.rule, key, ctx.week, words), facts };
}
