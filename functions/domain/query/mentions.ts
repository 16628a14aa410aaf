/**
 * Case codes named in a question ("BIC 01", "UE 9a", "KIK II"), matched against what the store holds.
 * Organisations are read by the lexicon (lexicon.ts).
 */
import { fold } from './text.js';
import type { Span } from './period-parse.js';

export interface OrgRef {
  id: string;
  name: string;
  kind: 'municipality' | 'cluster' | 'national';
  aliases: string[];
  /** A cluster's member municipalities as the source names them. */
  members?: string[];
}

export interface CaseRef {
  id: string;
  orgId: string;
  code?: string;
  title: string;
  aliases: string[];
}

export interface Mention extends Span {
  id: string;
}

const CODE_LIKE = /^[A-ZÆØÅ]{2,6}(?:[ -]?(?:[0-9]{1,3}[a-zA-Z]?|[IVX]{1,4}))?$/u;

/** A code reduced to letters and numbers without leading zeros: "UE 09a", "ue9a" and "UE-09A" meet. */
export function codeKey(code: string): string {
  return foldedCodeKey(fold(code));
}

/** codeKey of text already folded (fold is idempotent: folding again changes nothing but costs). */
function foldedCodeKey(folded: string): string {
  return folded
    .replace(/\biv\b/g, '4')
    .replace(/\biii\b/g, '3')
    .replace(/\bii\b/g, '2')
    .replace(/[^a-z0-9]/g, '')
    .replace(/(^|[a-z])0+(\d)/g, '$1$2');
}

/** Code keys → cases, built once per case list (the catalogue's). */
const codeTables = new WeakMap<CaseRef[], Map<string, string[]>>();

function codeTable(cases: CaseRef[]): Map<string, string[]> {
  let table = codeTables.get(cases);
  if (!table) {
    table = new Map();
    for (const c of cases) {
      // Aliases that look like codes ("KIK", "KIK-II", "UE 9a"), not ordinary words such as "budget".
      for (const label of [c.code, ...c.aliases.filter((a) => CODE_LIKE.test(a))]) {
        if (!label) continue;
        const key = codeKey(label);
        if (key.length < 2) continue;
        const ids = table.get(key) ?? [];
        if (!ids.includes(c.id)) ids.push(c.id);
        table.set(key, ids);
      }
    }
    codeTables.set(cases, table);
  }
  return table;
}

/** Every beginning of every code key in a table ("k", "ki", "kik", "kik2"), built once per table. */
const codeStartSets = new WeakMap<Map<string, string[]>, Set<string>>();

function codeStarts(table: Map<string, string[]>): Set<string> {
  let set = codeStartSets.get(table);
  if (!set) {
    set = new Set();
    for (const key of table.keys()) for (let n = 1; n <= key.length; n++) set.add(key.slice(0, n));
    codeStartSets.set(table, set);
  }
  return set;
}

/**
 * Case codes ("BIC 01", "UE08", "KIK II") named in the question: runs of up to three words compared by
 * code key. The longest code wins where codes overlap, so "KIK II" is not also read as "KIK".
 */
export function findCaseCodes(question: string, cases: CaseRef[]): Mention[] {
  const folded = fold(question);
  const table = codeTable(cases);
  const tokens: { start: number; end: number }[] = [];
  const tokenRe = /[a-z0-9]+/g;
  for (let m = tokenRe.exec(folded); m; m = tokenRe.exec(folded)) tokens.push({ start: m.index, end: m.index + m[0].length });
  const hits: Mention[] = [];
  const starts = codeStarts(table);
  for (let i = 0; i < tokens.length; i++) {
    // A span's key begins with its first word's key — the word ends at a non-word character, which the
    // numeral rules do not cross, and only a trailing zero can be stripped by what follows ("a0" + "5" is
    // "a5") — so a word no code key begins with starts no code.
    const word = folded.slice(tokens[i]!.start, tokens[i]!.end);
    const first = foldedCodeKey(word);
    const genitive = word.length > 3 && word.endsWith('s') && starts.has(foldedCodeKey(word.slice(0, -1)));
    if (!starts.has(first) && !genitive && folded[tokens[i]!.end] !== '_' && !word.endsWith('0')) continue;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const start = tokens[i]!.start;
      const end = tokens[i + n - 1]!.end;
      const key = n === 1 ? first : foldedCodeKey(folded.slice(start, end));
      // The genitive: "KIK II's", "UE 08s", "KIKs" and "KIK IIs", whose "s" must go before the numeral is read
      // (of a code of three letters or more: "as" is not a genitive of "a").
      const ids = table.get(key) ?? (folded[end - 1] === 's' && end - start > 3 ? table.get(foldedCodeKey(folded.slice(start, end - 1))) : undefined);
      for (const id of ids ?? []) hits.push({ id, start, end });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end && k.id !== h.id)) kept.push(h);
  return dedupe([...kept, ...listedSiblings(folded, tokens, kept, table)]);
}

/** Words joining the members of a list ("BIC 01, 04 og 07", "UE 02 and 08"). */
const LIST_WORDS = new Set(['og', 'and', 'samt', 'eller', 'or']);

/**
 * "BIC 01, 04, 06 og 07", "UE 09a og 09b": numbers listed after a code, written the same way (as many digits),
 * are the codes of its siblings, its letters said once; the list ends at the first member no case has.
 */
function listedSiblings(folded: string, tokens: { start: number; end: number }[], hits: Mention[], table: Map<string, string[]>): Mention[] {
  const out: Mention[] = [];
  for (const h of hits) {
    const code = /^([a-z]{2,})[\s_-]*(\d+)([a-z]?)$/.exec(folded.slice(h.start, h.end));
    if (!code) continue;
    const [, letters, digits] = code as unknown as [string, string, string];
    let at = h.end;
    for (let i = tokens.findIndex((t) => t.start >= h.end); i >= 0 && i < tokens.length; i++) {
      let word = folded.slice(tokens[i]!.start, tokens[i]!.end);
      if (!/^\s*[,&+/]?\s*$/.test(folded.slice(at, tokens[i]!.start))) break;
      if (LIST_WORDS.has(word) && tokens[i + 1] && /^\s+$/.test(folded.slice(tokens[i]!.end, tokens[i + 1]!.start))) word = folded.slice(tokens[++i]!.start, tokens[i]!.end);
      const member = new RegExp(`^\\d{${digits.length}}[a-z]?$`).test(word) ? table.get(foldedCodeKey(`${letters} ${word}`)) : undefined;
      if (!member) break;
      for (const id of member) out.push({ id, start: tokens[i]!.start, end: tokens[i]!.end });
      at = tokens[i]!.end;
    }
  }
  return out;
}

function dedupe(hits: Mention[]): Mention[] {
  hits.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const h of hits) {
    if (out.some((o) => o.id === h.id)) continue;
    if (out.some((o) => h.start < o.end && o.start < h.end)) continue;
    out.push(h);
  }
  return out;
}
