/**
 * The evaluation floor: at least 95 % of the public evaluation set answered with the right value, and
 * no value at all for any unanswerable question. `npm run eval` prints the same run in detail.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../functions/query/index.js';
import { judge, type EvalQuestion, type EvalResult } from '../../functions/query/evaluation.js';
import { seededStore } from './support/seed-store.js';

const questions: EvalQuestion[] = JSON.parse(readFileSync(new URL('./eval-questions.json', import.meta.url), 'utf8'));
let results: EvalResult[] = [];

beforeAll(async () => {
  const store = await seededStore();
  results = [];
  for (const q of questions) results.push(judge(q, await answerQuestion(store, { q: q.q }, { homeOrg: 'aabenraa' })));
}, 60_000);

describe('the evaluation set', () => {
  it('has the shape the issue asks for', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(new Set(questions.map((q) => q.doc))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(questions.filter((q) => q.lang === 'en').length / questions.length).toBeGreaterThanOrEqual(0.4);
    expect(questions.filter((q) => q.expect === 'none').length / questions.length).toBeGreaterThanOrEqual(0.1);
    const informal = questions.filter((q) => ['typo', 'ascii', 'colloquial'].includes(q.category));
    expect(informal.length / questions.length).toBeGreaterThanOrEqual(0.1);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('answers at least 95 % with the right value', () => {
    const right = results.filter((r) => r.ok).length;
    const misses = results.filter((r) => !r.ok).map((r) => `${r.question.id} ${r.question.q} → ${r.got}`);
    expect(right / results.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no value at all for any unanswerable question', () => {
    const wrong = results.filter((r) => r.question.expect === 'none' && !r.ok).map((r) => `${r.question.id} ${r.question.q} → ${r.got}`);
    expect(wrong).toEqual([]);
  });
});
