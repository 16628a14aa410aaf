/**
 * /api/health of a host in another process, asked again and again while one request is in flight: each
 * probe's latency, and how many answered before the request did. The host's event loop is not ours to
 * watch, so its answers are the measure.
 */
export interface HealthWhile<T> {
  result: T;
  /** Every probe's round trip, in milliseconds. */
  latenciesMs: number[];
  /** Probes answered while the request was still in flight. */
  answeredDuring: number;
}

export async function healthWhile<T>(work: () => Promise<T>, healthUrl: string): Promise<HealthWhile<T>> {
  let settled = false;
  const running = work().finally(() => (settled = true));
  const latenciesMs: number[] = [];
  let answeredDuring = 0;
  // At least two probes, so a request refused at once is still followed by a health answer.
  while (!settled || latenciesMs.length < 2) {
    const started = performance.now();
    const res = await fetch(healthUrl);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/api/health answered ${res.status} while the request ran`);
    latenciesMs.push(performance.now() - started);
    if (!settled) answeredDuring++;
  }
  return { result: await running, latenciesMs, answeredDuring };
}
