/**
 * `/api/query` latency over HTTP (the local host serving the registered Functions handlers on a loopback
 * socket), at seed size and with a generated store of 100,000 more figures (10 organisations × 100 KPIs
 * × 100 months), each as a ratio to a `/api/health` round trip measured in the same run, interleaved.
 * Each scenario runs several times; the table shows the median of the runs and their spread (min–max).
 *
 *   npx tsx bench/query.bench.ts [--runs 5] [--questions 200]
 *
 * The store is the in-memory test store (test/query/support/memory-store.ts): figures are read per KPI
 * partition, as the embedded and Cosmos adapters do, so what grows with the store is visible here.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../functions/config.js';
import type { Figure, Kpi, Organisation } from '../functions/domain/model.js';
import { figureId } from '../functions/domain/model.js';
import { startHost } from '../functions/local/host.js';
import { loadFunctions } from '../functions/local/load-functions.js';
import type { EvalQuestion } from '../functions/query/evaluation.js';
import { resetRuntime, useRuntime } from '../functions/runtime.js';
import type { Store } from '../functions/store/store.js';
import { memoryStore } from '../test/query/support/memory-store.js';
import { seededStore } from '../test/query/support/seed-store.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, questions: { type: 'string', default: '200' } } });
const RUNS = Number(values.runs);
const PER_RUN = Number(values.questions);

const TOPICS = ['Unge på kontanthjælp', 'Sygedagpengemodtagere', 'Ledighedsydelse', 'Fleksjob', 'Førtidspension', 'Ressourceforløb', 'Jobafklaring', 'Revalidering', 'Integrationsydelse', 'A-dagpengemodtagere'];
const GROUPS = ['i alt', 'under 30 år', 'over 30 år', 'jobparate', 'aktivitetsparate', 'i virksomhedspraktik', 'i løntilskud', 'i ordinært job', 'i uddannelse', 'langtidsledige'];
const TOWNS = ['Nordby', 'Sydby', 'Østerby', 'Vesterby', 'Midtby', 'Strandby', 'Skovby', 'Bakkeby', 'Åby', 'Engby'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** 10 organisations × 100 KPIs × 100 months, added to the seed data. */
async function generate(store: Store): Promise<{ q: string }[]> {
  const at = '2026-01-01T00:00:00.000Z';
  const questions: { q: string }[] = [];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let o = 0; o < 10; o++) {
    const org: Organisation = { id: `bench-${o}`, name: `${TOWNS[o]} Kommune`, kind: 'municipality', aliases: [TOWNS[o]!] };
    await store.organisations.upsert(org);
    for (let k = 0; k < 100; k++) {
      const name = `${TOPICS[k % 10]} ${GROUPS[Math.floor(k / 10)]}`;
      const kpi: Kpi = { id: `bench-${o}.kpi-${k}`, orgId: org.id, name: { da: name, en: name }, aliases: [], unit: 'persons', scale: 1, direction: 'lower-is-better' };
      await store.kpis.upsert(kpi);
      for (let m = 0; m < 100; m++) {
        const year = 2010 + Math.floor(m / 12);
        const period = `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
        const figure: Figure = {
          id: figureId({ kpiId: kpi.id, orgId: org.id, kind: 'actual', period }),
          kpiId: kpi.id, orgId: org.id, kind: 'actual', period, value: Math.round(100 + 900 * random()),
          source: { document: 'bench', locator: `generated ${o}/${k}/${m}` }, updatedAt: at, updatedBy: { id: 'bench', kind: 'system' },
        };
        await store.figures.upsert(figure);
      }
    }
  }
  for (let i = 0; i < 100; i++) {
    const k = Math.floor(random() * 100);
    const m = Math.floor(random() * 100);
    questions.push({ q: `Hvor mange ${TOPICS[k % 10]!.toLowerCase()} ${GROUPS[Math.floor(k / 10)]} i ${TOWNS[Math.floor(random() * 10)]} i ${MONTHS[m % 12]} ${2010 + Math.floor(m / 12)}?` });
  }
  return questions;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface RunStats {
  queryP50: number;
  queryP95: number;
  healthP50: number;
  healthP95: number;
}

async function measure(store: Store, questions: { q: string }[]): Promise<RunStats[]> {
  useRuntime({ config: loadConfig({ HOME_ORG: 'aabenraa' }), store });
  const functions = await loadFunctions();
  const host = await startHost(functions.http, { port: 0, host: '127.0.0.1', log: () => undefined });
  const post = (q: string) => fetch(`${host.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q }) }).then((r) => r.arrayBuffer());
  const health = () => fetch(`${host.url}/api/health`).then((r) => r.arrayBuffer());
  try {
    // Warm up: the catalogue and search index are built on the first question, the JIT settles.
    for (let i = 0; i < 30; i++) await Promise.all([post(questions[i % questions.length]!.q), health()]);
    const runs: RunStats[] = [];
    for (let r = 0; r < RUNS; r++) {
      const q: number[] = [];
      const h: number[] = [];
      for (let i = 0; i < PER_RUN; i++) {
        let t = performance.now();
        await health();
        h.push(performance.now() - t);
        t = performance.now();
        await post(questions[(i + r * 7) % questions.length]!.q);
        q.push(performance.now() - t);
      }
      q.sort((a, b) => a - b);
      h.sort((a, b) => a - b);
      runs.push({ queryP50: percentile(q, 50), queryP95: percentile(q, 95), healthP50: percentile(h, 50), healthP95: percentile(h, 95) });
    }
    return runs;
  } finally {
    await host.close();
    resetRuntime();
  }
}

function row(label: string, runs: RunStats[]): { p50: number; line: string } {
  const pick = (f: (r: RunStats) => number) => {
    const xs = runs.map(f);
    return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const q50 = pick((r) => r.queryP50);
  const q95 = pick((r) => r.queryP95);
  const h50 = pick((r) => r.healthP50);
  const ratio = pick((r) => r.queryP50 / r.healthP50);
  const ms = (x: { med: number; min: number; max: number }) => `${x.med.toFixed(2)} (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  return {
    p50: q50.med,
    line: `${label.padEnd(34)} ${ms(q50).padEnd(22)} ${ms(q95).padEnd(22)} ${ms(h50).padEnd(22)} ${ratio.med.toFixed(2)} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`,
  };
}

const evalQuestions: EvalQuestion[] = JSON.parse(readFileSync(new URL('../test/query/eval-questions.json', import.meta.url), 'utf8'));
const seedQuestions = evalQuestions.map((q) => ({ q: q.q }));

console.log(`/api/query over HTTP on 127.0.0.1; ${RUNS} runs × ${PER_RUN} questions each; times in ms, median of runs (min–max)\n`);
console.log(`${'scenario'.padEnd(34)} ${'query p50'.padEnd(22)} ${'query p95'.padEnd(22)} ${'health p50'.padEnd(22)} query p50 / health p50`);

const small = await seededStore();
const smallFigures = (await small.figures.findAll()).length;
const seedRow = row(`seed (${smallFigures} figures)`, await measure(small, seedQuestions));
console.log(seedRow.line);

const big = await seededStore(memoryStore());
const generatedQuestions = await generate(big);
const bigFigures = (await big.figures.findAll()).length;
const bigSeedRow = row(`seed questions, ${bigFigures} figures`, await measure(big, seedQuestions));
console.log(bigSeedRow.line);
console.log(row(`generated questions, ${bigFigures} figures`, await measure(big, generatedQuestions)).line);
console.log(`\np50 at ${bigFigures} figures / p50 at seed size (same questions): ${(bigSeedRow.p50 / seedRow.p50).toFixed(2)} (target ≤ 1.5)`);
