/**
 * How celebrations are worded: concrete (the figure, the measure, the case or unit), in Danish and English,
 * with several phrasings per rule so a weekly digest does not read the same every week. The choice is
 * deterministic: the week's ordinal plus a hash of the milestone key, so consecutive weeks always pick
 * different phrasings and two celebrations in one digest usually differ. Only good news is worded here;
 * goals off track are described plainly by goals/describe.ts.
 */
import type { Lang } from '../period.js';
import type { Text } from '../model.js';
import { fnv1a } from './keys.js';
import type { CelebrationRule } from './types.js';
import { weekOrdinal } from './week.js';

/** Pre-formatted words for one language: kpi (mid-sentence) and Kpi (sentence start), place (case or unit), value, target, date, … */
export type Words = Record<string, string>;
type Phrasing = (w: Words) => string;

const PHRASINGS: Record<CelebrationRule, Record<Lang, Phrasing[]>> = {
  'goal-achieved': {
    da: [
      (w) => `Mål nået: ${w.kpi} i ${w.place} er ${w.value} pr. ${w.date} – målet var ${w.target}${w.byDeadline}.`,
      (w) => `${w.place} har nået målet for ${w.kpi}: ${w.value} mod målet ${w.target}. Godt gået!`,
      (w) => `Flot arbejde i ${w.place}! ${w.Kpi}: ${w.value} pr. ${w.date}, og målet på ${w.target} er nået.`,
    ],
    en: [
      (w) => `Goal reached: ${w.kpi} in ${w.place} at ${w.value} as of ${w.date} – the target was ${w.target}${w.byDeadline}.`,
      (w) => `${w.place} has reached its target for ${w.kpi}: ${w.value} against a target of ${w.target}. Well done!`,
      (w) => `Great work in ${w.place}! ${w.Kpi}: ${w.value} as of ${w.date}, and the target of ${w.target} is met.`,
    ],
  },
  'target-exceeded': {
    da: [
      (w) => `Langt bedre end målet! ${w.Kpi} i ${w.place}: ${w.value} pr. ${w.date} – ${w.beyond}.`,
      (w) => `${w.Kpi} i ${w.place} er nået til ${w.value}: ${w.beyond} (målet var ${w.target}${w.byDeadline}).`,
      (w) => `Målet for ${w.kpi} i ${w.place} var ${w.target}. Resultatet pr. ${w.date} blev ${w.value} – ${w.beyond}.`,
    ],
    en: [
      (w) => `Far better than the target! ${w.Kpi} in ${w.place}: ${w.value} as of ${w.date} – ${w.beyond}.`,
      (w) => `${w.Kpi} in ${w.place} reached ${w.value}: ${w.beyond} (the target was ${w.target}${w.byDeadline}).`,
      (w) => `The target for ${w.kpi} in ${w.place} was ${w.target}. The result as of ${w.date} is ${w.value} – ${w.beyond}.`,
    ],
  },
  'new-best': {
    da: [
      (w) => `Ny rekord: ${w.kpi} i ${w.place} er ${w.value} pr. ${w.date} – det bedste hidtil (før ${w.best}).`,
      (w) => `Aldrig bedre: ${w.kpi} i ${w.place} nåede ${w.value} pr. ${w.date}.`,
      (w) => `${w.Kpi} i ${w.place}: ${w.value} pr. ${w.date} slår det hidtil bedste, ${w.best}.`,
    ],
    en: [
      (w) => `New record: ${w.kpi} in ${w.place} at ${w.value} as of ${w.date} – the best yet (previously ${w.best}).`,
      (w) => `Never better: ${w.kpi} in ${w.place} reached ${w.value} as of ${w.date}.`,
      (w) => `${w.Kpi} in ${w.place}: ${w.value} as of ${w.date} beats the previous best, ${w.best}.`,
    ],
  },
  'improving-streak': {
    da: [
      (w) => `${w.Kpi} i ${w.place} er blevet bedre ${w.n} gange i træk – nu ${w.value} pr. ${w.date}.`,
      (w) => `${w.n} forbedringer i træk: ${w.kpi} i ${w.place} er nu ${w.value}.`,
      (w) => `Stabil fremgang i ${w.place}: ${w.kpi} er forbedret ${w.n} perioder i træk, senest til ${w.value} pr. ${w.date}.`,
    ],
    en: [
      (w) => `${w.Kpi} in ${w.place}: better ${w.n} times in a row – now ${w.value} as of ${w.date}.`,
      (w) => `${w.n} improvements in a row: ${w.kpi} in ${w.place} is now ${w.value}.`,
      (w) => `Steady progress in ${w.place}: ${w.n} improvements running for ${w.kpi}, most recently to ${w.value} as of ${w.date}.`,
    ],
  },
  'proposal-approved': {
    da: [
      (w) => `Forslaget ${w.proposal} fra ${w.place} er godkendt.`,
      (w) => `Godkendt: ${w.proposal} fra ${w.place}.`,
      (w) => `Grønt lys til ${w.proposal} fra ${w.place}.`,
    ],
    en: [
      (w) => `The proposal ${w.proposal} from ${w.place} has been approved.`,
      (w) => `Approved: ${w.proposal} from ${w.place}.`,
      (w) => `Green light for ${w.proposal} from ${w.place}.`,
    ],
  },
  'proposal-implemented': {
    da: [
      (w) => `Forslaget ${w.proposal} fra ${w.place} er nu gennemført.`,
      (w) => `Fra idé til virkelighed: ${w.proposal} fra ${w.place} er gennemført.`,
      (w) => `${w.place} har gennemført ${w.proposal}.`,
    ],
    en: [
      (w) => `The proposal ${w.proposal} from ${w.place} has now been implemented.`,
      (w) => `From idea to practice: ${w.proposal} from ${w.place} is implemented.`,
      (w) => `${w.place} has implemented ${w.proposal}.`,
    ],
  },
  'first-figures': {
    da: [
      (w) => `${w.place} har fået sine første tal: ${w.kpi} er ${w.value} pr. ${w.date}.`,
      (w) => `De første resultater fra ${w.place}: ${w.kpi} på ${w.value} pr. ${w.date}.`,
      (w) => `Nu kan vi følge ${w.place}: det første tal for ${w.kpi} er ${w.value} (${w.date}).`,
    ],
    en: [
      (w) => `${w.place} has its first figures: ${w.kpi} at ${w.value} as of ${w.date}.`,
      (w) => `The first results from ${w.place}: ${w.kpi} at ${w.value} as of ${w.date}.`,
      (w) => `Now we can follow ${w.place}: the first figure for ${w.kpi} is ${w.value} (${w.date}).`,
    ],
  },
};

export function phrasingCount(rule: CelebrationRule): number {
  return PHRASINGS[rule].da.length;
}

/** Which phrasing a celebration gets in a given week. */
export function phrasingIndex(rule: CelebrationRule, key: string, week: string): number {
  return (weekOrdinal(week) + parseInt(fnv1a(key), 16)) % phrasingCount(rule);
}

export function word(rule: CelebrationRule, key: string, week: string, words: Record<Lang, Words>): Text {
  const i = phrasingIndex(rule, key, week);
  return { da: PHRASINGS[rule].da[i]!(words.da), en: PHRASINGS[rule].en[i]!(words.en) };
}
