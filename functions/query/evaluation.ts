/**
 * Scoring answers against evaluation sets (test/query/sets/*.json). A value is right only when it equals
 * the expected one after unit conversion (15.6 "mio. kr." = 15600000 "kr.") AND the units are of the same
 * family (money, count, percent, rank, ratio): a kroner amount is never the answer to a head count even
 * when the digits agree. "none" is right only when no figure at all comes back.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { codeKey } from '../domain/query/index.js';
import type { Answer } from './types.js';
import { unitFactor, unitFamily } from './units.js';

/** `absolute` may also stand inside a value expectation (sets D and J write it there). */
export type Expectation = 'none' | { value: number; unit: string; absolute?: boolean } | { case: string };

export interface EvalQuestion {
  id: string;
  /** The source document's number: "000" … "004". */
  doc?: string;
  lang?: 'da' | 'en';
  category?: string;
  q: string;
  expect: Expectation;
  /** Compare magnitudes only: for changes and savings whose sign depends on the form's convention. */
  absolute?: boolean;
}

/** A conversation: the turns are asked in order in one context, and the last answer is judged. */
export interface EvalFollowUp extends Omit<EvalQuestion, 'q'> {
  turns: string[];
}

export type EvalItem = EvalQuestion | EvalFollowUp;

export interface EvalSet {
  name: string;
  file: string;
  /** Written by someone who has not seen the engine: its score is the one that matters. */
  blind: boolean;
  /** When the set was written (ISO date); the newest blind set is reported first. */
  written: string;
  /** The share right that the tests hold the set to: 0.95 unless the file says otherwise (a set being worked on). */
  floor: number;
  /** Unanswerable questions a set still gets a number for: known bugs, listed so that only a new one fails. */
  openMisses: string[];
  items: EvalItem[];
}

export interface EvalResult {
  question: EvalItem;
  ok: boolean;
  got: string;
}

/** Relative tolerance: documents round to one decimal in millions, the store may hold the exact amount. */
const TOLERANCE = 0.005;
/**
 * Set writers round a computed expectation to two decimals (in its own unit), so an answer of 0.915 is right for
 * 0.92: half the last decimal, which the relative tolerance alone misses for small values.
 */
const ROUNDING = 0.005;

export function questionText(item: EvalItem): string {
  return 'turns' in item ? item.turns.join(' → ') : item.q;
}

export function judge(question: EvalItem, answer: Answer): EvalResult {
  const first = answer.figures[0];
  const got = first
    ? `${first.value} ${first.unit} (${first.kpi}, ${first.org}, ${first.period}, ${first.kind})`
    : answer.case
      ? `case ${answer.case.code ?? answer.case.title}`
      : `${answer.kind}: ${answer.text.slice(0, 160)}`;
  const e = question.expect;
  let ok: boolean;
  if (e === 'none') ok = answer.figures.length === 0;
  else if ('case' in e) {
    const c = answer.case;
    ok = !!c && answer.figures.length === 0 && caseNames(c).some((n) => codeKey(n) === codeKey(e.case));
  } else if (!first) ok = false;
  else if (unitFamily(e.unit) !== unitFamily(first.unit)) ok = false;
  else {
    let want = e.value * unitFactor(e.unit);
    let have = first.value * unitFactor(first.unit);
    if (question.absolute || e.absolute) {
      want = Math.abs(want);
      have = Math.abs(have);
    }
    ok = Math.abs(have - want) <= Math.max(Math.abs(want) * TOLERANCE, ROUNDING * unitFactor(e.unit), 1e-9);
  }
  return { question, ok, got };
}

/**
 * The names a case goes by in a question set: its code, its title, the title without its bracketed
 * parts ("Revitalisering af Forum 100 (ledelsesnetværk)"), the title's lead before a dash separator
 * ("VUC – Primære fokus …", "Business Case: …") and the short names the title gives in brackets or quotes
 * ('… (JobSpor)', '"Close the gap" samt …'). Whole names only: "KIK" is not a name of "KIK II".
 */
function caseNames(c: { code?: string; title: string }): string[] {
  const bare = c.title.replace(/\s*\([^()]*\)/g, '').trim();
  const lead = bare.split(/ [–-] |: /)[0]!.trim();
  const short = [...c.title.matchAll(/\(([^()]+)\)|"([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  return [c.code, c.title, bare, lead, ...short].filter((n): n is string => !!n);
}

/**
 * One set file: a bare array of questions, or {"name"?, "blind"?, "written"?, "questions": [...]}.
 * A bare array is not blind unless the caller says so; its date is the file's.
 */
export function readSet(file: string, overrides: { blind?: boolean } = {}): EvalSet {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const wrapped = !Array.isArray(raw) && typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : undefined;
  const items = (wrapped ? wrapped.questions : raw) as EvalItem[];
  if (!Array.isArray(items)) throw new Error(`${file}: expected an array of questions or an object with "questions"`);
  items.forEach((item, i) => {
    const asked = 'turns' in item ? Array.isArray(item.turns) && item.turns.length > 0 : typeof (item as EvalQuestion).q === 'string';
    if (!asked || item.expect === undefined) throw new Error(`${file}: question ${i} (${item.id ?? '?'}) needs "q" or "turns", and "expect"`);
  });
  return {
    name: typeof wrapped?.name === 'string' ? wrapped.name : path.basename(file, '.json'),
    file,
    blind: overrides.blind ?? wrapped?.blind === true,
    written: typeof wrapped?.written === 'string' ? wrapped.written : statSync(file).mtime.toISOString().slice(0, 10),
    floor: typeof wrapped?.floor === 'number' ? wrapped.floor : 0.95,
    openMisses: Array.isArray(wrapped?.openMisses) ? wrapped.openMisses.map(String) : [],
    items,
  };
}

/** Every *.json set in a folder, the newest blind set first, then the rest by name. */
export function readSets(folder: string): EvalSet[] {
  const sets = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readSet(path.join(folder, f)));
  // Sets written the same day: the question set before its follow-ups, then the later letter (blind-d after blind-c).
  const conversations = (s: EvalSet) => Number(s.items.every((i) => 'turns' in i));
  const newestBlind = sets
    .filter((s) => s.blind)
    .sort((a, b) => b.written.localeCompare(a.written) || conversations(a) - conversations(b) || b.name.localeCompare(a.name))[0];
  return [...(newestBlind ? [newestBlind] : []), ...sets.filter((s) => s !== newestBlind).sort((a, b) => a.name.localeCompare(b.name))];
}

export interface Asker {
  (q: string, context: string | undefined): Promise<Answer>;
}

/** Runs a set: a follow-up item's turns in one context, each plain question on its own. */
export async function runSet(set: EvalSet, ask: Asker): Promise<EvalResult[]> {
  const results: EvalResult[] = [];
  for (const item of set.items) {
    if ('turns' in item) {
      let answer: Answer | undefined;
      for (const turn of item.turns) answer = await ask(turn, answer?.context);
      results.push(judge(item, answer!));
    } else results.push(judge(item, await ask(item.q, undefined)));
  }
  return results;
}

export interface Tally {
  key: string;
  right: number;
  total: number;
}

export function tally(results: EvalResult[], by: (q: EvalItem) => string | undefined): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of results) {
    const key = by(r.question) ?? '-';
    const t = map.get(key) ?? { key, right: 0, total: 0 };
    t.total++;
    if (r.ok) t.right++;
    map.set(key, t);
  }
  return [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function formatTable(title: string, rows: Tally[]): string {
  const lines = [`${title.padEnd(16)} right / total   accuracy`];
  for (const r of rows) lines.push(`${r.key.padEnd(16)} ${String(r.right).padStart(5)} / ${String(r.total).padEnd(5)}   ${((100 * r.right) / r.total).toFixed(1)} %`);
  return lines.join('\n');
}
