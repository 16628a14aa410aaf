/**
 * The words a figure question is read with, as data: organisation and case names from the catalogue, all
 * Danish municipalities and regions, and the curated kind, unit and synonym words kept beside the seed
 * data (functions/seed-data/lexicon/). Phrases are looked up by their first token, so reading a question
 * costs one map lookup per word whatever the number of organisations. Pure: the caller passes the data.
 */
import type { FigureKind } from '../model.js';
import { codeKey, type CaseRef, type OrgRef } from './mentions.js';
import { fold, words } from './text.js';

export type UnitFamily = 'money' | 'percent' | 'rank' | 'ratio' | 'count';

export interface LexiconWords {
  kinds: Partial<Record<FigureKind, string[]>>;
  units: Partial<Record<UnitFamily, string[]>>;
  synonyms: Record<string, string[]>;
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

/** Phrases by first token (prefix phrases by their first token too: their stem must be a whole first word or begin one). */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly prefixed: Phrase<T>[] = [];

  add(phrase: string, value: T): void {
    const prefix = phrase.endsWith('*');
    const tokens = words(fold(prefix ? phrase.slice(0, -1) : phrase));
    if (!tokens.length) return;
    const p = { tokens, prefix, value };
    if (prefix && tokens.length === 1) this.prefixed.push(p);
    else {
      const list = this.byFirst.get(tokens[0]!) ?? [];
      list.push(p);
      this.byFirst.set(tokens[0]!, list);
    }
  }

  /** The longest phrase starting at token i: its values and how many tokens it spans. */
  match(tokens: readonly string[], i: number): { values: T[]; length: number } | undefined {
    let best: { values: T[]; length: number } | undefined;
    const consider = (p: Phrase<T>) => {
      const n = p.tokens.length;
      if (i + n > tokens.length) return;
      for (let k = 0; k < n; k++) {
        const t = tokens[i + k]!;
        const want = p.tokens[k]!;
        const last = k === n - 1;
        if (!(t === want || (last && p.prefix && t.startsWith(want)) || (last && !p.prefix && genitive(t) === want))) return;
      }
      if (!best || n > best.length) best = { values: [p.value], length: n };
      else if (n === best.length && !best.values.includes(p.value)) best.values.push(p.value);
    };
    for (const p of this.byFirst.get(tokens[i]!) ?? []) consider(p);
    const g = genitive(tokens[i]!);
    if (g !== tokens[i]) for (const p of this.byFirst.get(g) ?? []) consider(p);
    for (const p of this.prefixed) consider(p);
    return best;
  }
}

/** "viborgs" → "viborg": a name's genitive. */
function genitive(token: string): string {
  return token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token;
}

export interface Lexicon {
  places: PhraseTable<PlaceRef>;
  kinds: PhraseTable<FigureKind>;
  units: PhraseTable<UnitFamily>;
  synonyms: PhraseTable<string[]>;
  cases: CaseRef[];
  /** Case titles of two to four words ("Projekt Superb", "Close the gap"): a case named by its title. */
  caseTitles: PhraseTable<string>;
  orgs: Map<string, OrgRef>;
}

/** Words that name a comparison group whatever the store calls it. */
const GROUP_WORDS: Record<'cluster' | 'national', string[]> = {
  cluster: ['klynge*', 'cluster*', 'comparable municipalities', 'sammenlignelige kommuner', 'klyngekommuner*', 'klyngegennemsnit*'],
  national: ['landsplan', 'landsgennemsnit*', 'hele landet', 'national*', 'the country', 'nationwide', 'whole country', 'danmark', 'denmark'],
};

export function buildLexicon(orgs: OrgRef[], cases: CaseRef[], wordsData: LexiconWords, places: PlaceData): Lexicon {
  const lex: Lexicon = {
    places: new PhraseTable(),
    kinds: new PhraseTable(),
    units: new PhraseTable(),
    synonyms: new PhraseTable(),
    cases,
    caseTitles: new PhraseTable(),
    orgs: new Map(orgs.map((o) => [o.id, o])),
  };
  for (const c of cases) {
    const n = words(fold(c.title)).length;
    if (n >= 2 && n <= 4) lex.caseTitles.add(c.title, c.id);
  }
  // Catalogue organisations first: a municipality the store knows answers to its own id.
  const known = new Map<string, string>(); // folded name → org id
  for (const o of orgs) {
    // An alias is a name, not a sentence: long descriptive aliases would only ever match themselves.
    const names = [o.name, o.id, ...o.aliases].filter((n) => n && words(n).length <= 4 && fold(n).length >= 3);
    for (const n of names) {
      lex.places.add(n, { orgIds: [o.id], name: o.name, ...(o.kind === 'municipality' ? {} : { group: true }) });
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
      lex.places.add(`${n} kommune`, { ...ref, ambiguous: false });
      lex.places.add(`${n}s kommune`, { ...ref, ambiguous: false });
    }
  }
  for (const r of places.regions) for (const n of [r.name, ...(r.aliases ?? [])]) lex.places.add(n, { orgIds: [], name: r.name });
  for (const [phrase, list] of Object.entries(wordsData.synonyms)) lex.synonyms.add(phrase, list.map(fold));
  for (const [kind, list] of Object.entries(wordsData.kinds) as [FigureKind, string[]][]) for (const w of list) lex.kinds.add(w, kind);
  for (const [unit, list] of Object.entries(wordsData.units) as [UnitFamily, string[]][]) for (const w of list) lex.units.add(w, unit);
  return lex;
}

export { codeKey };
