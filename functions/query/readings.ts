/**
 * The lexicon and the readings of questions, cached by catalogue content: the lexicon is built from the
 * organisations and cases (plus the curated words beside the seed data) and reused for as long as their
 * names, aliases and codes are the same, however often the catalogue itself is rebuilt. A question asked
 * again under the same lexicon is not read again. Readings are shared: treat them as read-only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLexicon, readFrame, type CaseRef, type Frame, type Lexicon, type LexiconWords, type OrgRef, type PlaceData } from '../domain/query/index.js';
import type { Lang } from '../domain/period.js';
import { seedDataPath } from '../seed-data-path.js';

const MAX_READINGS = 2000;

function lexiconDir(): string {
  return seedDataPath('lexicon');
}

let curated: { words: LexiconWords; places: PlaceData } | undefined;
function curatedWords(): { words: LexiconWords; places: PlaceData } {
  curated ??= {
    words: JSON.parse(readFileSync(path.join(lexiconDir(), 'words.json'), 'utf8')) as LexiconWords,
    places: JSON.parse(readFileSync(path.join(lexiconDir(), 'places.json'), 'utf8')) as PlaceData,
  };
  return curated;
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
