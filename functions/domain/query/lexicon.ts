/**
 * The words a figure question is read with, as data: organisation and case names from the catalogue, all
 * Danish municipalities and regions, and the curated kind, unit and synonym words kept beside the seed
 * data (functions/seed-data/lexicon/). Phrases are looked up by their first token, so reading a question
 * costs one map lookup per word whatever the number of organisations. Pure: the caller passes the data.
 */
import type { FigureKind } from '../model.js';
import type { CaseRef, OrgRef } from './mentions.js';
import { withinOneEdit } from './search-index.js';
import { fold, words } from './text.js';

/** Each duration is a unit of its own: hours a week, days to an answer and weeks of a course do not answer one another. */
export const DURATIONS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export type UnitFamily = 'money' | 'percent' | 'rank' | 'ratio' | 'count' | (typeof DURATIONS)[number];

export interface LexiconWords {
  kinds: Partial<Record<FigureKind, string[]>>;
  /** "duration" lists words that ask for any duration ("hvor længe", "how long"). */
  units: Partial<Record<UnitFamily | 'duration', string[]>>;
  synonyms: Record<string, string[]>;
  /** Families of mutually exclusive things a question may name: family → member → phrases. */
  contrasts?: Record<string, Record<string, string[]>>;
  /** Kind words that are constraints: the kind named → its words and the figure kinds that answer it. */
  strictKinds?: Partial<Record<FigureKind, StrictRule>>;
  /** Families whose members are parts of a whole: one committee's share of an investment. */
  partFamilies?: string[];
  /** Families a measure must name the asked member of (moving in or out): naming none is not enough. */
  requiredFamilies?: string[];
  /** Families in which a measure naming the member asked and another one counts both together (job or education). */
  unionFamilies?: string[];
  /** Families whose members tell two measures of one thing apart (a stock at the year's start or end): a question naming none is asked which. */
  askFamilies?: string[];
  /** Phrases that contain a strict kind word but insist on nothing ("ved seneste budgetopfølgning"). */
  notStrict?: string[];
  /** Phrases that contain a kind word but name a thing measured ("target groups"): no kind is asked. */
  notKinds?: string[];
  /** Shorthand → the words it stands for ("avg" → "average"): a question is mended before it is read (spelling.ts). */
  abbreviations?: Record<string, string>;
  /** What to call a contrast member in an answer: "benefit:kontanthjaelp" → [Danish, English]. */
  contrastLabels?: Record<string, [string, string]>;
  /** A proposal's effort type or approach as the store keeps it ("forebyggende", "investering") → the words naming it; "effortTypes", "approach" → the field's own names. */
  caseFacets?: Record<string, string[]>;
}

interface StrictRule {
  words: string[];
  accepts: FigureKind[];
  /** The unit the other kinds accepted must be in when the question asks no unit: a budget is money, and "what did
   * Herning budget for 20 more EGU places?" is not answered by the expected number of places. */
  othersOnlyIn?: UnitFamily;
}

/** A kind the question insists on ("faktisk"): only figures of the accepted kinds answer it (none accepted: not insisted on). */
export interface StrictKind {
  kind: FigureKind;
  accepts: FigureKind[];
  othersOnlyIn?: UnitFamily;
}

export interface PlaceData {
  municipalities: { name: string; region?: string; aliases?: string[]; ambiguous?: boolean }[];
  regions: { name: string; aliases?: string[] }[];
}

/** What a phrase names: catalogue organisations (several for "klyngen"), or a place with no figures. */
export interface PlaceRef {
  /** Catalogue organisation ids; empty for a place the store has nothing about. */
  orgIds: string[];
  /** The name to say: "Odense Kommune", "Region Midtjylland", "Viborg Kommune". */
  name: string;
  /** Only with a capital letter or "kommune" after it ("Vejen", not "på vejen"). */
  ambiguous?: boolean;
  /** A group word ("klyngen", "landsplan") rather than a name. */
  group?: boolean;
}

interface Phrase<T> {
  tokens: string[];
  /** The last token may be a prefix ("budget*"). */
  prefix: boolean;
  value: T;
}

/**
 * Phrases by first token; one-word prefix phrases ("budget*") by their stem, found by looking each
 * beginning of a token up (a token is short; scanning every prefix phrase for every token of every
 * question was a tenth of reading a new question).
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byStem = new Map<string, { phrase: Phrase<T>; order: number }[]>();
  private stems = 0;
  private longestStem = 0;
  /** The one-word prefix phrases each token begins with, in the order added: a question's tokens recur. */
  private readonly stemPhrases = new Map<string, Phrase<T>[]>();
  /** Each text's phrases, left to right: measure names and question words are scanned again and again. */
  private readonly scanned = new Map<string, { values: T[]; words: string[] }[]>();

  add(phrase: string, value: T): void {
    const prefix = phrase.endsWith('*');
    const tokens = words(fold(prefix ? phrase.slice(0, -1) : phrase));
    if (!tokens.length) return;
    this.stemPhrases.clear();
    this.scanned.clear();
    const p = { tokens, prefix, value };
    if (prefix && tokens.length === 1) {
      const stem = tokens[0]!;
      const list = this.byStem.get(stem) ?? [];
      list.push({ phrase: p, order: this.stems++ });
      this.byStem.set(stem, list);
      this.longestStem = Math.max(this.longestStem, stem.length);
    } else {
      const list = this.byFirst.get(tokens[0]!) ?? [];
      list.push(p);
      this.byFirst.set(tokens[0]!, list);
    }
  }

  /** The longest phrase starting at token i: its values and how many tokens it spans. */
  match(tokens: readonly string[], i: number): { values: T[]; length: number } | undefined {
    // Asked of every token for every table: no list is made for a token that begins no phrase.
    const best = { values: NONE as T[], length: 0 };
    const token = tokens[i]!;
    for (const p of this.byFirst.get(token) ?? NONE) consider(p, tokens, i, best);
    const g = genitive(token);
    if (g !== token) for (const p of this.byFirst.get(g) ?? NONE) consider(p, tokens, i, best);
    for (const p of this.phrasesBegunBy(token)) consider(p, tokens, i, best);
    return best.length ? best : undefined;
  }

  /** The phrases of a text from left to right, each the longest at its start; the words inside one are not read again. */
  scan(text: string): { values: T[]; words: string[] }[] {
    let found = this.scanned.get(text);
    if (!found) {
      found = [];
      const tokens = words(fold(text));
      for (let i = 0; i < tokens.length; i++) {
        const m = this.match(tokens, i);
        if (!m) continue;
        found.push({ values: m.values, words: tokens.slice(i, i + m.length) });
        i += m.length - 1;
      }
      if (this.scanned.size >= 20_000) this.scanned.clear();
      this.scanned.set(text, found);
    }
    return found.map((p) => ({ values: [...p.values], words: [...p.words] }));
  }

  /**
   * The longest stem the token begins with, its phrases in the order they were added (the order of values among equals):
   * "budgetopfølgningen" is read by "budgetopfoelgning*", not also by "budget*"; "udgiftsreduktion" is a saving, not a cost.
   */
  private phrasesBegunBy(token: string): Phrase<T>[] {
    let list = this.stemPhrases.get(token);
    if (!list) {
      const stems: { phrase: Phrase<T>; order: number }[] = [];
      for (let n = Math.min(token.length, this.longestStem); n > 0 && !stems.length; n--) for (const s of this.byStem.get(token.slice(0, n)) ?? []) stems.push(s);
      if (stems.length > 1) stems.sort((a, b) => a.order - b.order);
      list = stems.map((s) => s.phrase);
      if (this.stemPhrases.size >= 20_000) this.stemPhrases.clear();
      this.stemPhrases.set(token, list);
    }
    return list;
  }
}

/** Counts phrase `p` into `best` when it matches at token i (longer wins; equals are gathered). */
function consider<T>(p: Phrase<T>, tokens: readonly string[], i: number, best: { values: T[]; length: number }): void {
  const n = p.tokens.length;
  if (i + n > tokens.length) return;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k]!;
    const want = p.tokens[k]!;
    const last = k === n - 1;
    if (!(t === want || (last && p.prefix && t.startsWith(want)) || (last && !p.prefix && isGenitiveOf(t, want)))) return;
  }
  if (n > best.length) {
    best.values = [p.value];
    best.length = n;
  } else if (n === best.length && !best.values.includes(p.value)) best.values.push(p.value);
}

/** "viborgs" → "viborg": a name's genitive. */
function genitive(token: string): string {
  return token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token;
}

/** Whether `token` is the genitive of `word` (`genitive(token) === word` for a token that is not the word itself), without slicing it. */
function isGenitiveOf(token: string, word: string): boolean {
  return token.length > 3 && token.length === word.length + 1 && token.endsWith('s') && token.startsWith(word);
}

/** An empty list to read, never to add to (a phrase that matches replaces `values`). */
const NONE = Object.freeze([]) as never[];

/** How long a one-word place name must be for a misspelling of it to count ("skanderbrogs"): short names are too near ordinary words. */
const TYPO_MIN = 6;

/**
 * Misspelt one-word place names, one slip from the name (a letter wrong, missing, extra or two swapped):
 * the names and their one-letter deletions are keyed once, so a lookup costs a few map reads per word,
 * not a comparison with every name.
 */
export class PlaceTypos {
  private readonly byKey = new Map<string, { name: string; ref: PlaceRef }[]>();

  add(name: string, ref: PlaceRef): void {
    const n = fold(name);
    if (n.length < TYPO_MIN || !/^[a-z]+$/.test(n)) return;
    for (const k of deletions(n)) {
      const list = this.byKey.get(k) ?? [];
      if (!list.some((x) => x.name === n)) list.push({ name: n, ref });
      this.byKey.set(k, list);
    }
  }

  /** The one place a word misspells (genitive "s" allowed), or undefined when none or several. */
  match(word: string): PlaceRef | undefined {
    const found = new Map<string, PlaceRef>();
    for (const form of new Set([word, genitive(word)])) {
      if (form.length < TYPO_MIN) continue;
      for (const k of deletions(form)) for (const x of this.byKey.get(k) ?? []) if (x.name !== form && withinOneEdit(form, x.name)) found.set(x.name, x.ref);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }
}

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

export interface Lexicon {
  places: PhraseTable<PlaceRef>;
  /** One-word place names misspelt by one slip. */
  placeTypos: PlaceTypos;
  kinds: PhraseTable<FigureKind>;
  units: PhraseTable<UnitFamily>;
  synonyms: PhraseTable<string[]>;
  /** "family:member" for each contrast phrase ("benefit:kontanthjaelp"). */
  contrasts: PhraseTable<string>;
  strictKinds: PhraseTable<StrictKind>;
  notKinds: PhraseTable<true>;
  partFamilies: Set<string>;
  requiredFamilies: Set<string>;
  unionFamilies: Set<string>;
  askFamilies: Set<string>;
  cases: CaseRef[];
  /** Case titles of two to four words ("Projekt Superb", "Close the gap"): a case named by its title. */
  caseTitles: PhraseTable<string>;
  orgs: Map<string, OrgRef>;
}

/** Words that name a comparison group whatever the store calls it. */
const GROUP_WORDS: Record<'cluster' | 'national', string[]> = {
  cluster: [
    'klynge*', 'cluster*', 'comparable municipalities', 'sammenlignelige kommuner', 'klyngekommuner*', 'klyngegennemsnit*',
    'samme rammevilkaar', 'sammenlignelige rammevilkaar', 'same framework conditions', 'similar framework conditions', 'comparable framework conditions', 'cluster avg', 'klynge gns',
  ],
  national: ['landsplan', 'landsgennemsnit*', 'landsdaekkende', 'landsniveau*', 'hele landet', 'national*', 'natl', 'natl avg', 'national avg', 'lands gns', 'the country', 'nationwide', 'whole country', 'danmark', 'denmark'],
};

/** The words after a municipality's name that make the phrase its cluster: "Hedensteds klynge", "Viborg's cluster". */
const CLUSTER_AFTER_NAME = ['klynge', 'klyngen', 'klynges', 'klyngens', 'klyngegennemsnit*', 'klyngesnit*', 'cluster', 'cluster s', 'cluster average'];

/**
 * "Hedensteds klynge", "Hedensted-klyngen", "Skanderborg's cluster": a municipality's name before a cluster word
 * names that municipality's cluster, never the municipality — the cluster stored with it as a member (or named
 * after it), else a place with no figures, refused by name. A rank in it ("Viborgs placering i klyngen") has
 * words between and is not such a phrase.
 */
function addClustersOf(lex: Lexicon, orgs: OrgRef[], places: PlaceData): void {
  const clusters = orgs.filter((o) => o.kind === 'cluster');
  const namedIn = (c: OrgRef) => new Set([c.name, ...c.aliases, ...(c.members ?? [])].flatMap((n) => words(fold(n))).flatMap((w) => [w, genitive(w)]));
  const memberWords = new Map(clusters.map((c) => [c.id, namedIn(c)]));
  const municipalities = [
    ...places.municipalities.map((m) => ({ names: [m.name, ...(m.aliases ?? [])], ambiguous: m.ambiguous })),
    ...orgs.filter((o) => o.kind === 'municipality').map((o) => ({ names: [o.name.replace(/\s+(kommune|municipality)$/i, '')], ambiguous: false })),
  ];
  for (const m of municipalities) {
    const keys = m.names.map((n) => fold(n)).filter((n) => words(n).length === 1);
    const ids = clusters.filter((c) => keys.some((k) => memberWords.get(c.id)!.has(k))).map((c) => c.id);
    const ref: PlaceRef = { orgIds: ids, name: ids.length === 1 ? lex.orgs.get(ids[0]!)!.name : `${m.names[0]}${/[sxz]$/u.test(m.names[0]!) ? "'" : 's'} klynge`, group: true };
    if (m.ambiguous) ref.ambiguous = true;
    for (const k of keys) for (const after of CLUSTER_AFTER_NAME) for (const name of [k, `${k}s`, `${k} s`]) lex.places.add(`${name} ${after}`, ref);
  }
}

export function buildLexicon(orgs: OrgRef[], cases: CaseRef[], wordsData: LexiconWords, places: PlaceData): Lexicon {
  const lex: Lexicon = {
    places: new PhraseTable(),
    placeTypos: new PlaceTypos(),
    kinds: new PhraseTable(),
    units: new PhraseTable(),
    synonyms: new PhraseTable(),
    contrasts: new PhraseTable(),
    strictKinds: new PhraseTable(),
    notKinds: new PhraseTable(),
    partFamilies: new Set(wordsData.partFamilies ?? []),
    requiredFamilies: new Set(wordsData.requiredFamilies ?? []),
    unionFamilies: new Set(wordsData.unionFamilies ?? []),
    askFamilies: new Set(wordsData.askFamilies ?? []),
    cases,
    caseTitles: new PhraseTable(),
    orgs: new Map(orgs.map((o) => [o.id, o])),
  };
  // A title is also named by its head: "Håndholdt indsats (Projekt)" by "Håndholdt indsats", "Ny Start – I job
  // i Sundhed og Ældre" by "Ny Start". A head two titles share names neither (the reader wants one value).
  for (const c of cases) {
    const head = c.title.split(/\s+[–—-]\s+|:\s|\s*\(/)[0]!;
    for (const t of new Set([c.title, head])) {
      const n = words(fold(t)).length;
      if (n >= 2 && n <= 4) lex.caseTitles.add(t, c.id);
    }
    // A one-word title or alias that is a name ("Superb", "Afklaringsværksteder"), not a word ("indsats"):
    // capitalised in the data, five letters or more; a long one in any inflection ("afklaringsværkstederne").
    for (const a of [c.title, ...c.aliases]) {
      if (words(a).length !== 1 || a.length < 5 || !/^\p{Lu}/u.test(a)) continue;
      lex.caseTitles.add(a.length >= 10 ? `${a}*` : a, c.id);
    }
  }
  // Catalogue organisations first: a municipality the store knows answers to its own id.
  const known = new Map<string, string>(); // folded name → org id
  for (const o of orgs) {
    // An alias is a name, not a sentence: long descriptive aliases would only ever match themselves.
    const names = [o.name, o.id, ...o.aliases].filter((n) => n && words(n).length <= 4 && fold(n).length >= 3);
    for (const n of names) {
      lex.places.add(n, { orgIds: [o.id], name: o.name, ...(o.kind === 'municipality' ? {} : { group: true }) });
      if (o.kind === 'municipality') lex.placeTypos.add(n, { orgIds: [o.id], name: o.name });
      known.set(fold(n), o.id);
    }
    if (o.kind === 'municipality') {
      const bare = o.name.replace(/\s+(kommune|municipality)$/i, '');
      known.set(fold(bare), o.id);
    }
  }
  for (const kind of ['cluster', 'national'] as const) {
    const ids = orgs.filter((o) => o.kind === kind).map((o) => o.id);
    for (const w of GROUP_WORDS[kind]) lex.places.add(w, { orgIds: ids, name: kind === 'cluster' ? 'klyngen' : 'landsplan', group: true });
  }
  for (const m of places.municipalities) {
    const id = [m.name, ...(m.aliases ?? [])].map((n) => known.get(fold(n))).find(Boolean);
    const ref: PlaceRef = { orgIds: id ? [id] : [], name: id ? lex.orgs.get(id)!.name : `${m.name} Kommune` };
    if (m.ambiguous) ref.ambiguous = true;
    for (const n of [m.name, ...(m.aliases ?? [])]) {
      lex.places.add(n, ref);
      if (!m.ambiguous) lex.placeTypos.add(n, ref);
      lex.places.add(`${n} kommune`, { ...ref, ambiguous: false });
      lex.places.add(`${n}s kommune`, { ...ref, ambiguous: false });
    }
  }
  addClustersOf(lex, orgs, places);
  for (const r of places.regions) for (const n of [r.name, ...(r.aliases ?? [])]) lex.places.add(n, { orgIds: [], name: r.name });
  for (const [phrase, list] of Object.entries(wordsData.synonyms)) lex.synonyms.add(phrase, list.map(fold));
  for (const [family, members] of Object.entries(wordsData.contrasts ?? {})) for (const [member, list] of Object.entries(members)) for (const w of list) lex.contrasts.add(w, `${family}:${member}`);
  for (const [kind, rule] of Object.entries(wordsData.strictKinds ?? {}) as [FigureKind, StrictRule][]) {
    for (const w of rule.words) lex.strictKinds.add(w, { kind, accepts: rule.accepts, ...(rule.othersOnlyIn ? { othersOnlyIn: rule.othersOnlyIn } : {}) });
  }
  for (const w of wordsData.notStrict ?? []) lex.strictKinds.add(w, { kind: 'actual', accepts: [] });
  for (const w of wordsData.notKinds ?? []) lex.notKinds.add(w, true);
  for (const [kind, list] of Object.entries(wordsData.kinds) as [FigureKind, string[]][]) for (const w of list) lex.kinds.add(w, kind);
  for (const [unit, list] of Object.entries(wordsData.units) as [UnitFamily | 'duration', string[]][]) {
    for (const w of list) for (const u of unit === 'duration' ? DURATIONS : [unit]) lex.units.add(w, u);
  }
  return lex;
}

/** The contrast members a text names ("benefit:kontanthjaelp", "matchgroup:3"), for a question or a measure's name. */
export function contrastsIn(text: string, lex: Lexicon): string[] {
  const tokens = words(fold(text));
  const named = namedNumbers(tokens, lex);
  return [...new Set([...contrastPhrases(text, lex).flatMap((p) => p.members), ...smallNumbers(tokens.filter((_, i) => !named.has(i)))])];
}

/**
 * The tokens inside a contrast phrase that has a number ("matchgruppe 2", "match groups 2 and 3"): the number
 * is part of a name there, not a quantity, so "match group 2 … three months" asks three months, not two.
 */
export function namedNumbers(tokens: string[], lex: Lexicon): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.contrasts.match(tokens, i);
    if (!m) continue;
    const span = tokens.slice(i, i + m.length);
    if (span.some((t) => /^\d+$/.test(t))) for (let k = i; k < i + m.length; k++) out.add(k);
    i += m.length - 1;
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6, syv: 7, seven: 7, otte: 8, eight: 8, nine: 9, ten: 10, tolv: 12, twelve: 12,
};

const ONE = /^(?:et|en|one|a|an)$/;
const YEAR = /^(?:aar|aars|aaret|year|years)$/;
/** "a year earlier", "et år tidligere": a shift of the period asked, not a duration of one year. */
const SHIFT = /^(?:earlier|later|before|ago|tidligere|senere|foer|siden)$/;

/**
 * Small numbers are qualifiers ("3 eller flere sygeperioder", "(3-4 år)", "18-29 år", "seks måneder"): a
 * measure whose name has some and not the one asked is about something else. Family "n". The caller
 * passes the words that are not a date, a case code or an amount.
 */
export function smallNumbers(tokens: string[]): string[] {
  const out: string[] = [];
  const add = (n: number) => out.includes(`n:${n}`) || out.push(`n:${n}`);
  tokens.forEach((w, i) => {
    // "over et år", "for one year": an article before a year is the number one.
    const n = /^\d{1,2}$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? (ONE.test(w) && YEAR.test(tokens[i + 1] ?? '') && !SHIFT.test(tokens[i + 2] ?? '') ? 1 : undefined));
    if (n === undefined) return;
    add(n);
    // "52 uger", "12 måneder" is "1 år" too.
    const unit = tokens[i + 1] ?? '';
    if (/^(?:uger?|weeks?)$/.test(unit) && n % 52 === 0) add(n / 52);
    if (/^(?:maaned(?:er)?|months?|mdr)$/.test(unit) && n % 12 === 0) add(n / 12);
  });
  return out;
}

/** Each contrast phrase in a text, in order: the members it names and its words ("saved benefit cost" is a saving: the words inside a phrase are not read again). */
export function contrastPhrases(text: string, lex: Lexicon): { members: string[]; words: string[] }[] {
  return lex.contrasts.scan(text).map((p) => ({ members: p.values, words: p.words }));
}

/**
 * Whether a measure named with `named` members may answer a question naming `asked`: not when, for some
 * family, the measure names members (or the family is required) but none of those asked (a total of public support for a question
 * about kontanthjælp, match group 2 for match group 3). The asked members it lacks, else undefined.
 */
/**
 * "Hvor mange kom i uddannelse?" of a measure of those "selvforsørgende" (in a job or in education): in a family whose
 * members a measure may count together, one member asked alone is not answered by a measure of it and another; the
 * member asked, else undefined.
 */
export function unionMiss(asked: string[], named: string[], families: ReadonlySet<string>): string[] | undefined {
  for (const family of families) {
    const want = asked.filter((a) => a.startsWith(`${family}:`));
    const have = named.filter((n) => n.startsWith(`${family}:`));
    if (want.length === 1 && have.includes(want[0]!) && have.some((h) => h !== want[0])) return want;
  }
  return undefined;
}

export function contrastMiss(asked: string[], named: string[], required: ReadonlySet<string> = new Set()): string[] | undefined {
  for (const family of new Set(asked.map((a) => a.split(':')[0]!))) {
    const want = asked.filter((a) => a.startsWith(`${family}:`));
    const have = named.filter((n) => n.startsWith(`${family}:`));
    if ((have.length || required.has(family)) && !want.some((w) => have.includes(w))) return want;
  }
  return undefined;
}

