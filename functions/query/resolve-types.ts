/** What resolving a frame gives: the candidate measures, scored, and what was ruled out and why. */
import type { FigureKind, Kpi } from '../domain/model.js';
import type { SearchHit } from '../domain/query/index.js';
import type { ResolvedFigure } from './types.js';

export interface Candidate {
  kpi: Kpi;
  hit: SearchHit;
  /** Every figure of the KPI (all organisations). */
  all: ResolvedFigure[];
  /** The organisation the answer is about, and its figures. */
  org: string;
  mine: ResolvedFigure[];
  score: number;
  /** The part of the score the period's fit takes (PERIOD_MISS, PERIOD_PART or 1). */
  periodFactor?: number;
  fitsKind: boolean;
  fitsPeriod: boolean;
  /** The contrast members its name names ("moving:out"). */
  named: string[];
  /** The question's words it names, and its name's words beyond the question (see distinguish.ts). */
  says?: string[];
  beyond?: string[];
  /** Contrast members the question singles out by a telling word it does not name, of a family it names nothing of (see asksBeyond). */
  apart?: string[];
  /** The thing counted ("hvor mange årsværk"), when it is a telling word this measure does not name. */
  uncounted?: string;
}

export interface OrgMiss {
  kpi: Kpi;
  orgs: string[];
  asked: string[];
  coverage?: number;
  /** The question's telling words it names (see distinguish.ts). */
  says?: string[];
  levelCoverage?: number;
  levelScore?: number;
}

export interface Resolution {
  ranked: Candidate[];
  /** Measures without the organisation asked, how well each explains the question, and how well when a level was asked of it (see levelMissed). */
  orgMisses: OrgMiss[];
  /** Measures that matched but are in a unit the question rules out, and how much of the question the best of them explains. */
  unitMisses: Kpi[];
  unitMissCoverage: number;
  /** Measures that matched but name another member of something the question names ("match group 2" for 3) … */
  constraintMisses: { kpi: Kpi; org: string; missing: string[]; coverage: number; says?: string[] }[];
  /** … or lack the kind the question insists on ("faktisk"): the kinds they have. */
  kindMisses: { kpi: Kpi; org: string; have: FigureKind[]; coverage: number }[];
  /** How much of the question the best measure explains, before any fit. */
  coverage: number;
  /** The lexicon's families that must be named to tell two readings apart (see unnamedSplit). */
  askFamilies?: Set<string>;
}

export interface ResolveOptions {
  home: string;
  inputOrg?: string;
  /** Measure words to search instead of the frame's (one side of a two-measure comparison). */
  words?: string[];
  /** Only these organisations (the other side of a comparison keeps to the subject). */
  orgs?: string[];
  /** The operands of a computation are looked up (a share and its whole): no one of them need name all the question asks. */
  operands?: boolean;
}
