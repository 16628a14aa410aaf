/**
 * `npm run eval`: runs the public evaluation set against the seed data and prints accuracy by source
 * document, language and category, then every miss with what was answered.
 */
import { readFileSync } from 'node:fs';
import { answerQuestion } from '../query/index.js';
import { formatTable, judge, tally, type EvalQuestion, type EvalResult } from '../query/evaluation.js';
// The evaluation runs on an in-memory copy of the seed data, so it never touches the local store.
import { seededStore } from '../../test/query/support/seed-store.js';

const file = new URL('../../test/query/eval-questions.json', import.meta.url);
const questions: EvalQuestion[] = JSON.parse(readFileSync(file, 'utf8'));
const store = await seededStore();
const results: EvalResult[] = [];
for (const q of questions) results.push(judge(q, await answerQuestion(store, { q: q.q }, { homeOrg: 'aabenraa' })));

const right = results.filter((r) => r.ok).length;
console.log(`Målbot figure queries: ${right} / ${results.length} right (${((100 * right) / results.length).toFixed(1)} %)\n`);
console.log(formatTable('document', tally(results, (q) => q.doc)), '\n');
console.log(formatTable('language', tally(results, (q) => q.lang)), '\n');
console.log(formatTable('category', tally(results, (q) => q.category)), '\n');
const misses = results.filter((r) => !r.ok);
console.log(`Misses (${misses.length}):`);
for (const m of misses) {
  const e = m.question.expect;
  const want = e === 'none' ? 'no figure' : 'case' in e ? `case ${e.case}` : `${e.value} ${e.unit}`;
  console.log(`  ${m.question.id} [${m.question.lang}/${m.question.category}] ${m.question.q}\n      expected ${want}; answered ${m.got}`);
}
