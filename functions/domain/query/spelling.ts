/**
 * A question's spelling mended before it is read: words written without æ, ø and å ("pa", "forsorgelse",
 * "kontanthjalp"), one slip from a known word ("sagsbehandlr", "kotser"), a compound written apart
 * ("aktiverings grad"), shorthand ("avg", "ppl", "kontanthj.") — each replaced by the one known word it
 * stands for. Known words are the catalogue's and the lexicon's own (the caller passes them), so a word the
 * engine reads as it is written is never changed, and a word near two known words is left as it is. A slip
 * is mended only into a word of the curated lexicon (a unit, kind, benefit … word, which nothing else
 * matches loosely): the measure search already forgives a slip in a measure's own words, and without a
 * dictionary an unknown word one letter from a catalogue word is as often another word ("eneste", "seneste").
 * Built once per catalogue version; mending a question costs a few map reads per word.
 */
import { withinOneEdit } from './search-index.js';
import { fold, stems } from './text.js';

/** How long a word must be before one slip from a known word counts as a typo of it: short words are too near each other ("mand", "mend"). */
export const TYPO_MIN_LENGTH = 6;
/** How long the part before a dot must be to stand for the one known word it begins ("kontanthj." → "kontanthjælp"). */
export const PREFIX_MIN_LENGTH = 4;
const REPAIRED_MAX = 2000;
/** The shortest part of a compound counted as a word of its own. */
const COMPOUND_PART = 4;
/** A case code (letters and a number, "ue08", "kik2") with a word glued on; the letter after the number may be either's. */
const CODE_GLUED = /^([a-z]{2,5}\d{1,2})([a-z]?)([a-z]{3,})$/;
/** How long a shortened first part glued to the rest by a dot must be ("udd.hjælp"): two letters begin too many words. */
const JOINED_HEAD_MIN = 3;

/** "ae", "oe", "aa" as the single letter a keyboard without æ, ø, å writes for them: "forsoergelse" and "forsorgelse" meet. */
export function skeleton(folded: string): string {
  return folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/aa/g, 'a');
}

export class Spelling {
  private readonly known = new Set<string>();
  private readonly bySkeleton = new Map<string, string[]>();
  /** Each known word and its one-letter deletions → the words: a word one slip away shares a key (symmetric deletion). */
  private readonly byDeletion = new Map<string, string[]>();
  private sorted: string[] = [];
  /** The known words by their skeletons, sorted: "overforselsudg." begins "overførselsudgifter" written without ø. */
  private bySkeletonSorted: { s: string; w: string }[] = [];
  private readonly shorthand = new Map<string, string>();
  private readonly repaired = new Map<string, string>();

  private readonly targets: ReadonlySet<string>;

  /**
   * `known`: folded words read as written; `targets`: those a slip may be mended into (the curated lexicon's one-word entries);
   * `abbreviations`: folded shorthand → what it stands for ("avg" → "average").
   */
  constructor(known: Iterable<string>, targets: Iterable<string>, abbreviations: Record<string, string> = {}) {
    this.targets = new Set(targets);
    for (const w of [...known, ...this.targets]) if (/^[a-z]+$/.test(w)) this.known.add(w);
    for (const w of this.known) {
      push(this.bySkeleton, skeleton(w), w);
      if (w.length >= TYPO_MIN_LENGTH - 1) for (const k of deletions(w)) push(this.byDeletion, k, w);
    }
    this.sorted = [...this.known].sort();
    this.bySkeletonSorted = this.sorted.map((w) => ({ s: skeleton(w), w })).sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
    for (const [short, long] of Object.entries(abbreviations)) this.shorthand.set(fold(short), long);
  }

  /** Whether the engine knows the (folded) word as written. */
  knows(word: string): boolean {
    return this.known.has(word) || this.shorthand.has(word);
  }

  /**
   * The question with each misspelt or shortened word replaced; everything else as written (capitals name places).
   * `english`: the question is in English, where "hand" or "far" are words, not "hånd" and "får" without their å.
   */
  repair(question: string, english = false): string {
    const key = `${english ? 'en' : ''}\u0001${question}`;
    let out = this.repaired.get(key);
    if (out === undefined) {
      out = this.mend(question, english);
      if (this.repaired.size >= REPAIRED_MAX) this.repaired.delete(this.repaired.keys().next().value!);
      this.repaired.set(key, out);
    }
    return out;
  }

  private mend(question: string, english: boolean): string {
    const tokens = [...question.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ raw: m[0], word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
    let out = '';
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      let replacement: string | undefined;
      let end = t.end;
      // "aktiverings grad": two words, one of them unknown, that are a known word together.
      const glued = next && question.slice(t.end, next.start) === '.' && this.plain(t.word) && this.plain(next.word) ? this.joined(t.word, next.word) : undefined;
      if (next && question.slice(t.end, next.start) === ' ' && this.plain(t.word) && this.plain(next.word) && (!this.knows(t.word) || !this.knows(next.word)) && this.known.has(t.word + next.word)) {
        replacement = t.word + next.word;
        end = next.end;
        i++;
      } else if (glued) {
        // "udd.hjælp", "kontanthj.modtagere": a shortened first part glued to the rest by its dot.
        replacement = glued;
        end = next!.end;
        i++;
      } else replacement = this.word(t.word, question[t.end] === '.' && !/\d/.test(question[t.end + 1] ?? ''), english);
      if (replacement === undefined) continue;
      out += question.slice(at, t.start) + replacement;
      at = end;
    }
    return at === 0 ? question : out + question.slice(at);
  }

  private plain(word: string): boolean {
    return /^[a-z]+$/.test(word);
  }

  /** What one word stands for, when it is not known as written and stands for exactly one known word. */
  private word(w: string, dotted: boolean, english: boolean): string | undefined {
    const short = this.shorthand.get(w);
    if (short !== undefined) return short;
    const coded = this.codeGlued(w);
    if (coded) return coded;
    if (!this.plain(w) || this.known.has(w)) return undefined;
    // Written without æ, ø, å: the word has none of their spellings, and one known word has them where it has a, o.
    const bare = english || skeleton(w) !== w ? undefined : this.bySkeleton.get(w);
    if (bare) return bare.length === 1 && !sameStem(w, bare[0]!) ? bare[0] : undefined;
    if (dotted && w.length >= PREFIX_MIN_LENGTH) {
      const begun = this.begunBy(w);
      if (begun) return begun;
    }
    // In English the lexicon's Danish words are near too many ordinary words ("prison", "prisen").
    if (english || w.length < TYPO_MIN_LENGTH) return undefined;
    const near = new Set<string>();
    for (const k of deletions(w)) for (const x of this.byDeletion.get(k) ?? []) if (withinOneEdit(w, x)) near.add(x);
    // One known word one slip away, a lexicon word, and not merely another form of the word as written ("faktiske", "faktisk").
    const [only] = near;
    return near.size === 1 && this.targets.has(only!) && !sameStem(w, only!) && !this.compound(w) ? only : undefined;
  }

  /** "ue08budget", "ue09abudget", "kik2besparelse": a code glued to a known word is the two apart. */
  private codeGlued(w: string): string | undefined {
    const m = CODE_GLUED.exec(w);
    if (!m) return undefined;
    const [, code, letter, rest] = m as unknown as [string, string, string, string];
    // The code's letter ("09a") or the word's first ("abudget"): whichever leaves a known word.
    if (letter && this.known.has(rest)) return `${code}${letter} ${rest}`;
    if (this.known.has(letter + rest) && (letter + rest).length >= COMPOUND_PART) return `${code} ${letter}${rest}`;
    return undefined;
  }

  /** "landsandel": a known word after the start of a known word ("lands…" of "landsplan"), a compound rather than a slip. */
  private compound(w: string): boolean {
    for (let i = COMPOUND_PART; i <= w.length - COMPOUND_PART; i++) if (this.known.has(w.slice(i)) && this.sorted[this.firstFrom(w.slice(0, i))]?.startsWith(w.slice(0, i))) return true;
    return false;
  }

  /** Where the first known word not before `w` stands in the sorted list. */
  private firstFrom(w: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * "kontanthj" → "kontanthjaelp": the shortest known word it begins, when every other it begins begins with that one
   * too; written without æ, ø, å ("overforselsudg") the same among the words' skeletons.
   */
  private begunBy(w: string): string | undefined {
    const shortestOf = (begun: string[]) => {
      const shortest = begun.reduce<string | undefined>((m, b) => (!m || b.length < m.length ? b : m), undefined);
      return shortest && begun.every((b) => b.startsWith(shortest)) ? shortest : undefined;
    };
    const begun = this.wordsBegunBy(w);
    if (begun.length) return shortestOf(begun);
    const bySkeleton = this.skeletonsBegunBy(skeleton(w));
    const shortest = shortestOf(bySkeleton.map((x) => x.s));
    return shortest === undefined ? undefined : bySkeleton.find((x) => x.s === shortest)?.w;
  }

  /**
   * "udd" + "hjaelp" → "uddannelseshjaelp": the one known word that the shortened part begins and the word glued
   * after its dot ends (æ, ø, å or not), longer than the two together; none when two or more fit.
   */
  private joined(head: string, tail: string): string | undefined {
    if (head.length < JOINED_HEAD_MIN || tail.length < COMPOUND_PART) return undefined;
    const end = skeleton(tail);
    const fits = [...new Set(this.skeletonsBegunBy(skeleton(head)).filter((x) => x.s.endsWith(end) && x.s.length > head.length + end.length).map((x) => x.w))];
    return fits.length === 1 ? fits[0] : undefined;
  }

  private wordsBegunBy(w: string): string[] {
    const out: string[] = [];
    for (let i = this.firstFrom(w); i < this.sorted.length && this.sorted[i]!.startsWith(w); i++) out.push(this.sorted[i]!);
    return out;
  }

  private skeletonsBegunBy(s: string): { s: string; w: string }[] {
    const list = this.bySkeletonSorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.s < s) lo = mid + 1;
      else hi = mid;
    }
    const out: { s: string; w: string }[] = [];
    for (let i = lo; i < list.length && list[i]!.s.startsWith(s); i++) out.push(list[i]!);
    return out;
  }
}

/** Whether two words are forms of one word to the stemmer (which then reads them alike: nothing to mend). */
function sameStem(a: string, b: string): boolean {
  const sa = stems(a);
  return stems(b).some((s) => sa.includes(s));
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else if (!list.includes(word)) list.push(word);
}

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
