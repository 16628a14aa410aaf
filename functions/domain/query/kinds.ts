/**
 * The words that say which kind of figure is asked for (budget, target, expected …) and which
 * comparison (against the target, the previous period, another organisation, a sum over years).
 */
import type { FigureKind } from '../model.js';
import type { Span } from './period-parse.js';

export type Comparison = 'target' | 'previous' | 'since' | 'org' | 'sum';

const KIND_PATTERNS: [FigureKind, RegExp][] = [
  ['budget', /\b(?:budget\w*|budgetter\w*|budgeted|vedtaget budget)\b/iu],
  ['target', /\b(?:mål(?:et|sætning\w*|tal\w*)?|maal(?:et|saetning\w*)?|target\w*|goal\w*|aim\w*|ambition\w*)\b/iu],
  ['expected', /\b(?:forvent\w*|forventning\w*|expect\w*|forecast\w*|prognose\w*|planned|planlagt\w*|anticipated|estimat\w*|skøn\w*)\b/iu],
  ['actual', /\b(?:faktisk\w*|realiseret|regnskab\w*|actual\w*|realised|realized|outturn|opnået|achieved)\b/iu],
  ['counterfactual', /\b(?:uden indsats\w*|uændret|uaendret|unchanged|ville\b[^?.]{0,40}\bhave\b|would\b[^?.]{0,40}\bhave\b|counterfactual|without the effort)/iu],
  ['potential', /\b(?:potentiale\w*|potential\w*|besparelsespotentiale\w*|kunne spare|could save)\b/iu],
  ['difference', /\b(?:forskel(?:len)?|difference|afvigelse\w*|deviation|variance)\b/iu],
];

export interface KindMention extends Span {
  kind: FigureKind;
}

export function findKinds(question: string): KindMention[] {
  const out: KindMention[] = [];
  for (const [kind, re] of KIND_PATTERNS) {
    const g = new RegExp(re.source, 'giu');
    for (let m = g.exec(question); m; m = g.exec(question)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const COMPARISON_PATTERNS: [Comparison, RegExp][] = [
  ['target', /\b(?:i forhold til (?:målet|maalet|målene)|ift\.? (?:målet|maalet)|mod målet|mod maalet|against (?:the )?(?:target|goal)|vs\.? (?:the )?(?:target|goal)|compared (?:to|with) (?:the )?(?:target|goal)|on track|på vej|paa vej|nået målet|naaet maalet|reach(?:ed)? (?:the|its|our) (?:target|goal)|målopfyldelse|goal status|status (?:på|paa) målet)\b/iu],
  ['previous', /\b(?:forrige|sidste (?:år|aar|periode|måned|maaned|kvartal)|året før|aaret foer|previous (?:year|period|month|quarter)|last year|the year before|prior year|than before|end før|udvikling\w*|trend|development)\b/iu],
  ['since', /\b(?:siden|since|ændret sig|aendret sig|changed|faldet|steget|fallen|fell|risen|rose|dropped|increased|decreased)\b/iu],
  ['org', /\b(?:sammenlignet med|sammenlign\w*|i forhold til|ift\.?|compared (?:to|with)|compare\w*|versus|vs\.?|mod|against|relative to)\b/iu],
  ['sum', /\b(?:i alt|samlet|samlede|sum(?:men|med|meret)?|summ?ed|total(?:t|en)?|in total|altogether|combined|tilsammen|lagt sammen|added up|over (?:perioden|hele perioden|the period|the years)|akkumuleret|accumulated|cumulative)\b/iu],
];

export function findComparisons(question: string): Comparison[] {
  const found: Comparison[] = [];
  for (const [c, re] of COMPARISON_PATTERNS) if (re.test(question)) found.push(c);
  return found;
}
