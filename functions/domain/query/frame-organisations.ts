/**
 * Organisations and places named in a question, by token lookup in the lexicon: the organisations asked
 * about, those only compared with, a reference level asked for itself, municipalities named inside a group's
 * name, and places the store has no figures for.
 */
import type { Lexicon, PlaceRef } from './lexicon.js';
import type { Span } from './period-parse.js';
import { TIMES } from './frame-operation.js';
import { inside, type Token } from './frame-tokens.js';

/** Words just before a group word that make it the comparison, not part of the measure's name. */
const COMPARED_WITH = /(?:sammenlign\w* med|i forhold til|ift\.?|vs\.?|versus|compared? (?:to|with)|compares (?:to|with)|relative to|than|end|mod|against|med)\s+(?:the\s+|det\s+)?$/;
/**
 * "niveau med klyngens gennemsnit", "når klyngegennemsnittet", "the best municipality in the cluster", "by reaching the
 * cluster average": a group named as the level a municipality would reach is part of the measure's name (KL's saving
 * potentials), not an organisation asked about.
 */
const BENCHMARK = /\b(?:niveau med|level of|naar|reach(?:es|ed|ing)?|matching)\b(?:\s+\S+){0,5}\s+$|\b(?:bedste|best)\s+(?:kommune|municipality)\s+(?:i|in)\s+(?:the\s+)?$/;
/** "ved klyngens gennemsnit", "at the cluster average": a group's average as a level, not the group asked. */
const AT_AVERAGE = /\b(?:ved|at)\s+(?:the\s+)?$/;
/** "skanderborg/hedensted": the place after a slash is what the one before it is divided by. */
const SLASHED = /[\p{L}']\s*\/\s*$/u;

export interface Places {
  orgs: string[][];
  unknownPlaces: string[];
  embedded: string[];
  compared: string[];
  level?: string[];
  /** The place set against the other (a group too): after "i forhold til", "relative to", "than", or a slash. */
  against?: string[];
  /** Where each entry of `orgs` is named in the text (every mention). */
  at: number[][];
  /** Group words ("klyngen"): maybe part of the measure's name, but explaining nothing by themselves. */
  groupWords: string[];
  /** The entries of `orgs` that are groups (the national level, a cluster): a reference, never a municipality. */
  groups: string[][];
}

/** The places named outside `taken`; each one's span is added to `taken`. */
export function readPlaces(text: string, tokens: Token[], raw: Token[], lex: Lexicon, taken: Span[]): Places {
  const orgs: string[][] = [];
  const unknownPlaces: string[] = [];
  const words = tokens.map((t) => t.word);
  const groupWords: string[] = [];
  const groups: string[][] = [];
  const embedded: string[] = [];
  const compared: string[] = [];
  let level: string[] | undefined;
  let against: string[] | undefined;
  let slashed: string[] | undefined;
  const at: number[][] = [];
  // "hvor mange gange så stor er X som Y": Y is the comparison, as after "end" / "than".
  const comparedWith = TIMES.test(text) ? new RegExp(`${COMPARED_WITH.source}|\\b(?:som|as)\\s+(?:the\\s+)?$`) : COMPARED_WITH;
  for (let i = 0; i < tokens.length; i++) {
    if (inside(tokens[i]!, taken)) continue;
    const m = lex.places.match(words, i) ?? placeTypo(lex, words[i]!, raw[i]?.raw ?? '', i);
    if (!m) continue;
    const capital = /^\p{Lu}/u.test(raw[i]?.raw ?? '');
    const refs = m.values.filter((r) => !r.ambiguous || capital);
    if (!refs.length) continue;
    const ids = [...new Set(refs.flatMap((r: PlaceRef) => r.orgIds))];
    if (refs.every((r) => r.group) && benchmark(text, words, tokens[i]!.start, i, m.length)) {
      groupWords.push(...words.slice(i, i + m.length));
      taken.push({ start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end });
      i += m.length - 1;
      continue;
    }
    const afterComparator = COMPARED_WITH.test(text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start));
    if (ids.length && !level && !afterComparator && refs.some((r) => r.group) && referenceLevel(words, i, m.length, orgs.length === 0)) level = ids;
    // "placering i klyngen": a group word may also be part of the measure's name — unless it is what the
    // question compares with ("sammenlignet med klyngen"). A municipality named inside a group's name
    // ("Viborg's cluster rank") is where to look when the group itself has no figure.
    if (refs.some((r) => r.group)) {
      if (!afterComparator) groupWords.push(...words.slice(i, i + m.length));
      for (let k = i; k < i + m.length; k++) {
        const inner = lex.places.match([words[k]!], 0);
        for (const r of inner?.values ?? []) if (!r.group && r.orgIds.length === 1 && !embedded.includes(r.orgIds[0]!)) embedded.push(r.orgIds[0]!);
      }
    }
    if (ids.length) {
      const before = text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start);
      if (comparedWith.test(before) && !refs.some((r) => r.group)) compared.push(...ids);
      if (SLASHED.test(before)) slashed ??= ids;
      else if (comparedWith.test(before)) against ??= ids;
      const seen = orgs.findIndex((o) => o.join() === ids.join());
      if (seen >= 0) at[seen]!.push(tokens[i]!.start);
      else {
        orgs.push(ids);
        at.push([tokens[i]!.start]);
        if (refs.some((r) => r.group)) groups.push(ids);
      }
    } else if (!unknownPlaces.includes(refs[0]!.name)) unknownPlaces.push(refs[0]!.name);
    taken.push({ start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end });
    i += m.length - 1;
  }
  against = slashed ?? against;
  // "klyngegns i Hedensteds klynge": a group word standing for every cluster and one cluster named are one place, that cluster.
  const within = (o: string[]) => orgs.find((p) => p !== o && p.length < o.length && p.every((id) => o.includes(id)));
  for (const o of groups.filter((g) => within(g))) {
    const one = within(o)!;
    at.splice(orgs.indexOf(o), 1);
    orgs.splice(orgs.indexOf(o), 1);
    groups.splice(groups.indexOf(o), 1);
    if (level === o) level = one;
    if (against === o) against = one;
  }
  return { orgs, unknownPlaces, embedded, compared, ...(level ? { level } : {}), ...(against ? { against } : {}), at, groupWords, groups };
}

/** Whether the group named at word i (m words long) is the level of a benchmark, not a place asked about. */
function benchmark(text: string, words: string[], start: number, i: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  if (BENCHMARK.test(before)) return true;
  return AT_AVERAGE.test(before) && words.slice(i, i + length + 1).some((w) => AVERAGE.test(w) || /^klyngens$/.test(w));
}

const AVERAGE = /^(?:\w*gennemsnit\w*|snit(?:tet)?|gns|average|avg|mean)$/;

/**
 * A group word names the reference level as the thing asked — not the group a municipality is compared with
 * ("sammenlignet med klyngen"), nor what a rank is counted among (the resolver keeps ranks to the municipality) —
 * when it is an average ("klyngegennemsnittet", "the cluster average", "gennemsnittet i klyngen") or the
 * first place the question names ("the national share … that Hedensted is compared with").
 */
function referenceLevel(words: string[], i: number, length: number, first: boolean): boolean {
  const near = words.slice(Math.max(0, i - 3), i + length + 3);
  return near.some((w) => AVERAGE.test(w)) || first;
}

/** A long word ("skanderbrogs"), or a capitalised one past the first, one slip from a place name names it. */
function placeTypo(lex: Lexicon, word: string, raw: string, i: number): { values: PlaceRef[]; length: number } | undefined {
  if (word.length < 8 && !(i > 0 && /^\p{Lu}/u.test(raw))) return undefined;
  const ref = lex.placeTypos.match(word);
  return ref ? { values: [ref], length: 1 } : undefined;
}
