/**
 * `npm run bench`: every benchmark, one table (figure, value, target, met or not) and the same results as
 * JSON in bench-results/<timestamp>.json so runs can be compared. `--quick` for a shorter run.
 *
 *   npm run bench [-- --quick] [-- --only query,memory,load,cold-start,fanout]
 *
 * Timings are medians of repeated runs with their spread; machines are noisy, so nothing here is a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureColdStart } from './cold-start.js';
import { runFanout, type FanoutRun } from './fanout.js';
import { runLoad } from './load.js';
import { measureAfterCacheWindow, measureQueryLatency, type LatencyRun, type QueryLatency } from './query-latency.js';
import { generatedQuestions, writeGeneratedData, writeSeedData } from './support/generated-data.js';
import { startHostProcess } from './support/host-process.js';
import { httpClient } from './support/http-client.js';
import { failed, formatTable, row, writeResults, type Row } from './support/results.js';
import { spread } from './support/stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const quick = values.quick!;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wants = (section: string) => !only || only.has(section);

const plan = {
  queryRuns: quick ? 3 : 7,
  queriesPerRun: quick ? 100 : 300,
  loadClients: 50,
  loadSeconds: quick ? 5 : 30,
  coldStartRuns: quick ? 3 : 9,
  fanoutRuns: quick ? 1 : 3,
  fanoutConversations: quick ? 500 : 2000,
};

const rows: Row[] = [];
const raw: Record<string, unknown> = {};
const progress = (message: string) => console.error(`[bench] ${message}`);

const seedQuestions: string[] = (JSON.parse(readFileSync(path.join(root, 'test/query/sets/project-2026.json'), 'utf8')) as { q: string }[]).map((q) => q.q);
const bigQuestions = generatedQuestions(500);

function latencyRows(label: string, latency: QueryLatency): void {
  const add = (kind: string, runs: LatencyRun[], target: number | undefined) => {
    const p50 = spread(runs.map((r) => r.queryP50 / r.healthP50));
    const p95 = spread(runs.map((r) => r.queryP95 / r.healthP95));
    const ms = (f: (r: LatencyRun) => number) => spread(runs.map(f)).median.toFixed(2);
    const max = target === undefined ? {} : { max: target };
    rows.push(row(`query p50 / health p50, ${label}, ${kind}`, p50.median, '×', { spread: p50, ...max, note: `query ${ms((r) => r.queryP50)} ms, health ${ms((r) => r.healthP50)} ms` }));
    rows.push(row(`query p95 / health p95, ${label}, ${kind}`, p95.median, '×', { spread: p95, ...max, note: `query ${ms((r) => r.queryP95)} ms, health ${ms((r) => r.healthP95)} ms` }));
  };
  add('asked before', latency.repeated, 2);
  add('first time', latency.firstTime, undefined);
}

async function hostBenchmarks(): Promise<void> {
  const seedDir = await mkdtemp(path.join(tmpdir(), 'maalbot-bench-seed-'));
  const bigDir = await mkdtemp(path.join(tmpdir(), 'maalbot-bench-100k-'));
  try {
    progress('writing the seed store and the store with 100,000 generated figures');
    await writeSeedData(seedDir);
    const generated = await writeGeneratedData(bigDir);

    progress('seed store: query latency');
    const small = await startHostProcess(seedDir);
    let seedRuns: QueryLatency = { repeated: [], firstTime: [] };
    let seedRss = 0;
    try {
      const client = httpClient(small.url);
      if (wants('query')) seedRuns = await measureQueryLatency(client, seedQuestions, plan.queryRuns, plan.queriesPerRun);
      client.close();
      seedRss = await small.rss();
    } finally {
      await small.stop();
    }

    progress(`store with ${generated} generated figures: query latency, memory, load`);
    const big = await startHostProcess(bigDir);
    try {
      const client = httpClient(big.url);
      if (wants('query')) {
        const bigSeedRuns = await measureQueryLatency(client, seedQuestions, plan.queryRuns, plan.queriesPerRun);
        const bigGenRuns = await measureQueryLatency(client, bigQuestions, plan.queryRuns, plan.queriesPerRun);
        latencyRows('seed data', seedRuns);
        latencyRows('100,000 figures, seed questions', bigSeedRuns);
        latencyRows('100,000 figures, generated questions', bigGenRuns);
        progress('idle past the catalogue window (62 s), then the same questions again');
        const afterWindow = spread((await measureAfterCacheWindow(client, bigQuestions, plan.queryRuns, plan.queriesPerRun)).map((r) => r.queryP50 / r.healthP50));
        rows.push(row('query p50 / health p50, 100,000 figures, asked again after the 60 s catalogue window', afterWindow.median, '×', { spread: afterWindow, max: 2, note: 'each question once after the rebuild' }));
        const growth = spread(bigSeedRuns.repeated.map((r, i) => r.queryP50 / seedRuns.repeated[i]!.queryP50));
        const growthFirst = spread(bigSeedRuns.firstTime.map((r, i) => r.queryP50 / seedRuns.firstTime[i]!.queryP50));
        rows.push(row('query p50 at 100,000 figures / at seed size, asked before', growth.median, '×', { spread: growth, max: 1.5, note: 'same questions, paired runs' }));
        rows.push(row('query p50 at 100,000 figures / at seed size, first time', growthFirst.median, '×', { spread: growthFirst, max: 1.5, note: 'same questions, paired runs' }));
        raw.query = { seed: seedRuns, bigSeedQuestions: bigSeedRuns, bigGeneratedQuestions: bigGenRuns };
      }
      client.close();
      const bigRss = await big.rss();
      if (wants('memory')) {
        rows.push(row('memory: host RSS with 100,000 figures / with seed data', bigRss / seedRss, '×', {
          max: 2,
          note: `${(bigRss / 2 ** 20).toFixed(0)} MiB vs ${(seedRss / 2 ** 20).toFixed(0)} MiB, after GC`,
        }));
        raw.memory = { seedRss, bigRss };
      }
      if (wants('load')) {
        progress(`load: ${plan.loadClients} clients for ${plan.loadSeconds} s`);
        const load = await runLoad(big.url, [...bigQuestions, ...seedQuestions], plan.loadClients, plan.loadSeconds);
        rows.push(row(`load: requests served (${plan.loadClients} clients, ${plan.loadSeconds} s, 100,000 figures)`, load.served, 'requests', { note: `${(load.served / load.seconds).toFixed(0)}/s` }));
        rows.push(row('load: errors', load.errors, '', { max: 0 }));
        rows.push(row('load: p99 latency', load.p99, 'ms', { note: `p50 ${load.p50.toFixed(1)} ms` }));
        raw.load = load;
      }
    } finally {
      await big.stop();
    }
  } finally {
    await rm(seedDir, { recursive: true, force: true });
    await rm(bigDir, { recursive: true, force: true });
  }
}

function coldStart(): void {
  progress('cold start: building the Functions entry point (esbuild bundle, and tsc for comparison)');
  const entry = path.join(root, 'dist/bundle/index.js');
  const build = spawnSync('npm', ['run', '--silent', 'build:bundle'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(entry)) {
    rows.push(failed('cold start: import entry point / import botbuilder', `build:bundle failed: ${build.stderr.slice(0, 200)}`, '≤ 1'));
    return;
  }
  const add = (label: string, file: string, target: number | undefined) => {
    const runs = measureColdStart(file, root, plan.coldStartRuns);
    const ratio = spread(runs.map((r) => r.entry / r.botbuilder));
    const ms = (f: (r: (typeof runs)[number]) => number) => spread(runs.map(f)).median.toFixed(0);
    rows.push(row(`cold start: import ${label} / import botbuilder`, ratio.median, '×', {
      spread: ratio,
      ...(target === undefined ? {} : { max: target }),
      note: `${ms((r) => r.entry)} ms vs ${ms((r) => r.botbuilder)} ms (${path.relative(root, file)})`,
    }));
    return runs;
  };
  raw.coldStart = add('entry point (bundle)', entry, 1);
  // `npm run build` (tsc) output, one file per module: for comparison. tsc writes it even when other
  // work in progress has type errors, so the exit code is not the test; the file is.
  const tscEntry = path.join(root, 'dist/functions/index.js');
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  if (existsSync(tscEntry)) raw.coldStartTsc = add('tsc output (unbundled)', tscEntry, undefined);
}

async function fanout(): Promise<void> {
  const runs: FanoutRun[] = [];
  for (let i = 0; i < plan.fanoutRuns; i++) {
    progress(`digest fan-out ${i + 1}/${plan.fanoutRuns}: ${plan.fanoutConversations} conversations`);
    runs.push(await runFanout(plan.fanoutConversations));
  }
  const ratio = spread(runs.map((r) => r.ratio));
  const label = `${plan.fanoutConversations} conversations`;
  rows.push(row(`digest fan-out: throughput / ceiling (${label})`, ratio.median, '', { spread: ratio, min: 0.9, note: '50/s per tenant, 7/s per conversation, 10 % 429s' }));
  rows.push(row('digest fan-out: lost', Math.max(...runs.map((r) => r.lost)), '', { max: 0, note: 'worst run' }));
  rows.push(row('digest fan-out: duplicated', Math.max(...runs.map((r) => r.duplicated)), '', { max: 0, note: 'worst run' }));
  raw.fanout = runs;
}

async function section(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    rows.push(failed(name, error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error)));
  }
}

if (wants('query') || wants('memory') || wants('load')) await section('host benchmarks', hostBenchmarks);
if (wants('cold-start')) await section('cold start', coldStart);
if (wants('fanout')) await section('digest fan-out', fanout);

console.log(`\nMålbot benchmarks${quick ? ' (--quick)' : ''}\n`);
console.log(formatTable(rows));
const file = await writeResults(rows, { quick, plan, raw }, path.join(root, 'bench-results'));
console.log(`\nSaved to ${path.relative(root, file)}`);
process.exitCode = rows.every((r) => r.met !== false) ? 0 : 1;
