/**
 * POST /api/query against GET /api/health on the same host, interleaved one for one so both see the same
 * machine: per run the p50 and p95 of each, and their ratios; the caller takes medians over runs.
 * Measured twice: each question the first time it is asked, and questions asked again (the usual case
 * in a stream of managers' questions, and what a cached reading of the question makes cheap).
 */
import { httpClient, type Client } from './support/http-client.js';
import { percentile } from './support/stats.js';

export interface LatencyRun {
  queryP50: number;
  queryP95: number;
  healthP50: number;
  healthP95: number;
}

export interface QueryLatency {
  /** Questions asked before: the reading comes from the cache, the figures are read afresh. */
  repeated: LatencyRun[];
  /** Each question's first time (after the first few, which build the catalogue and warm the JIT). */
  firstTime: LatencyRun[];
}

/**
 * Questions asked before, again after the host sat idle past the catalogue's 60 s window: the first
 * question after the wait starts a rebuild, and each question after it is asked once, so the runs show
 * whether remembered readings and searches survived the rebuild. Run after measureQueryLatency asked
 * the same questions.
 */
export async function measureAfterCacheWindow(client: Client, questions: readonly string[], runs: number, perRun: number, idleMs = 62_000): Promise<LatencyRun[]> {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await wait(idleMs);
  await client.post('/api/query', { q: questions[0]! });
  // The rebuild runs in the background while the stale catalogue answers; give it time to finish.
  await wait(3_000);
  const out: LatencyRun[] = [];
  const perSlice = Math.min(perRun, Math.floor((questions.length - 1) / runs));
  for (let r = 0; r < runs; r++) {
    const q: number[] = [];
    const h: number[] = [];
    for (const question of questions.slice(1 + r * perSlice, 1 + (r + 1) * perSlice)) {
      h.push((await client.get('/api/health')).ms);
      const res = await client.post('/api/query', { q: question });
      if (res.status !== 200) throw new Error(`POST /api/query answered ${res.status} to "${question}"`);
      q.push(res.ms);
    }
    out.push({ queryP50: percentile(q, 50), queryP95: percentile(q, 95), healthP50: percentile(h, 50), healthP95: percentile(h, 95) });
  }
  return out;
}

export async function measureQueryLatency(client: Client, questions: readonly string[], runs: number, perRun: number): Promise<QueryLatency> {
  const ask = async (q: string) => {
    const r = await client.post('/api/query', { q });
    if (r.status !== 200) throw new Error(`POST /api/query answered ${r.status} to "${q}"`);
    return r.ms;
  };
  const health = async () => {
    const r = await client.get('/api/health');
    if (r.status !== 200) throw new Error(`GET /api/health answered ${r.status}`);
    return r.ms;
  };
  const stats = (q: number[], h: number[]): LatencyRun => ({ queryP50: percentile(q, 50), queryP95: percentile(q, 95), healthP50: percentile(h, 50), healthP95: percentile(h, 95) });

  // Every question once, in order: the first-time figures, in as many slices as there are runs.
  const WARM = 20;
  const first: { q: number; h: number }[] = [];
  for (const [i, question] of questions.entries()) {
    const h = await health();
    const q = await ask(question);
    if (i >= WARM) first.push({ q, h });
  }
  const slice = Math.max(1, Math.floor(first.length / runs));
  const firstTime: LatencyRun[] = [];
  for (let r = 0; r < runs && r * slice < first.length; r++) {
    const part = first.slice(r * slice, (r + 1) * slice);
    firstTime.push(stats(part.map((x) => x.q), part.map((x) => x.h)));
  }

  const repeated: LatencyRun[] = [];
  for (let r = 0; r < runs; r++) {
    const q: number[] = [];
    const h: number[] = [];
    for (let i = 0; i < perRun; i++) {
      h.push(await health());
      // Each run starts somewhere else in the list, so runs do not repeat one another exactly.
      q.push(await ask(questions[(i + r * 37) % questions.length]!));
    }
    repeated.push(stats(q, h));
  }
  return { repeated, firstTime };
}

/**
 * `clients` clients at once, each alternating GET /api/health and POST /api/query with questions the host
 * has not seen (each question once), so both see the same contention; per run the p50/p95 of each.
 */
export async function measureConcurrent(url: string, questions: readonly string[], clients: number, runs: number): Promise<LatencyRun[]> {
  const client = httpClient(url, clients);
  const perRun = Math.floor(questions.length / runs);
  const out: LatencyRun[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const pool = questions.slice(r * perRun, (r + 1) * perRun);
      const q: number[] = [];
      const h: number[] = [];
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < pool.length; i = next++) {
          h.push(await ok(client.get('/api/health'), 'GET /api/health'));
          q.push(await ok(client.post('/api/query', { q: pool[i]! }), `POST /api/query "${pool[i]}"`));
        }
      };
      await Promise.all(Array.from({ length: clients }, worker));
      out.push({ queryP50: percentile(q, 50), queryP95: percentile(q, 95), healthP50: percentile(h, 50), healthP95: percentile(h, 95) });
    }
  } finally {
    client.close();
  }
  return out;
}

/**
 * A host just started: its first `count` questions (each new to it), the first of which builds the
 * catalogue, alternating with health as above. The p50 of those against health's.
 */
export async function measureYoungHost(url: string, questions: readonly string[]): Promise<LatencyRun> {
  const client = httpClient(url);
  const q: number[] = [];
  const h: number[] = [];
  try {
    for (const question of questions) {
      h.push(await ok(client.get('/api/health'), 'GET /api/health'));
      q.push(await ok(client.post('/api/query', { q: question }), `POST /api/query "${question}"`));
    }
  } finally {
    client.close();
  }
  return { queryP50: percentile(q, 50), queryP95: percentile(q, 95), healthP50: percentile(h, 50), healthP95: percentile(h, 95) };
}

async function ok(request: Promise<{ ms: number; status: number }>, what: string): Promise<number> {
  const r = await request;
  if (r.status !== 200) throw new Error(`${what} answered ${r.status}`);
  return r.ms;
}
