/**
 * "Hvilken af spor 2-indsatserne har nummer 3?", "indsats nr. 9 blandt Viborgs længerevarende indsatser", "hvilket
 * underpunkt står som b) under …": the part of a case named by its place in the case's numbered list. The parts'
 * codes carry the number after the case's own ("Spor 2.3", "Spor 2.1b"), so the part is found by code, never by
 * counting: a case whose parts have no such codes gives no answer here.
 */
import type { Case } from '../domain/model.js';
import { codeKey } from '../domain/query/index.js';
import { fold, words } from '../domain/query/text.js';
import { wordsNaming } from './case-nouns.js';
import type { Catalogue } from './catalogue.js';

/** "nr. 3", "nummer 3", "number 9", "no. 4", "punkt b", "item 2". */
const MARKED = /\b(?:nr|no|nummer|number|punkt|item)\.?\s*(\d{1,2}|[a-h])(?![\w,.]\d)/g;
/** "b)", "3)" as a list writes them; not the close of a bracket that opened before it ("(spor 2)"). */
const LISTED = /(?:^|[\s'"«])(\d{1,2}|[a-h])\)/g;

/** The places in a list the question names: "3", "b". */
export function ordinalsIn(text: string): string[] {
  const lower = text.toLowerCase();
  const out = [...lower.matchAll(MARKED)].map((m) => m[1]!);
  for (const m of lower.matchAll(LISTED)) {
    const before = lower.slice(0, m.index);
    if (before.lastIndexOf('(') <= before.lastIndexOf(')')) out.push(m[1]!);
  }
  return [...new Set(out)];
}

/** The one part of a named case at the place the question names, or undefined. */
export function caseAtPlace(cat: Catalogue, text: string, parents: string[]): Case | undefined {
  const places = ordinalsIn(text);
  if (places.length !== 1) return undefined;
  // A case named by its whole title ("under 'Forebyggende samarbejde om udsatte familier'") is a parent too.
  const tokens = new Set(words(fold(text)));
  const titled = [...cat.cases.values()].filter((c) => wordsNaming(c, tokens).length >= 2).map((c) => c.id);
  const found = [...new Set([...parents, ...titled])].flatMap((id) => {
    const parent = cat.cases.get(id);
    if (!parent?.code) return [];
    const key = codeKey(parent.code);
    return [...cat.cases.values()].filter((c) => {
      const own = c.parentId === id && c.code ? codeKey(c.code) : '';
      return !!own && own.startsWith(key) && own.slice(key.length).replace(/^[.\s]+/, '') === places[0];
    });
  });
  return found.length === 1 ? found[0] : undefined;
}
