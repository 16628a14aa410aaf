/**
 * A question in, its parts out: language, organisations, cases named by code, figure kinds, periods,
 * comparisons, numbers, whether it asks about a case as a whole, and the words left for the measure
 * search. Pure: the store's organisations and case codes are passed in.
 */
import type { FigureKind } from '../model.js';
import type { Lang } from '../period.js';
import { detectLanguage } from './language.js';
import { findComparisons, findKinds, type Comparison } from './kinds.js';
import { findCaseCodes, findGroupWords, findOrganisations, type CaseRef, type OrgRef } from './mentions.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { parsePeriods, type Span } from './period-parse.js';
import { fold } from './text.js';

export interface ParsedQuestion {
  lang: Lang;
  /** The question folded to lower-case ASCII; every span below points into it. */
  text: string;
  orgIds: string[];
  /** Where a group word was used: every organisation it may mean, by the id in orgIds. */
  orgChoices: Record<string, string[]>;
  /** "klyngen", "landsplan" … named where no organisation in the store answers to them. */
  groupWords: ('cluster' | 'national')[];
  caseIds: string[];
  kinds: FigureKind[];
  comparisons: Comparison[];
  periods: string[];
  latest: boolean;
  since?: string;
  numbers: NumberMention[];
  /** "hvad er KIK II?", "vis BIC 01", "show Projekt Superb", "tell me about …". */
  describes: boolean;
  /** The question without organisation, case code and period words: what the measure search sees. */
  searchText: string;
  /** Words in searchText that may name the measure but need not ("udgangen" of "ved udgangen af 2020"). */
  optionalWords: string[];
}

export interface UnderstandContext {
  orgs: OrgRef[];
  cases: CaseRef[];
  lang?: Lang;
}

const DESCRIBE =
  /^\s*(?:hvad (?:er|var|gaar|går|handler)|hvad er det|hvad indeholder|vis(?: mig)?|fortael(?: mig)?(?: lidt)? om|fortæl(?: mig)?(?: lidt)? om|beskriv|info(?:rmation)? om|what (?:is|was|are)|what'?s|whats|show(?: me)?|tell me(?: more)? about|describe|explain|details? (?:on|of|for)|overview of|give me an overview of|om)\b/u;

export function understand(question: string, ctx: UnderstandContext): ParsedQuestion {
  const lang = ctx.lang ?? detectLanguage(question);
  const text = fold(question).replace(/[’`´]/g, "'");
  const spans: Span[] = [];

  const orgs = findOrganisations(text, ctx.orgs);
  spans.push(...orgs);
  const groupWords = orgs.length
    ? findGroupWords(text).filter((g) => !orgs.some((o) => o.start <= g.span.start && g.span.end <= o.end))
    : findGroupWords(text);
  const unmatchedGroups = groupWords.filter((g) => !ctx.orgs.some((o) => o.kind === g.kind)).map((g) => g.kind);
  spans.push(...groupWords.map((g) => g.span));

  const periodQuery = parsePeriods(text);
  spans.push(...periodQuery.spans);

  const codes = findCaseCodes(text, ctx.cases).filter((c) => !overlaps(c, periodQuery.spans));
  spans.push(...codes);

  const numbers = findNumbers(text, lang).filter((n) => !overlaps(n, spans));
  // A bare number may be part of a name ("20 flere EGU-pladser", "18-29 år"); one with a unit is a value.
  spans.push(...numbers.filter((n) => n.unit));

  const parsed: ParsedQuestion = {
    lang,
    text,
    orgIds: orgs.map((o) => o.id),
    orgChoices: Object.fromEntries(orgs.filter((o) => o.ids).map((o) => [o.id, o.ids!])),
    groupWords: [...new Set(unmatchedGroups)],
    caseIds: codes.map((c) => c.id),
    kinds: [...new Set(findKinds(text).map((k) => k.kind))],
    comparisons: findComparisons(text),
    periods: periodQuery.periods,
    latest: periodQuery.latest,
    numbers,
    describes: DESCRIBE.test(text),
    searchText: blank(text, spans),
    optionalWords: periodQuery.edgeWords,
  };
  if (periodQuery.since) parsed.since = periodQuery.since;
  return parsed;
}

function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

/** The text with the spans replaced by spaces, so word boundaries stay where they were. */
function blank(text: string, spans: Span[]): string {
  const chars = [...text];
  // spans index UTF-16 code units; folded text is ASCII apart from rare symbols, so the two agree
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('').replace(/\s+/g, ' ').trim();
}
