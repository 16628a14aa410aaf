/**
 * The lexicon and the readings of questions, cached by catalogue content: the lexicon is built from the
 * organisations and cases (plus the curated words beside the seed data) and reused for as long as their
 * names, aliases and codes are the same, however often the catalogue itself is rebuilt. A question asked
 * again under the same lexicon is not read again. Readings are shared: treat them as read-only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLexicon, readFrame, type CaseRef, type Frame, type Lexicon, type LexiconWords, type MeasureIndex, type OrgRef, type PlaceData } from '../domain/query/index.js';
import { Spelling } from '../domain/query/spelling.js';
import { fold, STOPWORDS, words } from '../domain/query/text.js';
import { MONTH_WORDS } from '../domain/months.js';
import type { Lang } from '../domain/period.js';
import { seedDataPath } from '../seed-data-path.js';

const MAX_READINGS = 2000;

function lexiconDir(): string {
  return seedDataPath('lexicon');
}

let curated: { words: LexiconWords; places: PlaceData; qualifiers: unknown } | undefined;
function curatedWords(): { words: LexiconWords; places: PlaceData; qualifiers: unknown } {
  const read = (file: string) => JSON.parse(readFileSync(path.join(lexiconDir(), file), 'utf8')) as unknown;
  curated ??= { words: read('words.json') as LexiconWords, places: read('places.json') as PlaceData, qualifiers: read('qualifiers.json') };
  return curated;
}

/**
 * Every word the curated data holds, keys and values ("_about" prose apart): words the engine reads as they are.
 * `whole`: only the entries that are one word ("koster", "besparelse*"), not the words inside a phrase.
 */
function dataWords(value: unknown, out: Set<string>, whole = false): Set<string> {
  if (typeof value === 'string') {
    const ws = words(fold(value));
    if (!whole || ws.length === 1) for (const w of ws) out.add(w);
  } else if (Array.isArray(value)) for (const v of value) dataWords(v, out, whole);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('_')) continue;
      dataWords(k, out, whole);
      dataWords(v, out, whole);
    }
  }
  return out;
}

const spellings = new WeakMap<MeasureIndex, { revision: number; slot: Slot; spelling: Spelling }>();

/**
 * How questions are mended before they are read (domain/query/spelling.ts), towards the words of the catalogue's
 * texts, the organisations, the curated data and the question grammar: built once per catalogue content.
 */
export function spellingFor(index: MeasureIndex, orgs: OrgRef[], cases: CaseRef[]): Spelling {
  const slot = lexiconFor(orgs, cases);
  const { words: written, revision } = index.writtenWords;
  const seen = spellings.get(index);
  if (seen && seen.revision === revision && seen.slot === slot) return seen.spelling;
  const { words: data, places, qualifiers } = curatedWords();
  const known = dataWords([data, qualifiers, places, orgs.map((o) => [o.name, ...o.aliases])], new Set([...written, ...STOPWORDS, ...MONTH_WORDS.keys()]));
  const spelling = new Spelling(known, dataWords([data, qualifiers], new Set(), true), data.abbreviations ?? {});
  spellings.set(index, { revision, slot, spelling });
  return spelling;
}

/** What the lexicon is made of, as one string: equal content, equal lexicon. */
function signature(orgs: OrgRef[], cases: CaseRef[]): string {
  const o = orgs.map((x) => [x.id, x.name, x.kind, ...x.aliases, '\u0004', ...(x.members ?? [])].join('\u0002'));
  const c = cases.map((x) => [x.id, x.orgId, x.code ?? '', x.title, ...x.aliases].join('\u0002'));
  return [...o, '\u0003', ...c].join('\u0001');
}

interface Slot {
  lexicon: Lexicon;
  readings: Map<string, Frame>;
}
const bySignature = new Map<string, Slot>();
/** The lists last seen, so an unchanged catalogue costs no signature at all. */
const byLists = new WeakMap<CaseRef[], { orgs: OrgRef[]; slot: Slot }>();

export function lexiconFor(orgs: OrgRef[], cases: CaseRef[]): Slot {
  const seen = byLists.get(cases);
  if (seen && seen.orgs === orgs) return seen.slot;
  const sig = signature(orgs, cases);
  let slot = bySignature.get(sig);
  if (!slot) {
    const { words, places } = curatedWords();
    slot = { lexicon: buildLexicon(orgs, cases, words, places), readings: new Map() };
    // Few catalogues live at once (one per store); the oldest goes when a new content arrives.
    if (bySignature.size >= 4) bySignature.delete(bySignature.keys().next().value!);
    bySignature.set(sig, slot);
  }
  byLists.set(cases, { orgs, slot });
  return slot;
}

/** What to call a contrast member ("benefit:kontanthjaelp") in an answer. */
export function contrastLabel(key: string, lang: Lang): string {
  const label = curatedWords().words.contrastLabels?.[key];
  return label ? label[lang === 'da' ? 0 : 1] : key.split(':')[1]!;
}

/** The words naming a proposal's effort type or approach, by the value the store keeps (words.json `caseFacets`). */
export function caseFacetWords(): Record<string, string[]> {
  return curatedWords().words.caseFacets ?? {};
}

export function readQuestion(q: string, lang: Lang | undefined, orgs: OrgRef[], cases: CaseRef[]): Frame {
  const slot = lexiconFor(orgs, cases);
  const key = `${lang ?? ''}\u0001${q}`;
  let frame = slot.readings.get(key);
  if (frame) slot.readings.delete(key);
  else {
    frame = readFrame(q, slot.lexicon, lang);
    if (slot.readings.size >= MAX_READINGS) slot.readings.delete(slot.readings.keys().next().value!);
  }
  slot.readings.set(key, frame);
  return frame;
}
