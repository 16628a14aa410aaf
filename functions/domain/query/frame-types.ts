/**
 * The frame a question is read into (frame.ts): which measure, organisation(s), case, kind, period(s),
 * and which operation — a lookup, or arithmetic on stored figures.
 */
import type { FigureKind } from '../model.js';
import type { Lang } from '../period.js';
import type { StrictKind, UnitFamily } from './lexicon.js';

export type Operation =
  /** One stored figure. */
  | 'lookup'
  /** Two figures of the same measure at two times: to − from. */
  | 'change'
  /** The same, as a percentage of the first. */
  | 'percent-change'
  /** Two figures compared: two organisations, two measures, or a stored difference. */
  | 'difference'
  /** One figure divided by another ("hvor mange gange"). */
  | 'ratio'
  /** Yearly figures added up over a span. */
  | 'sum'
  /** The highest or lowest among organisations with the same measure. */
  | 'rank'
  /** A figure against its goal or target: the gap. */
  | 'versus-target'
  /** A figure against its budget: the deviation. */
  | 'versus-budget'
  /** A part of a whole in percent ("hvor stor en andel af de 1.485 borgere …"), when no stored share answers. */
  | 'share'
  /** The whole less its parts: "hvor mange af de 180 var hverken i arbejde eller jobparate?". */
  | 'rest'
  /** The mean over the organisations or periods named ("snit af Hedensted og Skanderborg", "2017-2019 gns pr. år"). */
  | 'average';

/** One side of a share: its measure words, the contrasts it names, and the numbers it states ("af de 1.485 borgere"). */
export interface ShareSide {
  measure: string[];
  contrasts: string[];
  stated: number[];
  kinds: FigureKind[];
}

export interface Frame {
  lang: Lang;
  /** The question folded to lower-case ASCII. */
  text: string;
  /** Words for the measure search, in order. */
  measure: string[];
  /** Words that may name the measure but need not (synonyms, group words, "udgangen"): count when matched. */
  optional: string[];
  /** Words searched for ranking only (units, words of change and comparison): never count as explained. */
  extra: string[];
  /** Catalogue organisations named, in order; a group word ("klyngen") stands for all groups of its kind. */
  orgs: string[][];
  /** Organisations named as what the subject is compared with ("sammenlignet med Skanderborg"): never the subject. */
  compared?: string[];
  /** The organisation the other is set against (a group too): the base of a ratio ("i forhold til Hedensteds", "skanderborg/hedensted"). */
  against?: string[];
  /** Municipalities named inside a group's name ("Viborg's cluster"): asked about when the group has no figure. */
  embedded: string[];
  /**
   * A reference level asked for itself ("klyngegennemsnittet", "the national share … Hedensted is compared with"):
   * the group's own figure answers, never the municipality's beside it (see referenceLevel).
   */
  level?: string[];
  /** Places named that the store has no figures for: "Odense Kommune". */
  unknownPlaces: string[];
  /** Cases named by code. */
  cases: string[];
  /** Figure kinds asked for: preferences, not filters … */
  kinds: FigureKind[];
  /** … except a kind insisted on ("faktisk", "budget"): only the kinds it accepts answer. */
  strict?: StrictKind;
  /** What a set-off negation rules out ("– ikke budgettet"): measures named by these words, figures of these kinds. */
  excluded?: { words: string[]; kinds: FigureKind[] };
  /** Mutually exclusive things named ("benefit:kontanthjaelp", "matchgroup:3"): a measure naming another never answers. */
  contrasts: string[];
  /** Unit families the question asks for ("hvor mange kroner" → money); empty = any. */
  units: UnitFamily[];
  /** Families that may answer at a cost: "hvor mange af de unge …" may be a share. */
  softUnits: UnitFamily[];
  /** Periods named, in order (ranges joined; relative ones as "@…" tokens). */
  periods: string[];
  since?: string;
  /**
   * "gennemsnittet af Hedensted og Skanderborg over landsplan": the organisations whose mean is one side of a difference
   * or ratio; the reference level named beside them (the national level, a cluster) is the other side, never a term.
   */
  averaged?: string[][];
  /** "gennemsnittet af de tre kommuner": a mean over every municipality with the measure; the number said (3), or 0. */
  everyOrg?: number;
  /** "2020+2021", "2018 plus 2019": the periods named are the terms of a sum, not the ends of a span. */
  periodsAdded?: boolean;
  /** "pr. måned for de resterende 10 måneder": how many months the question says a period's figure covers. */
  monthsSaid?: number;
  /** "(to år = 104 uger)": how many weeks the question says a figure covers, when a rate per week is asked. */
  weeksSaid?: number;
  /** "pr. måned", "per quarter", "om ugen", "per year": the time unit a rate is asked in (operation average). */
  per?: 'month' | 'quarter' | 'week' | 'year';
  /** "hele 2018": a figure for part of the period does not answer. */
  wholePeriod?: boolean;
  latest: boolean;
  operation: Operation;
  /** For the gap to a target: "mangler", "how far" ask for the distance, not the signed deviation. */
  distance?: boolean;
  /** "hvor mange procent højere … end landsgennemsnittet": a difference asked relative to the second side, in per cent. */
  relative?: boolean;
  /** The way the question asks a change or gap to go ("hvor meget faldt", "how many points above"). */
  direction?: 'up' | 'down';
  /** A ratio asked in per cent of its base ("hvor stor en andel udgør A's andel af B's", "what percent of"). */
  inPercent?: boolean;
  /** A ratio asked "hvor mange gange A er B" / "how many times A is B": B over A (as against "så høj er A som B"). */
  timesOf?: boolean;
  /** For rank, and a difference asked as "which is higher": the highest or the lowest. */
  extreme?: 'max' | 'min';
  /** Numbers the question states as known ("af de 180 afsluttede"): never its answer. */
  stated?: number[];
  /** For a share or the rest: the whole (named after "af" / "of") and the part(s). */
  share?: { whole: ShareSide; parts: ShareSide[]; named?: boolean; excluding?: boolean };
  /** "total", "i alt", "samlet" in a comparison: each side's figure over the whole span (a plan's total column). */
  total?: boolean;
  /** For a comparison of two measures: the measure words before and after "end" / "than" / "og". */
  split?: [string[], string[]];
  /**
   * Two members of one contrast family, each the side of a comparison or sum ("tilflyttede end fraflyttede",
   * "førtidspension og kontanthjælp i alt", "sparet forsørgelse minus driftsudgift"), in the order to compute.
   */
  sides?: { members: [string, string]; words: [string[], string[]] };
  /** The measure words are only unit or comparison words ("hvor mange procentpoint …"): in a conversation, the previous measure is meant. */
  unitsOnly?: boolean;
  /** "hvad er KIK II?", "vis BIC 01": a case as a whole may be meant. */
  describes: boolean;
  /** "hvor mange årsværk …": the measure word right after "hvor mange" / "how many", the thing counted. */
  counted?: { word: string; said: string };
  /** "hvor mange …", "how much …": an amount is asked for, never a case description. */
  quantity: boolean;
}
