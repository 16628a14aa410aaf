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

export interface Places {
  orgs: string[][];
  unknownPlaces: string[];
  embedded: string[];
  compared: string[];
  level?: string[];
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
      if (comparedWith.test(text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start)) && !refs.some((r) => r.group)) compared.push(...ids);
      if (!orgs.some((o) => o.join() === ids.join())) {
        orgs.push(ids);
        if (refs.some((r) => r.group)) groups.push(ids);
      }
    } else if (!unknownPlaces.includes(refs[0]!.name)) unknownPlaces.push(refs[0]!.name);
    taken.push({ start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end });
    i += m.length - 1;
  }
  return { orgs, unknownPlaces, embedded, compared, ...(level ? { level } : {}), groupWords, groups };
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
