/**
 * Load: N concurrent clients, each sending POST /api/query as soon as its last answer came, for a fixed
 * time (a bounded loop over loopback). Reports requests served, errors and latency percentiles.
 */
import { performance } from 'node:perf_hooks';
import { httpClient } from './support/http-client.js';
import { percentile } from './support/stats.js';

export interface LoadResult {
  served: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

/** With no questions, the clients call GET /api/health instead: the same host's ceiling for comparison. */
export async function runLoad(url: string, questions: readonly string[], clients: number, seconds: number): Promise<LoadResult> {
  const client = httpClient(url, clients);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const r = questions.length ? await client.post('/api/query', { q: questions[next++ % questions.length]! }) : await client.get('/api/health');
        if (r.status === 200) latencies.push(r.ms);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: clients }, worker));
  } finally {
    client.close();
  }
  return {
    served: latencies.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
