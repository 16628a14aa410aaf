/**
 * CPU of a first-time question through the HTTP route against the health route's, in process: the local
 * host's dispatcher (functions/local/host.ts, everything but the socket) on a store folder written by
 * bench/first-time-cpu.ts, alternating GET /api/health with POST /api/query of a question not asked before,
 * after 20 questions warmed it. Every other question is answered by answerQuestion directly instead, so
 * the medians also say what the route adds to a question beyond the question's own work. Prints the
 * median CPU of each in µs.
 *
 *   npx tsx bench/route-cpu.ts --dir <store folder> --questions project|generated [--count 300] [--profile <file.cpuprofile>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config.js';
import { runAppStartHooks } from '../functions/local/functions-core.js';
import { createDispatcher } from '../functions/local/host.js';
import { loadFunctions } from '../functions/local/load-functions.js';
import { answerQuestion } from '../functions/query/index.js';
import { openRuntime, useRuntime } from '../functions/runtime.js';
import { generatedQuestions } from './support/generated-data.js';
import { percentile } from './support/stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { dir: { type: 'string' }, questions: { type: 'string', default: 'project' }, count: { type: 'string', default: '300' }, profile: { type: 'string' } },
});
if (!values.dir) throw new Error('--dir: the store folder to open (bench/first-time-cpu.ts --write-seed or --write-big writes one)');
const count = Number(values.count);
const all =
  values.questions === 'generated'
    ? generatedQuestions(20 + count)
    : (JSON.parse(readFileSync(path.join(root, 'test/query/sets/project-2026.json'), 'utf8')) as { q: string }[]).map((q) => q.q);

const config = loadConfig({ ...process.env, MAALBOT_MODE: 'local', DATA_DIR: path.resolve(values.dir), PORT: '1', HOST: '127.0.0.1' });
const { store } = await openRuntime(config);
useRuntime({ config, store });
await runAppStartHooks();
const functions = await loadFunctions();
const dispatch = createDispatcher(functions.http, () => {});
const url = (p: string) => new URL(`http://127.0.0.1:1/api/${p}`);
const health = () => dispatch({ method: 'GET', url: url('health'), headers: { host: '127.0.0.1:1' }, body: new Uint8Array() });
const query = (q: string) =>
  dispatch({ method: 'POST', url: url('query'), headers: { host: '127.0.0.1:1', 'content-type': 'application/json' }, body: new TextEncoder().encode(JSON.stringify({ q })) });

const cpu = async (work: () => Promise<{ status: number }>) => {
  const before = process.cpuUsage();
  const res = await work();
  const used = process.cpuUsage(before);
  if (res.status !== 200) throw new Error(`answered ${res.status}`);
  return used.user + used.system;
};
for (const q of all.slice(0, 20)) await query(q);
let stop: (() => Promise<unknown>) | undefined;
if (values.profile) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  stop = async () => (await session.post('Profiler.stop')).profile;
}
const h: number[] = [];
const q: number[] = [];
const direct: number[] = [];
for (const [i, question] of all.slice(20, 20 + count).entries()) {
  h.push(await cpu(health));
  if (i % 2) direct.push(await cpu(async () => (await answerQuestion(store, { q: question }, { homeOrg: config.homeOrg }), { status: 200 })));
  else q.push(await cpu(() => query(question)));
}
if (stop && values.profile) writeFileSync(values.profile, JSON.stringify(await stop()));
const [health50, query50, answer50] = [percentile(h, 50), percentile(q, 50), percentile(direct, 50)];
console.log(JSON.stringify({ n: q.length, healthP50: health50, queryP50: query50, answerQuestionP50: answer50, routeBeyondAnswer: query50 - answer50, ratio: query50 / health50 }));
await store.close();
