/**
 * `npm run eval` [-- --file <path> [--blind]] [--misses]: scores every evaluation set in test/query/sets/
 * (or only the files named) against the seed data. The newest blind set comes first: its score is the one
 * that matters. Each set prints its accuracy by document, language and category, then its misses with what
 * was answered (a blind set's only with --misses or --file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../query/index.js';
import { formatTable, questionText, readSet, readSets, runSet, tally, type EvalSet } from '../query/evaluation.js';
import { openEmbeddedStore } from '../store/embedded/index.js';
import { seedIfEmpty } from '../store/seed.js';

const args = process.argv.slice(2);
const files: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--file' && args[i + 1]) files.push(args[++i]!);
const blind = args.includes('--blind');
// A blind set's misses are its questions: listed only when asked for, so running the suite does not show them.
const listMisses = (set: EvalSet) => args.includes('--misses') || files.length > 0 || !set.blind;

const folder = fileURLToPath(new URL('../../test/query/sets/', import.meta.url));
const sets: EvalSet[] = files.length ? files.map((f) => readSet(path.resolve(f), blind ? { blind } : {})) : readSets(folder);
// The evaluation runs on its own seeded copy in a temporary folder, so it never touches the local store.
const dir = mkdtempSync(path.join(tmpdir(), 'maalbot-eval-'));
const store = await openEmbeddedStore({ dir });
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
await seedIfEmpty(store);

for (const set of sets) {
  const results = await runSet(set, (q, context) => answerQuestion(store, { q, ...(context ? { context } : {}) }, { homeOrg: 'aabenraa' }));
  const right = results.filter((r) => r.ok).length;
  const none = results.filter((r) => r.question.expect === 'none');
  const label = `${set.blind ? (set === sets[0] ? 'NEWEST BLIND SET' : 'blind set') : 'set'} ${set.name} (written ${set.written}${set.blind ? '' : ', not blind'})`;
  console.log(`${label}: ${right} / ${results.length} right (${((100 * right) / results.length).toFixed(1)} %); unanswerable refused ${none.filter((r) => r.ok).length} / ${none.length}`);
  console.log(formatTable('  document', tally(results, (q) => q.doc)));
  console.log(formatTable('  language', tally(results, (q) => q.lang)));
  console.log(formatTable('  category', tally(results, (q) => q.category)), '\n');
  if (!listMisses(set)) continue;
  for (const m of results.filter((r) => !r.ok)) {
    const e = m.question.expect;
    const want = e === 'none' ? 'no figure' : 'case' in e ? `case ${e.case}` : `${e.value} ${e.unit}`;
    console.log(`  ${m.question.id} [${m.question.lang ?? '?'}/${m.question.category ?? '?'}] ${questionText(m.question)}\n      expected ${want}; answered ${m.got}`);
  }
  console.log();
}
await store.close();
