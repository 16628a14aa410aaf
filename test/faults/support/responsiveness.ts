/**
 * Whether the server stays responsive while it handles one piece of work: /api/health is asked again and
 * again until the work settles, and the event loop's longest stall is measured meanwhile. Tests bound the
 * stall generously (seconds, where the findings were tens of seconds): progress, not a timing race.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Responsiveness<T> {
  result: T;
  /** Health answers received while the work ran (each a 200, or the probe throws). */
  healthAnswers: number;
  /** The longest the event loop was held, in milliseconds. */
  longestStallMs: number;
}

export async function whileHandling<T>(work: Promise<T>, health: () => Promise<number>): Promise<Responsiveness<T>> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let settled = false;
  const done = work.finally(() => (settled = true));
  let healthAnswers = 0;
  try {
    // At least one answer, even when the work is refused at once.
    do {
      const status = await health();
      if (status !== 200) throw new Error(`/api/health answered ${status} while the work ran`);
      healthAnswers++;
      // A macrotask between probes, so the work's own I/O callbacks get their turn.
      await sleep(5);
    } while (!settled);
    return { result: await done, healthAnswers, longestStallMs: delay.max / 1e6 };
  } finally {
    delay.disable();
  }
}
