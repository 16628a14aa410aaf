/**
 * CPU per first-time question, in process: answerQuestion on a store folder written beforehand (seed data,
 * or the 100,000-figure store), each question once, after 20 others warmed the JIT and built the catalogue.
 * Prints one JSON line: the median and quartiles of the questions' CPU in µs, the total, and each question's. On a machine
 * shared with other work CPU time moves far less than wall-clock time; compare two trees by running this
 * alternately from each (bench/first-time-ab.ts) rather than once each.
 *
 *   npx tsx bench/first-time-cpu.ts --dir <store folder> --questions seed|generated [--count 300]
 *   npx tsx bench/first-time-cpu.ts --write-seed <folder> | --write-big <folder>
 *   npx tsx bench/first-time-cpu.ts --dir <store folder> --questions seed --dump <file>   (every answer, for diffing two trees)
 *   npx tsx bench/first-time-cpu.ts --dir <store folder> --questions seed --profile <file.cpuprofile>   (the measured questions only)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../functions/query/index.js';
import { openEmbeddedStore } from '../functions/store/embedded/index.js';
import { generatedQuestions, writeGeneratedData, writeSeedData } from './support/generated-data.js';
import { percentile } from './support/stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    questions: { type: 'string', default: 'seed' },
    count: { type: 'string', default: '300' },
    dump: { type: 'string' },
    profile: { type: 'string' },
    'write-seed': { type: 'string' },
    'write-big': { type: 'string' },
  },
});

if (values['write-seed']) await writeSeedData(values['write-seed']);
else if (values['write-big']) await writeGeneratedData(values['write-big']);
else await measure();

/** Every question of the evaluation sets (follow-ups' turns included), each once, in file order. */
function seedQuestions(): string[] {
  const folder = path.join(root, 'test/query/sets');
  const out = new Set<string>();
  const collect = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) collect(y);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'q' && typeof v === 'string') out.add(v);
        else collect(v);
      }
    }
  };
  for (const f of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) collect(JSON.parse(readFileSync(path.join(folder, f), 'utf8')));
  return [...out];
}

async function measure(): Promise<void> {
  if (!values.dir) throw new Error('--dir: the store folder to open (write one with --write-seed or --write-big)');
  const all = values.questions === 'generated' ? generatedQuestions(20 + Number(values.count)) : seedQuestions();
  const warm = all.slice(0, 20);
  const asked = values.dump ? all : all.slice(20, 20 + Number(values.count));
  const store = await openEmbeddedStore({ dir: values.dir });
  try {
    const ask = (q: string) => answerQuestion(store, { q }, { homeOrg: 'aabenraa' });
    if (!values.dump) for (const q of warm) await ask(q);
    const profiler = values.profile ? await startProfile() : undefined;
    const cpu: number[] = [];
    const answers: unknown[] = [];
    for (const q of asked) {
      const before = process.cpuUsage();
      const a = await ask(q);
      const used = process.cpuUsage(before);
      cpu.push(used.user + used.system);
      if (values.dump) answers.push({ q, a });
    }
    if (profiler && values.profile) writeFileSync(values.profile, JSON.stringify(await profiler()));
    if (values.dump) writeFileSync(values.dump, answers.map((x) => JSON.stringify(x)).join('\n') + '\n');
    console.log(JSON.stringify({ n: cpu.length, p25: percentile(cpu, 25), p50: percentile(cpu, 50), p75: percentile(cpu, 75), totalMs: cpu.reduce((s, x) => s + x, 0) / 1000, each: cpu }));
  } finally {
    await store.close();
  }
}

/** Starts V8's sampling profiler in this process; the function returned stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<unknown>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => (await session.post('Profiler.stop')).profile;
}
