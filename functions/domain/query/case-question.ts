/**
 * The question form "which case is about …": "Hvilket forslag handler om et screeningsredskab?", "Which
 * Herning proposal creates more small jobs?", "Hvad hedder forslaget om …?", "Under hvilket spor hørte
 * sanktionering?". Such a question names a case by what it is about, not by its code, and its answer is a
 * case, never a figure. Pure: reads the folded question (frame.ts's `text`) and nothing else; which case
 * fits is for functions/query/case-find.ts to decide.
 */
import { fold, STOPWORDS, words } from './text.js';

/** What the question calls the case: it narrows the kinds of case that can answer. */
export type CaseNoun = 'proposal' | 'sub-project' | 'track' | 'strategy' | 'business-case' | 'project';

export interface CaseQuestion {
  /**
   * 'about': the case the words describe; 'parent': the case that what the words name belonged to; 'rank': the
   * case whose figure of the measure the words name is highest or lowest ("hvilket forslag sparer mest i 2018?").
   */
  form: 'about' | 'parent' | 'rank';
  noun: CaseNoun;
  /** The words that describe the case, in order: the question without its question words, case nouns and verbs of the form. */
  about: string[];
  rank?: CaseRanking;
  /** "Viborgs spor 2-indsatser", "track-2 initiatives": the case, named by its noun and number, the answer lies within. */
  within?: { noun: CaseNoun; number: string };
}

export interface CaseRanking {
  extreme: 'max' | 'min';
  /** "den laveste positive ændring": only figures of that sign are in the running. */
  sign?: 'positive' | 'negative';
  /** The unit owning the case is asked ("which unit has the proposal with …"). */
  owner?: true;
  /** The figure is asked with the case ("… and what is that cost?"). */
  value?: true;
}

/** A case noun as one word, folded; compounds ending in "forslag" ("IGU-forslaget" is two words, "prioriteringsforslag" one) count. */
const NOUNS: [RegExp, CaseNoun][] = [
  [/^(?:\w*forslag(?:et|ets|ene|enes)?|proposals?)$/, 'proposal'],
  [/^(?:delprojekt(?:et|ets|er|erne)?|subprojects?|delindsats(?:en|er|erne)?)$/, 'sub-project'],
  [/^(?:spor(?:et|ene)?|tracks?|strand)$/, 'track'],
  [/^(?:(?:investerings)?strategi(?:en|er|erne)?|strateg(?:y|ies))$/, 'strategy'],
  [/^(?:businesscase(?:n|s)?)$/, 'business-case'],
  [/^(?:sag(?:en)?|\w*projekt(?:et|ets|er|erne)?|projects?|(?:under)?punkt(?:et|er|erne)?|items?|indsats(?:en|ens|er|erne)?|initiativ(?:et|er|erne)?|initiatives?|tiltag(?:et|ene)?|efforts?|programme|program(?:met)?|tilbud(?:det|dene)?|offers?)$/, 'project'],
];
/** Two-word nouns, read as one: "sub project", "business case", "investment strategy", "quick wins". */
const PAIRS: Record<string, [RegExp, CaseNoun][]> = {
  sub: [
    [/^projects?$/, 'sub-project'],
    [/^items?$/, 'project'],
    [/^(?:initiatives?|efforts?)$/, 'project'],
  ],
  business: [[/^cases?$/, 'business-case']],
  investment: [[/^strateg(?:y|ies)$/, 'strategy']],
  priority: [[/^proposals?$/, 'proposal']],
  quick: [[/^wins?$/, 'project']],
  // "hvilken del af Viborgs ungeindsats …": a part of the case named.
  del: [[/^af$/, 'project']],
  delen: [[/^af$/, 'project']],
  part: [[/^of$/, 'project']],
};
/** The noun two words make together, if they do. */
function pairAt(tokens: string[], i: number): CaseNoun | undefined {
  return PAIRS[tokens[i]!]?.find(([re]) => re.test(tokens[i + 1] ?? ''))?.[1];
}

const WHICH = /^(?:hvilke[tn]?|which|what)$/;
/** Words between "which" and the noun that do not count against its reach: "which of Viborg's …". */
const FREE = new Set(['of', 'af', 's', 'the', 'de', 'den', 'det']);
/** A case's number after its noun: "spor 2", "track 2", "delprojekt 3b". */
const NUMBER = /^\d{1,2}[a-z]?$/;
/** "which one", "hvilket af dem": the noun stands before the question word. */
const BACK = new Set(['one', 'ones', 'of', 'af', 'har', 'havde', 'er', 'var', 'has', 'had', 'is', 'was']);
/** Words that may stand between "which" and the noun: "hvilket af Hernings forslag", "which Herning proposal". */
const BETWEEN_BLOCK = new Set('er var har havde is was are were has had does did do share andel andelen procent percentage number antal antallet many much mange meget'.split(' '));
/** How far after the question word the noun may stand ("what proposal" but not "what saving did Viborg's effort …"). */
const REACH: Record<string, number> = { what: 2, which: 4, hvilket: 4, hvilken: 4, hvilke: 4 };
/**
 * A case looked for by what it is about: "er der et forslag om …", "vis forslaget om …", "hvad er projektet med …",
 * "is there a proposal about …", "show me the project for …". The noun must follow at once (articles and a
 * genitive aside) and be followed by a word that says what it is about, so "hvad er målet med projektet" is not one.
 */
const SEEK =
  /^(?:(?:og|and|so|saa) )?(?:hvad er det for (?:et|en|nogle)|hvad (?:er|var)|what (?:is|was|s)|whats|vis(?: mig)?|show(?: me)?|find(?: me)?|kan du finde|can you find|er der|findes der|har \w+|is there|are there|do \w+ have|does \w+ have|kender du|do you know) /;
const LIGHT = new Set('det den de et en nogen noget nogle the a an any some of'.split(' '));
const ABOUT_WORD = new Set('om med for der som til hvor omkring about with for that which where on regarding concerning around'.split(' '));
/** "Hvad hedder forslaget om …", "what was the proposal called". */
const NAME_WORDS = new Set(['hedder', 'hed', 'hedde', 'kaldes', 'kaldet', 'kaldte', 'called', 'named', 'navn', 'navnet', 'name', 'titel', 'titlen', 'title']);
/** "hørte under", "belonged to", "var en del af": the case asked is the one the named thing belonged to. */
const BELONG_WORDS = new Set(['hoerte', 'hoerer', 'hoer', 'tilhoerte', 'tilhoerer', 'indgik', 'indgaar', 'belong', 'belongs', 'belonged', 'fell', 'falls', 'fall']);
const PART_OF = /\b(?:(?:en )?del af|part of)\b/;
/** A ranking ("hvilket forslag sparer mest") asks for the case with the highest or lowest figure. */
const MAX_WORDS = 'mest flest stoerst stoerste hoejest hoejeste dyrest dyreste bedst bedste most highest largest biggest best greatest'.split(' ');
const MIN_WORDS = 'lavest laveste billigst billigste mindst mindste faerrest cheapest lowest least fewest smallest'.split(' ');
const SUPERLATIVE = new Set([...MAX_WORDS, ...MIN_WORDS]);
const SIGN: Record<string, 'positive' | 'negative'> = { positiv: 'positive', positive: 'positive', positivt: 'positive', negativ: 'negative', negative: 'negative', negativt: 'negative' };
/** "which unit has the proposal with …": the answer is the unit owning the case. */
const OWNER = /^(?:unit|units|enhed|enheden|enheder|afdeling|afdelingen|team|teamet)$/;
/** "… and what is that cost?", "og hvor meget er det?": the figure is asked with the case. */
const VALUE_ASKED = /\b(?:og|and) (?:hvad|what|how much|hvor meget|hvor stor)\b/;
const QUANTITY = /^\s*(?:og |and )?(?:hvor (?:mange|meget|stor|store)|how (?:many|much|big|large))\b/;
/** Verbs and fillers of the form itself, which say nothing about the case. */
const FORM_WORDS = new Set(
  (
    'handler handlede handle omhandler omhandlede drejer drejede dreje gaar gik ud paa om omkring vedroerer vedroerte ' +
    'about deal deals dealt concern concerns concerned concerning regarding regard re focus focuses focused focusing ' +
    'nu det egentlig egentligt igen again hedder hed hedde kaldes kaldet kaldte called named name navn navnet titel titlen title ' +
    'hoerte hoerer hoer tilhoerte tilhoerer indgik indgaar belong belongs belonged fell falls fall part del ' +
    'den der som which that who what was is er var hvad folk people dem them those one ones disse these ' +
    // How a form's ticked box is said: "markeret som forebyggende", "follows an investment approach".
    'markeret markerede afkrydset marked ticked follow follows followed take takes took ' +
    // When it ran is the period asked, which case-find.ts fits to each case's period.
    'startede startet begyndte begyndt dateret daterede started began begun dated dates ran run runs running lasted varede loeb loeber koerte koerer koere'
  ).split(' '),
);

/** The case noun a question counts ("hvor mange forslag …", "how many sub-projects …"), or undefined. */
export function countedCaseNoun(text: string): CaseNoun | undefined {
  const tokens = words(fold(text));
  const at = tokens.findIndex((t, i) => (t === 'mange' && tokens[i - 1] === 'hvor') || (t === 'many' && tokens[i - 1] === 'how'));
  if (at < 0) return undefined;
  // "hvor mange længerevarende indsatser", "how many quick-win initiatives": the noun within two words;
  // "hvor mange af CEB's forslag", "how many of the proposals": "af", "of", articles and a genitive's s are no words.
  let reach = at + 3;
  for (let j = at + 1; j <= reach && j < tokens.length; j++) {
    const noun = pairAt(tokens, j) ?? NOUNS.find(([re]) => re.test(tokens[j]!))?.[1];
    if (noun) return noun;
    // "hvor mange af de 153 …" counts people, whatever noun follows.
    if (/^\d/.test(tokens[j]!)) return undefined;
    if (FREE.has(tokens[j]!)) reach++;
  }
  return undefined;
}

/** The "which case" form of a folded question, or undefined when it asks something else. */
export function readCaseQuestion(text: string): CaseQuestion | undefined {
  const folded = fold(text);
  if (QUANTITY.test(folded)) return undefined;
  const tokens = words(folded);
  const nounAt = (i: number): CaseNoun | undefined => {
    const w = tokens[i]!;
    return pairAt(tokens, i) ?? NOUNS.find(([re]) => re.test(w))?.[1];
  };
  let found: { at: number; noun: CaseNoun; which: number; head?: number; owner?: boolean; within?: { noun: CaseNoun; number: string; at: number } } | undefined;
  // "hvilket/which … <noun>": the noun within reach of the question word, nothing but names between.
  for (let i = 0; i < tokens.length && !found; i++) {
    if (!WHICH.test(tokens[i]!)) continue;
    let reach = REACH[tokens[i]!] ?? 1;
    for (let j = i + 1; j <= i + reach && j < tokens.length; j++) {
      const noun = nounAt(j);
      // "which track-2 initiative", "hvilken spor 2-indsats": a noun and number name the case the one asked lies within.
      const inner = noun && NUMBER.test(tokens[j + 1] ?? '') ? nounAt(j + 2) : undefined;
      if (noun && inner) {
        found = { at: j + 2, noun: inner, which: i, within: { noun, number: tokens[j + 1]!, at: j } };
        break;
      }
      if (noun) {
        found = { at: j, noun, which: i };
        break;
      }
      if (FREE.has(tokens[j]!)) reach++;
      // "which unit has the single proposal with the largest …": the case noun may stand anywhere after.
      if (OWNER.test(tokens[j]!)) {
        const at = tokens.findIndex((_, k) => k > j && nounAt(k));
        if (at > 0) found = { at, noun: nounAt(at)!, which: i, owner: true };
        break;
      }
      if (BETWEEN_BLOCK.has(tokens[j]!)) break;
    }
    // "Among Jobcentret's proposals, which one has …", "Af CEB's forslag, hvilket har …": the noun said before.
    if (!found && i > 0 && tokens[i] !== 'what' && BACK.has(tokens[i + 1] ?? '')) {
      for (let j = i - 1; j >= Math.max(0, i - 6) && !found; j--) {
        const noun = nounAt(j);
        if (noun) found = { at: j, noun, which: i };
      }
    }
  }
  const seek = SEEK.exec(`${tokens.join(' ')} `);
  if (!found && seek) {
    const head = words(seek[0]).length;
    for (let j = head; j < Math.min(tokens.length - 1, head + 4) && !found; j++) {
      const noun = nounAt(j);
      const after = j + (pairAt(tokens, j) ? 2 : 1);
      if (noun && ABOUT_WORD.has(tokens[after] ?? '')) found = { at: j, noun, which: -1 };
      else if (!LIGHT.has(tokens[j]!) && !/s$/.test(tokens[j]!)) break;
    }
    if (found) found.head = head;
  }
  // "hvad hedder forslaget om …", "what was the proposal about X called?", "forslaget om X, hvad hed det?": a name asked, a noun anywhere.
  if (!found && tokens.some((t) => t === 'hvad' || t === 'what') && tokens.some((t) => NAME_WORDS.has(t))) {
    const which = tokens.findIndex((t) => t === 'hvad' || t === 'what');
    for (let j = 0; j < tokens.length && !found; j++) {
      const noun = j === which ? undefined : nounAt(j);
      if (noun) found = { at: j, noun, which };
    }
  }
  if (!found) return undefined;
  // "mindst 10", "at least 10" is a bound, not a ranking.
  const superlative = tokens.find((t, i) => SUPERLATIVE.has(t) && !/^\d/.test(tokens[i + 1] ?? '') && tokens[i - 1] !== 'at');
  if (found.owner && !superlative) return undefined;
  // "hvilken del af X …" asks for a part of X, not for what X was part of.
  const partAsked = /^(?:del|delen|part)$/.test(tokens[found.at]!);
  const parent = tokens.some((t) => BELONG_WORDS.has(t)) || (!partAsked && PART_OF.test(folded)) || tokens[found.which - 1] === 'under';
  const nounWords = new Set([found.at, ...(pairAt(tokens, found.at) ? [found.at + 1] : [])]);
  // "which quick-win initiative": a noun straight after the noun is one more word of it.
  const next = Math.max(...nounWords) + 1;
  if (next < tokens.length && !pairAt(tokens, next) && NOUNS.some(([re]) => re.test(tokens[next]!))) nounWords.add(next);
  if (found.within) nounWords.add(found.within.at).add(found.within.at + 1);
  const about = tokens.filter((t, i) => i !== found.which && i >= (found.head ?? 0) && !nounWords.has(i) && !FORM_WORDS.has(t) && !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t)) && !(parent && t === 'under'));
  if (superlative) {
    // Only "which case …" ranks cases; "hvad hedder forslaget, der sparer mest" and a case sought by name do too, a parent asked does not.
    if (parent) return undefined;
    const sign = tokens.map((t) => SIGN[t]).find(Boolean);
    const rank: CaseRanking = {
      extreme: MIN_WORDS.includes(superlative) ? 'min' : 'max',
      ...(found.owner ? { owner: true as const } : {}),
      ...(VALUE_ASKED.test(folded) ? { value: true as const } : {}),
      ...(sign ? { sign } : {}),
    };
    return { form: 'rank', noun: found.noun, about: about.filter((t) => !SUPERLATIVE.has(t) && !SIGN[t] && !OWNER.test(t)), rank, ...(found.within ? { within: { noun: found.within.noun, number: found.within.number } } : {}) };
  }
  const within = found.within ? { within: { noun: found.within.noun, number: found.within.number } } : {};
  return { form: parent ? 'parent' : 'about', noun: found.noun, about, ...within };
}
