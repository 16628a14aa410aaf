/**
 * Scoring answers against the public evaluation set (test/query/eval-questions.json): a value is right
 * when it equals the expected one after unit conversion (15.6 "mio. kr." = 15600000 "kr."); an
 * unanswerable question is right only when no figure at all comes back.
 */
import { codeKey } from '../domain/query/index.js';
import type { Answer } from './types.js';
import { unitFactor } from './units.js';

export interface EvalQuestion {
  id: string;
  /** The source document's number: "000" … "004". */
  doc: string;
  lang: 'da' | 'en';
  category: string;
  q: string;
  expect: 'none' | { value: number; unit: string } | { case: string };
  /** Compare magnitudes only: for changes and savings whose sign depends on the form's convention. */
  absolute?: boolean;
}

export interface EvalResult {
  question: EvalQuestion;
  ok: boolean;
  got: string;
}

/** Relative tolerance: documents round to one decimal in millions, the store may hold the exact amount. */
const TOLERANCE = 0.005;

export function judge(question: EvalQuestion, answer: Answer): EvalResult {
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
    ok = !!c && answer.figures.length === 0 && [c.code, c.title].some((n) => n && codeKey(n) === codeKey(e.case));
  } else if (!first) ok = false;
  else {
    let want = e.value * unitFactor(e.unit);
    let have = first.value * unitFactor(first.unit);
    if (question.absolute) {
      want = Math.abs(want);
      have = Math.abs(have);
    }
    ok = Math.abs(have - want) <= Math.max(Math.abs(want) * TOLERANCE, 1e-9);
  }
  return { question, ok, got };
}

export interface Tally {
  key: string;
  right: number;
  total: number;
}

export function tally(results: EvalResult[], by: (q: EvalQuestion) => string): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of results) {
    const key = by(r.question);
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
